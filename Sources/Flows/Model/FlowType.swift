/// The flow types of Amazon Connect's API enum (docs §3.3), with the legacy export's camelCase names.
public enum FlowType: String, Sendable, CaseIterable, Codable {
    case contactFlow = "CONTACT_FLOW"
    case customerQueue = "CUSTOMER_QUEUE"
    case customerHold = "CUSTOMER_HOLD"
    case customerWhisper = "CUSTOMER_WHISPER"
    case agentHold = "AGENT_HOLD"
    case agentWhisper = "AGENT_WHISPER"
    case outboundWhisper = "OUTBOUND_WHISPER"
    case agentTransfer = "AGENT_TRANSFER"
    case queueTransfer = "QUEUE_TRANSFER"

    /// Accepts the API spelling ("CUSTOMER_QUEUE") and the legacy one ("customerQueue").
    public init?(exportName: String) {
        if let t = FlowType(rawValue: exportName.uppercased()) { self = t; return }
        let legacy: [String: FlowType] = [
            "contactflow": .contactFlow, "customerqueue": .customerQueue, "customerhold": .customerHold,
            "customerwhisper": .customerWhisper, "agenthold": .agentHold, "agentwhisper": .agentWhisper,
            "outboundwhisper": .outboundWhisper, "agenttransfer": .agentTransfer, "queuetransfer": .queueTransfer,
        ]
        guard let t = legacy[exportName.lowercased()] else { return nil }
        self = t
    }

    /// The short code docs §3.2 uses in its restriction lists.
    public var code: String {
        switch self {
        case .contactFlow: return "CF"
        case .customerQueue: return "CQ"
        case .customerHold: return "CH"
        case .customerWhisper: return "CW"
        case .agentHold: return "AH"
        case .agentWhisper: return "AW"
        case .outboundWhisper: return "OW"
        case .agentTransfer: return "AT"
        case .queueTransfer: return "QT"
        }
    }

    /// The name the Amazon Connect console shows.
    public var displayName: String {
        switch self {
        case .contactFlow: return "Inbound flow"
        case .customerQueue: return "Customer queue flow"
        case .customerHold: return "Customer hold flow"
        case .customerWhisper: return "Customer whisper flow"
        case .agentHold: return "Agent hold flow"
        case .agentWhisper: return "Agent whisper flow"
        case .outboundWhisper: return "Outbound whisper flow"
        case .agentTransfer: return "Transfer to agent flow"
        case .queueTransfer: return "Transfer to queue flow"
        }
    }
}
