import Flows

extension JSONValue {
    var textValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var isJSONNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// A short name of the JSON kind for messages ("an array", "a string").
    var jsonKind: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
