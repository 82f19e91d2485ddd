/// A flow running for one listener: the inbound flow for a caller, a whisper for an agent, a
/// hold loop for whoever is held.
public struct FlowRun: Sendable, Equatable {
    public let id: RunID
    public let contactId: ContactID
    public let callId: CallID
    public let role: FlowRole
    public let listener: Listener
    public var cursor: FlowCursor
    /// Bumped whenever the run moves on, so timers set for an earlier step are ignored.
    public var token: Int
    public var wait: FlowWait
    /// UpdateFlowAttributes values, which last as long as this flow runs.
    public var flowAttributes: [String: String] = [:]

    /// The run as events name it.
    var ref: FlowRunRef { FlowRunRef(run: id, flow: cursor.flow, role: role, contact: contactId) }
}

public enum FlowRole: String, Sendable, Equatable, Codable {
    case inbound, customerQueue, customerHold, customerWhisper, agentWhisper, agentHold, outboundWhisper, transfer
}

public enum Listener: Sendable, Equatable, Hashable {
    case customer(CallID)
    case agent(String)
    /// The caller's side of a segment: for a quick-connect transfer the transferring agent while
    /// on the call, else the caller (a cold transfer runs on the caller, docs §1.5).
    case contactSide(ContactID)
}

public enum FlowWait: Sendable, Equatable {
    case none
    case prompt
    case loop(prompts: [Prompt], index: Int, interruptAt: Millis?)
    case input(request: InputRequest, collected: String)
    /// Waiting for the caller to speak to a Lex bot.
    case speech
    case thirdParty(leg: LegID)
}
