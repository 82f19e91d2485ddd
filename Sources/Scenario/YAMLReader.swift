import Foundation
import Flows
import TextFit
import Yams

/// A YAML node together with where it sits, so every problem about it can name the file line
/// and the key path (`agents[1].routingProfile`).
struct Value {
    let node: Node
    let path: String
    let line: Int

    /// Keys are shortened in the path: a hostile file's megabyte key would otherwise be printed whole.
    func child(_ key: String, _ node: Node) -> Value {
        let key = Self.shortened(key, to: 100)
        return Value(node: node, path: path.isEmpty ? key : "\(path).\(key)", line: node.mark?.line ?? line)
    }

    func element(_ index: Int, _ node: Node) -> Value {
        Value(node: node, path: "\(path)[\(index)]", line: node.mark?.line ?? line)
    }

    /// `~`, `null` or nothing at all after the colon; quoted text is never null.
    var isNull: Bool {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// What the node is, in the words a message uses.
    var kindDescription: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar, .alias: return isNull ? "nothing" : "\"\(Self.shortened(node.scalar?.string ?? ""))\""
        }
    }

    /// `text` in at most `limit` columns and the ellipsis, cut after a whole word (`WordWrap.short`), so that a
    /// megabyte value does not fill the screen.
    static func shortened(_ text: String, to limit: Int = 40) -> String {
        WordWrap.short(text, limit: limit + 1)
    }
}

/// The keys of one YAML mapping, after unknown keys have been reported.
struct Fields {
    let value: Value
    private let entries: [String: Value]
    private let keyLines: [String: Int]

    init(value: Value, entries: [String: Value], keyLines: [String: Int]) {
        self.value = value
        self.entries = entries
        self.keyLines = keyLines
    }

    /// The value under `key`; a null value counts as absent so optional keys may be left empty.
    subscript(key: String) -> Value? {
        guard let v = entries[key], !v.isNull else { return nil }
        return v
    }

    func has(_ key: String) -> Bool { self[key] != nil }

    /// The line of the key itself, or of the mapping when the key is missing.
    func line(of key: String) -> Int { keyLines[key] ?? value.line }

    func path(of key: String) -> String { value.path.isEmpty ? key : "\(value.path).\(key)" }
}

/// Turns YAML nodes into typed values, collecting one `Problem` for each thing it cannot use and
/// carrying on, so a single run reports everything wrong with a file.
final class YAMLReader {
    /// A problem whose fix is worked out only if it is among those shown: a "did you mean" search
    /// over thousands of names for every one of thousands of mistakes would take hours.
    private struct Pending {
        let problem: Problem
        let fix: () -> String?
    }

    let file: String
    private var pending: [Pending] = []

    init(file: String) { self.file = file }

    var hasProblems: Bool { !pending.isEmpty }

    /// Every problem in line order (file order within a line); only the first
    /// `ProblemLimit.shownPerFile` carry their fix, since only those are printed.
    var problems: [Problem] {
        pending.enumerated()
            .sorted { ($0.element.problem.line ?? 0, $0.offset) < ($1.element.problem.line ?? 0, $1.offset) }
            .enumerated()
            .map { rank, entry in
                var problem = entry.element.problem
                if rank < ProblemLimit.shownPerFile { problem.fix = entry.element.fix() }
                return problem
            }
    }

    func report(line: Int?, column: Int? = nil, path: String?, _ message: String, fix: @escaping @autoclosure () -> String? = nil) {
        let problem = Problem(file: file, line: line, column: column, location: path?.isEmpty == true ? nil : path, message: message)
        pending.append(Pending(problem: problem, fix: fix))
    }

    func report(_ v: Value, _ message: String, fix: @escaping @autoclosure () -> String? = nil) {
        report(line: v.line, path: v.path, message, fix: fix())
    }

    // MARK: Structure

    typealias Pair = (key: String, keyLine: Int, value: Value)

    /// The key/value pairs of a mapping in file order, keys as text. YAML merge keys
    /// (`<<: *anchor`) are applied, so entries can share settings: explicit keys win over merged
    /// ones, and earlier merged mappings over later ones.
    func pairs(_ v: Value) -> [Pair]? {
        guard case .mapping(let mapping) = v.node else {
            report(v, "expected a mapping of keys to values, found \(v.kindDescription)",
                   fix: "write it as `key: value` lines indented under \(v.path.isEmpty ? "the top" : v.path)")
            return nil
        }
        var result: [Pair] = [], merged: [Pair] = []
        for (keyNode, valueNode) in mapping {
            if case .scalar(let key) = keyNode, key.string == "<<", key.style == .plain {
                merged += mergedPairs(v, valueNode, keyLine: keyNode.mark?.line ?? v.line)
            } else if let pair = pair(v, keyNode, valueNode) {
                result.append(pair)
            }
        }
        var written = Set(result.map(\.key))
        for pair in merged where written.insert(pair.key).inserted {
            result.append(pair)
        }
        return result
    }

    private func pair(_ v: Value, _ keyNode: Node, _ valueNode: Node) -> Pair? {
        let keyLine = keyNode.mark?.line ?? v.line
        guard case .scalar(let key) = keyNode else {
            report(line: keyLine, path: v.path, "a key must be plain text, not \(v.child("?", keyNode).kindDescription)")
            return nil
        }
        let child = v.child(key.string, valueNode)
        return (key.string, keyLine, child.isNull ? Value(node: valueNode, path: child.path, line: keyLine) : child)
    }

    /// One level only: a merged mapping's own `<<` is refused, which also keeps chains of
    /// anchors from multiplying the work.
    private func mergedPairs(_ v: Value, _ source: Node, keyLine: Int) -> [Pair] {
        let mappings: [Node.Mapping]
        switch source {
        case .mapping(let m): mappings = [m]
        case .sequence(let s) where s.allSatisfy({ $0.mapping != nil }): mappings = s.compactMap(\.mapping)
        default:
            report(line: keyLine, path: v.child("<<", source).path, "`<<` merges a mapping or a list of mappings",
                   fix: "write <<: *name, where &name marks a mapping earlier in the file")
            return []
        }
        var result: [Pair] = []
        for mapping in mappings {
            for (keyNode, valueNode) in mapping {
                if case .scalar(let key) = keyNode, key.string == "<<" {
                    report(line: keyNode.mark?.line ?? keyLine, path: v.child("<<", valueNode).path,
                           "a merged mapping cannot merge another one", fix: "list both: <<: [*first, *second]")
                } else if let pair = pair(v, keyNode, valueNode) {
                    result.append(pair)
                }
            }
        }
        return result
    }

    /// A mapping whose keys must come from `allowed`; unknown keys are reported with the
    /// closest allowed key, so typos never pass silently.
    func fields(_ v: Value, allowed: [String]) -> Fields? {
        guard let pairs = pairs(v) else { return nil }
        var entries: [String: Value] = [:], keyLines: [String: Int] = [:]
        for (key, keyLine, value) in pairs {
            guard allowed.contains(key) else {
                report(line: keyLine, path: value.path, "unknown key `\(Value.shortened(key))`",
                       fix: NameSuggestion.fix(for: key, among: allowed, known: "keys here"))
                continue
            }
            entries[key] = value
            keyLines[key] = keyLine
        }
        return Fields(value: v, entries: entries, keyLines: keyLines)
    }

    /// The value under a key that must be there.
    func require(_ f: Fields, _ key: String, hint: String? = nil) -> Value? {
        if let v = f[key] { return v }
        report(line: f.line(of: key), path: f.path(of: key), "missing `\(key)`", fix: hint)
        return nil
    }

    func list(_ v: Value) -> [Value]? {
        guard case .sequence(let sequence) = v.node else {
            report(v, "expected a list, found \(v.kindDescription)",
                   fix: "write one `- item` line per entry, or [a, b] on one line")
            return nil
        }
        return sequence.enumerated().map { v.element($0.offset, $0.element) }
    }

    /// A list of texts; a single text stands for a list of one, since that is what people type.
    func textList(_ v: Value) -> [String]? {
        if case .scalar = v.node { return text(v).map { [$0] } }
        guard let items = list(v) else { return nil }
        let texts = items.map(text)
        return texts.contains(where: { $0 == nil }) ? nil : texts.compactMap { $0 }
    }

    // MARK: Scalars

    /// The scalar's own text, never YAML's reading of it: `+18005550100` stays text, `no` stays "no".
    func text(_ v: Value) -> String? {
        guard case .scalar(let s) = v.node else {
            report(v, "expected text, found \(v.kindDescription)",
                   fix: "write a single value; quote it if it contains `:` or `#`")
            return nil
        }
        let trimmed = s.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if v.isNull || trimmed.isEmpty {
            report(v, "expected text, found nothing", fix: "write a value after the colon")
            return nil
        }
        return trimmed
    }

    func bool(_ v: Value) -> Bool? {
        guard let t = scalarText(v, expected: "true or false") else { return nil }
        switch t.lowercased() {
        case "true": return true
        case "false": return false
        default:
            report(v, "expected true or false, found \"\(Value.shortened(t))\"", fix: "write true or false")
            return nil
        }
    }

    /// A whole number in `range`; anything else (a fraction, `1e300`, `.nan`, words) is a problem
    /// that names the range.
    func int(_ v: Value, in range: ClosedRange<Int>) -> Int? {
        guard let t = scalarText(v, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)") else {
            return nil
        }
        guard let n = Int(t), range.contains(n) else {
            report(v, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \"\(Value.shortened(t))\"")
            return nil
        }
        return n
    }

    /// A duration in milliseconds within `range` (its bounds in ms); `range.describe` names it in
    /// the message, so a value out of range says what would have been accepted.
    func duration(_ v: Value, in range: DurationRange) -> Int? {
        guard let t = scalarText(v, expected: "a duration \(range.description)") else { return nil }
        guard case .value(let ms) = DurationReader.read(t, in: range) else {
            report(v, "expected a duration \(range.description), found \"\(Value.shortened(t))\"",
                   fix: "write e.g. 3s, 1m30s, 500ms, 2h, or a number of seconds")
            return nil
        }
        return ms
    }

    func phoneNumber(_ v: Value) -> String? {
        guard let t = scalarText(v, expected: "a phone number") else { return nil }
        if let number = ValueFormats.phoneNumber(t) { return number }
        let digits = t.filter(\.isASCII).filter(\.isNumber)
        let fix = (8...15).contains(digits.count)
            ? "write it in E.164 form, quoted: \"+\(digits)\""
            : "write it in E.164 form: + then 8 to 15 digits, e.g. \"+18005550100\""
        report(v, "\"\(Value.shortened(t))\" is not an E.164 phone number", fix: fix)
        return nil
    }

    /// The text of a scalar where a typed value is expected, or a problem naming that type.
    private func scalarText(_ v: Value, expected: String) -> String? {
        guard case .scalar(let s) = v.node, !v.isNull else {
            report(v, "expected \(expected), found \(v.kindDescription)")
            return nil
        }
        return s.string.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
