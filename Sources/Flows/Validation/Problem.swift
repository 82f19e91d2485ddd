/// One thing wrong with an input file, said so that a user can find it and fix it.
/// Shared by flow and scenario checks; `termccp check` prints these.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    /// Errors make Amazon Connect refuse the flow; warnings flag what it would accept but probably is a mistake
    /// (an unreachable action, an action type this emulator does not know).
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    public var file: String
    public var line: Int?
    /// 1-based, when the problem is at a precise character (a JSON syntax error).
    public var column: Int?
    /// Where inside the file: an action identifier, a JSON path (`$.Actions[3].Parameters.Text`), a YAML key path.
    public var location: String?
    public var message: String
    /// What to change, when there is a clear answer.
    public var fix: String?
    public var severity: Severity

    public init(file: String, line: Int? = nil, column: Int? = nil, location: String? = nil, message: String,
                fix: String? = nil, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.location = location.map(Self.printable)
        self.message = Self.printable(message)
        self.fix = fix.map(Self.printable)
        self.severity = severity
    }

    /// The most characters one part of a problem (where, what, what to change) keeps.
    public static let longestPart = 300

    /// A huge offending value (a megabyte identifier, a thousand-digit number) is cut in every message, whichever
    /// check wrote it (issue 8 point 5): its start, then how much was left out.
    static func clipped(_ text: String) -> String {
        guard text.utf8.count > longestPart else { return text }
        let kept = text.prefix(longestPart - 40)
        return "\(kept)… (\(text.count - kept.count) more characters)"
    }

    /// What a part of a problem may print: clipped, and each control character but a line break written as its
    /// escape (`\u{1B}`). A key or value quoted from an input (a quoted YAML or JSON escape, a script's word) may hold
    /// one, which the terminal showing the problem would carry out: `"\e[2J"` in a title cleared the screen.
    static func printable(_ text: String) -> String {
        let cut = clipped(text)
        guard cut.unicodeScalars.contains(where: isControl) else { return cut }
        return cut.unicodeScalars.map { isControl($0) ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }.joined()
    }

    private static func isControl(_ c: Unicode.Scalar) -> Bool {
        c != "\n" && (c.value < 0x20 || (0x7F...0x9F).contains(c.value))
    }

    public var isError: Bool { severity == .error }

    /// `file:line:column: location: message (fix)`, the shape compilers use so editors can jump to it.
    public var description: String {
        var s = file
        if let line {
            s += ":\(line)"
            if let column { s += ":\(column)" }
        }
        s += ": "
        if severity == .warning { s += "warning: " }
        if let location { s += "\(location): " }
        s += message
        if let fix { s += " — \(fix)" }
        return s
    }
}

/// Thrown when an input cannot be used at all; carries every problem found.
public struct ProblemsError: Error, Sendable, CustomStringConvertible {
    public var problems: [Problem]
    public init(_ problems: [Problem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
