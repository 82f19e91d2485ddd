import Flows

/// Reads members of a decoded JSON document by path, recording a `Problem` (file, line, JSON path, fix) for
/// every member that is missing or of the wrong kind. Shared by the test-case decoder; the line comes from the
/// parsed document, and for the API shape from the line of the `Content` string that holds the test case.
struct JSONReader {
    let file: String
    let document: JSONText.Document
    /// Set when the document is the text of a `Content` string: problems then point at that string's line.
    let content: (path: String, line: Int?)?
    private(set) var problems: [Problem] = []

    init(file: String, document: JSONText.Document, content: (path: String, line: Int?)? = nil) {
        self.file = file
        self.document = document
        self.content = content
    }

    mutating func error(_ path: String, _ message: String, fix: String? = nil) {
        report(path, message, fix: fix, severity: .error)
    }

    mutating func warning(_ path: String, _ message: String, fix: String? = nil) {
        report(path, message, fix: fix, severity: .warning)
    }

    mutating func absorb(_ more: [Problem]) { problems += more }

    /// The file line a member is written on: for a `Content` string, the line of that string (its JSON is one
    /// escaped line of the file).
    func line(of path: String) -> Int? {
        if let content { return content.line }
        return document.line(of: path)
    }

    private mutating func report(_ path: String, _ message: String, fix: String?, severity: Problem.Severity) {
        if let content {
            let inner = document.line(of: path).map { " (line \($0) of the Content string)" } ?? ""
            problems.append(Problem(file: file, line: content.line, location: "\(content.path) → \(path)\(inner)",
                                    message: message, fix: fix, severity: severity))
        } else {
            problems.append(Problem(file: file, line: document.line(of: path), location: path, message: message,
                                    fix: fix, severity: severity))
        }
    }

    /// The members of an object, or nil (with a problem) when `value` is something else.
    mutating func object(_ value: JSONValue?, at path: String, what: String) -> JSONValue? {
        guard let value else {
            error(path, "\(what) is missing", fix: "add \(path.split(separator: ".").last.map(String.init) ?? path) as a JSON object")
            return nil
        }
        guard value.isObject else {
            error(path, "\(what) must be a JSON object, found \(value.kindDescription)", fix: "write it as { … }")
            return nil
        }
        return value
    }

    /// An array, `[]` when absent or null if `optional`.
    mutating func array(_ value: JSONValue?, at path: String, optional: Bool) -> [JSONValue] {
        switch value {
        case nil, .null?:
            if !optional { error(path, "\(lastKey(path)) is missing", fix: "add \(lastKey(path)) as a JSON array") }
            return []
        case .array(let items)?:
            return items
        case let other?:
            error(path, "\(lastKey(path)) must be a JSON array, found \(other.kindDescription)", fix: "write it as [ … ]")
            return []
        }
    }

    /// A string member; a required one that is missing or empty is a problem.
    mutating func string(_ value: JSONValue?, at path: String, required: Bool, allowEmpty: Bool = false) -> String? {
        switch value {
        case nil, .null?:
            if required { error(path, "\(lastKey(path)) is missing", fix: "add \(lastKey(path)) as a string") }
            return nil
        case .string(let text)?:
            if text.isEmpty && !allowEmpty {
                if required { error(path, "\(lastKey(path)) is empty", fix: "give \(lastKey(path)) a value") }
                return nil
            }
            return text
        case let other?:
            error(path, "\(lastKey(path)) must be a string, found \(other.kindDescription)", fix: "put the value in double quotes")
            return nil
        }
    }

    /// A string that must be one of `allowed` (each documented spelling listed there).
    mutating func choice(_ value: JSONValue?, at path: String, allowed: [String], required: Bool = true) -> String? {
        guard let text = string(value, at: path, required: required) else { return nil }
        if allowed.contains(text) { return text }
        if let sameLetters = allowed.first(where: { $0.lowercased() == text.lowercased() }) {
            error(path, "\(lastKey(path)) \"\(text)\" is not spelled as Amazon Connect writes it", fix: "write \"\(sameLetters)\"")
        } else {
            error(path, "unknown \(lastKey(path)) \"\(text)\"", fix: "use one of: \(allowed.joined(separator: ", "))")
        }
        return nil
    }

    /// A number of seconds (or other count) written as a JSON number or a numeric string, at least `minimum`.
    mutating func number(_ value: JSONValue?, at path: String, minimum: Double, maximum: Double = .infinity, integer: Bool) -> Double? {
        guard let value, !value.isNull else { return nil }
        let kind = integer ? "a whole number" : "a number"
        guard case .number(let n) = value else {
            if let text = value.stringValue, let n = Double(text.trimmingCharacters(in: .whitespaces)), n.isFinite {
                warning(path, "\(lastKey(path)) is written as a string", fix: "write it as the JSON number \(value.scalarText ?? text) without quotes")
                return check(n, at: path, minimum: minimum, maximum: maximum, integer: integer, kind: kind)
            }
            error(path, "\(lastKey(path)) must be \(kind), found \(describe(value))", fix: "write \(kind) of at least \(format(minimum))")
            return nil
        }
        return check(n, at: path, minimum: minimum, maximum: maximum, integer: integer, kind: kind)
    }

    private mutating func check(_ n: Double, at path: String, minimum: Double, maximum: Double, integer: Bool, kind: String) -> Double? {
        if n < minimum || (integer && n.rounded() != n) || !n.isFinite {
            error(path, "\(lastKey(path)) \(format(n)) is not valid", fix: "write \(kind) of at least \(format(minimum))")
            return nil
        }
        if n > maximum {
            error(path, "\(lastKey(path)) \(format(n)) is more than the \(format(maximum)) allowed", fix: "write \(kind) from \(format(minimum)) to \(format(maximum))")
            return nil
        }
        return n
    }

    /// Members that no documented shape has: likely typos (`Observatons`), so a warning names the known ones.
    mutating func unknownMembers(of value: JSONValue, at path: String, known: [String]) {
        for (key, _) in value.orderedMembers ?? [] where !known.contains(key) {
            let sameLetters = known.first { $0.lowercased() == key.lowercased() }
            warning("\(path).\(key)", "unknown member \"\(key)\" is ignored",
                    fix: sameLetters.map { "write \"\($0)\"" } ?? "known members here: \(known.joined(separator: ", "))")
        }
    }

    func lastKey(_ path: String) -> String {
        guard let cut = path.lastIndex(of: ".") else { return path }
        return String(path[path.index(after: cut)...])
    }

    private func describe(_ value: JSONValue) -> String {
        if let text = value.stringValue { return "\"\(text)\"" }
        return value.kindDescription
    }

    private func format(_ n: Double) -> String {
        n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    }
}
