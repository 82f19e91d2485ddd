/// How an action came out, which decides the transition (docs §3.1, §6 rule 24).
public enum ActionOutcome: Sendable, Equatable {
    /// Done, no result: NextAction.
    case success(note: String? = nil)
    /// A result checked against the action's Conditions.
    case value(String)
    /// An error type looked up in Errors (falling back to NoMatchingError).
    case error(FlowError, note: String? = nil)

    public var branchName: String {
        switch self {
        case .success: return "Success"
        case .value(let v): return v
        case .error(let e, _): return e.rawValue
        }
    }

    public var note: String? {
        switch self {
        case .success(let n): return n
        case .error(_, let n): return n
        case .value: return nil
        }
    }
}
