/// A comment that is a whole line of a script: `termccp demo` shows it as a caption.
public struct ScriptComment: Sendable, Equatable {
    /// 1-based line number in the file.
    public var line: Int
    /// The text after the `#` (and after any further `#`s and spaces), trimmed; empty for a bare `#`.
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

extension ScriptParser {
    /// Every line that is only a comment, in file order, numbered as `parse` numbers lines. A comment
    /// after a command (`accept  # note`) is a note on that line, not a caption, and is left out.
    public static func comments(_ text: String) -> [ScriptComment] {
        var out: [ScriptComment] = []
        for (i, raw) in physicalLines(text).enumerated() {
            let line = Tokenizer.trimmed(raw)
            guard line.hasPrefix("#") else { continue }
            let body = line.drop(while: { $0 == "#" })
            out.append(ScriptComment(line: i + 1, text: String(Tokenizer.trimmed(body))))
        }
        return out
    }
}
