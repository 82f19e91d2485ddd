import Flows
import Telephony

/// A mocked response's `LoadedData` (serialized JSON) as the key → value pairs a flow reads with
/// `$.External.<key>` (docs/connect-testing-language.md §1: only scalar values can be referenced). Nested
/// objects become dotted keys (`{"address": {"city": "Leeds"}}` → `address.city`); arrays and nulls are
/// left out; a top-level value that is not an object gives nothing.
enum LoadedData {
    static func flatten(_ json: String) -> [FlowResultValue] {
        guard let root = try? JSONText.Document(bytes: Array(json.utf8), depth: 32).root else { return [] }
        var out: [FlowResultValue] = []
        func walk(_ value: JSONValue, _ prefix: String) {
            if let members = value.orderedMembers {
                for (k, v) in members { walk(v, prefix.isEmpty ? k : "\(prefix).\(k)") }
            } else if let text = value.scalarText, !prefix.isEmpty {
                out.append(FlowResultValue(key: prefix, value: text))
            }
        }
        if root.isObject { walk(root, "") }
        return out
    }
}
