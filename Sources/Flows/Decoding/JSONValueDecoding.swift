extension JSONValue {
    /// An object whose member order is the order given, so that mapped legacy parameters print as written.
    static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
        var members: [String: JSONValue] = [:]
        var order: [String] = []
        for (key, value) in pairs where members.updateValue(value, forKey: key) == nil { order.append(key) }
        return .object(members, order: order)
    }

    static let emptyObject = JSONValue.object([:], order: [])

    /// The text of a JSON string; nil for every other kind (a number is not read as text here).
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// A short name of the JSON kind for messages ("an array", "a string").
    public var kindDescription: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The scalar as text, or nil when absent, null or empty: exports write "" for unset optional values.
    var nonEmptyText: String? {
        guard let text = scalarText, !text.isEmpty else { return nil }
        return text
    }
}
