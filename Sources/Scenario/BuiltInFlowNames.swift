import Flows

/// Flows a scenario may name without declaring a file: the defaults the `Flows` layer ships
/// (docs §3.5) and the sample inbound flow, each with the type it has.
enum BuiltInFlowNames {
    static let types: [String: FlowType] = [
        "Sample inbound": .contactFlow,
        "Default agent hold": .agentHold,
        "Default agent transfer": .agentTransfer,
        "Default agent whisper": .agentWhisper,
        "Default customer hold": .customerHold,
        "Default customer queue": .customerQueue,
        "Default customer whisper": .customerWhisper,
        "Default outbound": .outboundWhisper,
        "Default queue transfer": .queueTransfer,
    ]

    /// In a stable order for "known flows: …" lists.
    static let names: [String] = types.keys.sorted()
}
