/// A parsed JSON text with the line of each value, for inputs other than flows (test cases, AWS CLI
/// output) whose messages also need `file:line`.
public struct JSONDocument: Sendable {
    public let root: JSONValue
    /// The 1-based line of each value whose path is at most `recordedDepth` steps deep, keyed by a JSON path
    /// such as `$.Observations[2].Event.Type`.
    public let lines: [String: Int]

    /// A syntax error at a 1-based line and column.
    public struct SyntaxError: Error, Sendable, Equatable {
        public let line: Int
        public let column: Int
        public let message: String
    }

    /// Parses strict JSON (RFC 8259); throws `SyntaxError` where it stops.
    public init(bytes: [UInt8], recordedDepth: Int = 8) throws(SyntaxError) {
        var parser = JSONParser(bytes: bytes, recordedDepth: recordedDepth)
        do {
            root = try parser.parse()
        } catch {
            throw SyntaxError(line: error.line, column: error.column, message: error.message)
        }
        lines = parser.lines
    }

    /// The line of `path`, or of the nearest enclosing value whose line is known (a missing member has none).
    public func line(of path: String) -> Int? {
        var path = Substring(path)
        while !path.isEmpty {
            if let line = lines[String(path)] { return line }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            path = path[..<cut]
        }
        return nil
    }
}
