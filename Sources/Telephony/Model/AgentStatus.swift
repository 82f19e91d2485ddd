/// The status an agent chooses in the CCP's selector (docs §1.6).
public enum AgentStatus: Sendable, Equatable, Hashable {
    case available
    case offline
    case custom(String)

    public init(label: String) {
        switch label.lowercased() {
        case "available": self = .available
        case "offline": self = .offline
        default: self = .custom(label)
        }
    }

    public var label: String {
        switch self {
        case .available: return "Available"
        case .offline: return "Offline"
        case .custom(let name): return name
        }
    }

    /// Only Available is routable; custom statuses are not routable; Offline is offline
    /// (Streams AgentStateType, docs §1.1).
    public var kind: StatusKind {
        switch self {
        case .available: return .routable
        case .offline: return .offline
        case .custom: return .notRoutable
        }
    }
}
