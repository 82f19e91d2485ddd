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
        let bytes = Array(line.utf8)
        let utf8 = line.utf8
        var i = 0
        var scalarsBefore = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == space || b == tab { scalarsBefore += 1; i += 1; continue }
            let start = i, column = scalarsBefore + 1
            var text: [UInt8] = []
            var quoted = false, hadQuote = false
            var openQuote = column
            var runStart = i
            while i < bytes.count, quoted || (bytes[i] != space && bytes[i] != tab) {
                let c = bytes[i]
                if c & 0xC0 != 0x80 { scalarsBefore += 1 }
                if c == quote {
                    text += bytes[runStart..<i]
                    if !quoted { openQuote = scalarsBefore }
                    quoted.toggle()
                    hadQuote = true
                    i += 1
                    runStart = i
                } else if quoted, c == backslash {
                    text += bytes[runStart..<i]
                    i += 1
                    runStart = i
                    if i < bytes.count {
                        if bytes[i] & 0xC0 != 0x80 { scalarsBefore += 1 }
                        i += 1
                    }
                } else {
                    i += 1
                }
            }
            if quoted { throw Failure(message: "a quote is not closed", column: openQuote) }
            text += bytes[runStart..<i]
            tokens.append(Token(text: String(decoding: text, as: UTF8.self), column: column,
                                start: utf8.index(utf8.startIndex, offsetBy: start), quoted: hadQuote))
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
