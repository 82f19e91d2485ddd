public struct QuickConnectConfig: Sendable, Equatable {
    /// The three quick connect types (docs §6 rule 9).
    public enum Target: Sendable, Equatable {
        case user(String)
        case queue(String)
        case phoneNumber(String)

        public var typeName: String {
            switch self {
            case .user: return "USER"
            case .queue: return "QUEUE"
            case .phoneNumber: return "PHONE_NUMBER"
            }
        }
    }

    public var name: String
    public var target: Target
    /// The transfer flow for user and queue quick connects; nil means the default one.
    public var flow: String?
    /// Queues that list this quick connect; agents see those of the queues in their routing
    /// profile. Empty means every queue.
    public var queues: [String]

    public init(name: String, target: Target, flow: String? = nil, queues: [String] = []) {
        self.name = name
        self.target = target
        self.flow = flow
        self.queues = queues
    }
}
