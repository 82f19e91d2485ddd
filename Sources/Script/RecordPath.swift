import Foundation
import Scenario
import Telephony

/// A contact record field by its dotted path in the record's JSON (`Agent.Username`), read
/// strictly: a path the record does not have is an error, never null, so a misspelt path cannot
/// pass an `expect record N PATH null` line. Only user-defined attributes (`Attributes.NAME`) may be
/// absent: an attribute that was never set is not in the record, as in Amazon Connect (docs §2).
enum RecordPath {
    struct Problem: Error { var message: String }

    /// The field's value as text (JSON text for an object), nil when it is null.
    static func lookup(_ path: String, in records: [ContactRecord], index: Int, noun: String) -> Result<String?, Problem> {
        guard index >= 1, index <= records.count else {
            return .failure(Problem(message: "there is no \(noun) \(index) (there are \(records.count))"))
        }
        guard let data = try? JSONEncoder().encode(records[index - 1]),
              var node = try? JSONSerialization.jsonObject(with: data) else {
            return .failure(Problem(message: "\(noun) \(index) cannot be read as JSON"))
        }
        let keys = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var walked: [String] = []
        for key in keys {
            let here = walked.joined(separator: ".")
            if node is NSNull {
                return .failure(Problem(message: "\(noun) \(index) \(here) is null, so it has no \(key); to check that, expect \(noun) \(index) \(here) null"))
            }
            guard let dict = node as? [String: Any] else {
                return .failure(Problem(message: "\(noun) \(index) \(here) is a value, not an object with fields; \(path) does not exist"))
            }
            guard let next = dict[key] else {
                if here == "Attributes" { return .success(nil) }
                let known = dict.keys.sorted()
                let fix = NameSuggestion.fix(for: key, among: known, known: "fields\(here.isEmpty ? "" : " of \(here)")")
                return .failure(Problem(message: "\(noun) \(index) has no field \(here.isEmpty ? key : "\(here).\(key)"); \(fix)"))
            }
            node = next
            walked.append(key)
        }
        switch node {
        case is NSNull: return .success(nil)
        case let s as String: return .success(s)
        case let n as NSNumber: return .success(n.stringValue)
        default:
            let data = (try? JSONSerialization.data(withJSONObject: node, options: [.sortedKeys])) ?? Data()
            return .success(String(decoding: data, as: UTF8.self))
        }
    }
}
