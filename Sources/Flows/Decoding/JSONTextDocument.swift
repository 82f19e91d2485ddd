extension JSONText {
    /// A parsed JSON text with the line of each value, for inputs whose every message needs `file:line`
    /// deep inside the document (test cases, AWS CLI output).
    public struct Document: Sendable {
        public let root: JSONValue
        /// 1-based lines of the values at most `depth` steps below the root, by path (`$.Observations[2].Event`).
        public let lines: [String: Int]

        /// Throws `JSONText.SyntaxError` where the text stops being JSON.
        public init(bytes: [UInt8], depth: Int) throws(SyntaxError) {
            (root, lines) = try JSONText.parse(bytes, depth: depth)
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
}
