/// What the caller's phone shows in the customer panel: the call's state as the caller lives it.
public struct CallerView: Sendable, Equatable {
    public enum State: String, Sendable, Equatable, Codable, CaseIterable {
        /// In the inbound flow (menus, prompts).
        case inFlow = "In flow"
        case inQueue = "In queue"
        case onHold = "On hold"
        case connected = "Connected"
        /// Talking to an external number the flow transferred the call to.
        case transferred = "Transferred"
        case disconnected = "Disconnected"
    }

    public var callId: CallID
    public var number: String
    public var dialled: String
    public var state: State
    public var since: Millis
    /// Labels of the parties the caller hears right now.
    public var hearing: [String]

    public init(callId: CallID, number: String, dialled: String, state: State, since: Millis, hearing: [String]) {
        self.callId = callId
        self.number = number
        self.dialled = dialled
        self.state = state
        self.since = since
        self.hearing = hearing
    }
}
