import Telephony

/// Overrides waiting for their resource (docs/connect-testing-language.md §1 "Overrides are single-use and
/// queue FIFO per resource"): each applies to the next use of its one resource and is then consumed; several
/// for the same resource wait oldest first; other resources are untouched.
public struct OverrideQueues: Sendable, Equatable {
    private var waiting: [Key: [Override.Strategy]] = [:]

    struct Key: Hashable, Sendable {
        let actionType: String
        let resource: String
    }

    public init() {}

    public mutating func add(_ override: Override) {
        waiting[key(override.target.actionType, override.target.resource), default: []].append(override.strategy)
    }

    /// The oldest override for this use of the resource, consumed; nil when none waits.
    public mutating func take(actionType: String, resource: String) -> Override.Strategy? {
        let k = key(actionType, resource)
        guard var list = waiting[k], !list.isEmpty else { return nil }
        let first = list.removeFirst()
        waiting[k] = list.isEmpty ? nil : list
        return first
    }

    /// How many overrides wait for the resource.
    public func count(actionType: String, resource: String) -> Int { waiting[key(actionType, resource)]?.count ?? 0 }

    private func key(_ actionType: String, _ resource: String) -> Key {
        Key(actionType: actionType, resource: ResourceName.key(resource, actionType: actionType))
    }
}

extension Override.Strategy {
    /// The largest `DelaySeconds` a test case may mock (a day): any delay beyond the run's 5-minute limit
    /// times the run out all the same, so a larger one is a mistake and is refused at its line when loaded.
    public static let maximumDelaySeconds: Double = 86_400

    /// A mocked Lambda or Lex answer's `DelaySeconds` in virtual ms (0 for the others), at most
    /// `maximumDelaySeconds` (the loader refuses more; a strategy built in code is held to it).
    public var delay: Millis {
        switch self {
        case .executionResult(.loadedData(let seconds, _)), .error(_, let seconds):
            return Millis((min(max(seconds, 0), Self.maximumDelaySeconds) * 1000).rounded())
        case .executionResult(.hours), .substituteResource:
            return 0
        }
    }

    /// The engine's form of this override for a use of `actionType`. A Lambda's `LoadedData` becomes its
    /// response with nested objects flattened to dotted keys (only scalars can be read, §1); a Lex bot's
    /// `LoadedData` is read as `{"IntentName": …, "Slots": {…}}` (its content is not documented: README).
    public func engineOverride(actionType: String) -> FlowResourceOverride {
        switch self {
        case .substituteResource(let arn): return .substitute(arn)
        case .error(let error, _): return .error(error.rawValue)
        case .executionResult(.hours(let result)): return .hours(open: result == .inHours)
        case .executionResult(.loadedData(_, let json)):
            return .result(json.map { LoadedData.flatten($0) } ?? [])
        }
    }
}
