/// How a contact segment started (docs §2.3).
public enum InitiationMethod: String, Sendable, Equatable, Codable {
    case inbound = "INBOUND"
    case outbound = "OUTBOUND"
    case transfer = "TRANSFER"
    case queueTransfer = "QUEUE_TRANSFER"
    case callback = "CALLBACK"
    /// Created when a disconnect flow runs on a caller the agent hung up on (docs §2.3).
    case disconnect = "DISCONNECT"
    /// A supervisor's own contact while it monitors or barges into a call (docs §2.3, docs/supervisor.md).
    case monitor = "MONITOR"
}

/// DisconnectReason values for voice (docs §2.4).
public enum DisconnectReason: String, Sendable, Equatable, Codable {
    case customerDisconnect = "CUSTOMER_DISCONNECT"
    case agentDisconnect = "AGENT_DISCONNECT"
    case thirdPartyDisconnect = "THIRD_PARTY_DISCONNECT"
    case contactFlowDisconnect = "CONTACT_FLOW_DISCONNECT"
    case telecomProblem = "TELECOM_PROBLEM"
    /// A supervisor who barged in disconnected the agent (docs §2.4).
    case barged = "BARGED"
    case other = "OTHER"
}
