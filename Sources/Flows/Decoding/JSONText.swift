/// The flow loader's JSON parser for other JSON inputs (themes), so that their messages give the
/// line and column of a syntax error and the line of each value, as flow messages do.
public enum JSONText {
    /// A syntax error; `line` and `column` are 1-based, columns count characters.
    public struct SyntaxError: Error, Equatable, Sendable {
        public let line: Int
        public let column: Int
        public let message: String
    }

    /// Parses one JSON text. `lines` maps each value's path (`$`, `$.roles`, `$.roles.text`, `$.a[0]`)
    /// to the line it starts on, for paths at most `depth` steps below the root. Nesting deeper than
    /// 256 levels is a syntax error rather than a stack overflow.
    public static func parse(_ bytes: [UInt8], depth: Int) throws(SyntaxError) -> (value: JSONValue, lines: [String: Int]) {
        var parser = JSONParser(bytes: bytes, recordedDepth: depth)
        do {
            let value = try parser.parse()
            return (value, parser.lines)
        } catch {
            throw SyntaxError(line: error.line, column: error.column, message: error.message)
        }
    }
}
