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
        var tokens: [Token] = []
        let scalars = line.unicodeScalars
        var i = scalars.startIndex
        var column = 1
        func isBlank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" }
        while i < scalars.endIndex {
            if isBlank(scalars[i]) { i = scalars.index(after: i); column += 1; continue }
            let start = i, startColumn = column
            var text = ""
            var quoted = false
            var runStart = i
            var openQuote = column
            var hadQuote = false
            // Runs of plain scalars are copied as slices; only quotes and escapes break a run.
            while i < scalars.endIndex, quoted || !isBlank(scalars[i]) {
                let s = scalars[i]
                if s == "\"" || (quoted && s == "\\") {
                    text.unicodeScalars.append(contentsOf: scalars[runStart..<i])
                    if s == "\"" {
                        if !quoted { openQuote = column }
                        hadQuote = true
                        quoted.toggle()
                        i = scalars.index(after: i); column += 1
                    } else {
                        i = scalars.index(after: i); column += 1
                        guard i < scalars.endIndex else { break }
                        text.unicodeScalars.append(scalars[i])
                        i = scalars.index(after: i); column += 1
                    }
                    runStart = i
                    continue
                }
                i = scalars.index(after: i); column += 1
            }
            if quoted { throw Failure(message: "a quote is not closed", column: openQuote) }
            text.unicodeScalars.append(contentsOf: scalars[runStart..<i])
            tokens.append(Token(text: text, column: startColumn, start: start, quoted: hadQuote))
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
