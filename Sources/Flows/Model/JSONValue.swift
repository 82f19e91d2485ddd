import Foundation

/// A JSON value as it appears in a flow export. Real exports write every scalar as a string
/// ("True", "5"), so accessors read strings, numbers and booleans alike (docs §3.6 quirk 1).
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue], order: [String])

    public subscript(key: String) -> JSONValue? {
        if case .object(let members, _) = self { return members[key] }
        return nil
    }

    /// The scalar as text, whatever its JSON type; nil for null, arrays and objects.
    public var scalarText: String? {
        switch self {
        case .string(let s): return s
        case .bool(let b): return b ? "True" : "False"
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { return String(Int64(n)) }
            return String(n)
        default: return nil
        }
    }

    /// "True"/"true"/true are true; "False"/"false"/false are false; anything else is nil.
    public var boolValue: Bool? {
        switch scalarText?.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return scalarText.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// Object members in their document order.
    public var orderedMembers: [(key: String, value: JSONValue)]? {
        if case .object(let members, let order) = self { return order.compactMap { k in members[k].map { (k, $0) } } }
        return nil
    }

    public var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
