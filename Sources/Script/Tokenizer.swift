/// Splits a line into words in one pass; "double quotes" keep spaces, `\"` escapes a quote.
/// Each word keeps the column it starts at (counted in Unicode scalars), so messages can point at it.
enum Tokenizer {
    struct Failure: Error {
        var message: String
        var column: Int
    }

    struct Token: Equatable {
        var text: String
        /// 1-based column of the word's first character in the line.
        var column: Int
        /// Where the word starts in the line, for free text that runs to the end of the line.
        var start: String.Index
        var quoted: Bool
    }

    static func tokens(_ line: String) throws(Failure) -> [Token] {
        // Bytes, not Characters: the delimiters are ASCII, so every cut falls between scalars,
        // and a megabyte line is read in one cheap pass.
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        var tokens: [Token] = []
        let bytes = line.utf8
        var i = bytes.startIndex
        var scalarsBefore = 0
        func step() {
            if bytes[i] & 0xC0 != 0x80 { scalarsBefore += 1 }
            i = bytes.index(after: i)
        }
        while i < bytes.endIndex {
            if bytes[i] == space || bytes[i] == tab { step(); continue }
            let start = i, column = scalarsBefore + 1
            var text = ""
            var quoted = false, hadQuote = false
            var openQuote = column
            var runStart = i
            while i < bytes.endIndex, quoted || (bytes[i] != space && bytes[i] != tab) {
                let b = bytes[i]
                if b == quote {
                    text += line[runStart..<i]
                    if !quoted { openQuote = scalarsBefore + 1 }
                    quoted.toggle()
                    hadQuote = true
                    step()
                    runStart = i
                } else if quoted, b == backslash {
                    text += line[runStart..<i]
                    step()
                    runStart = i
                    if i < bytes.endIndex { step() }
                } else {
                    step()
                }
            }
            if quoted { throw Failure(message: "a quote is not closed", column: openQuote) }
            text += line[runStart..<i]
            tokens.append(Token(text: text, column: column, start: start, quoted: hadQuote))
        }
        return tokens
    }

    /// The words' texts only.
    static func words(_ line: String) throws(Failure) -> [String] { try tokens(line).map(\.text) }

    /// The part of the line from token `index` on, as typed (for free text like `say`); a single
    /// quoted word is its text without the quotes.
    static func rest(of line: String, _ tokens: [Token], from index: Int) -> String {
        guard index < tokens.count else { return "" }
        if index == tokens.count - 1, tokens[index].quoted { return tokens[index].text }
        return String(trimmed(line[tokens[index].start...]))
    }

    /// Without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let head = text.drop(while: blank)
        guard let last = head.lastIndex(where: { !blank($0) }) else { return head[head.endIndex...] }
        return head[...last]
    }
}
