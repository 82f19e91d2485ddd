import Telephony

/// The flows running now and the last branches they took, kept from the engine's typed events for
/// the flow view (the live form of `--trace`). Bounded: ended runs are dropped and only the latest
/// `branchLimit` branches are kept, so a long session does not grow it.
public struct FlowActivity: Equatable, Sendable {
    public struct Run: Equatable, Sendable {
        public var run: FlowRunRef
        /// The action running now: its identifier and type (nil before the first starts).
        public var action: String?
        public var actionType: String?
        /// The last prompt or whisper the run played, and to whom.
        public var playing: String?
        public var playingTo: PartyKey?
    }

    public struct Branch: Equatable, Sendable {
        public var at: Millis
        public var action: FlowActionRef
        public var branch: String
    }

    public static let branchLimit = 40

    /// In the order they started.
    public private(set) var running: [Run] = []
    /// Oldest first.
    public private(set) var branches: [Branch] = []

    public init() {}

    /// The events this reads; a session asks the engine for these only.
    public static let eventNames: Set<EventName> = [
        .flowStarted, .flowActionStarted, .flowActionCompleted, .flowEnded, .flowStopped, .flowDisconnected, .prompt,
    ]

    public mutating func apply(_ event: EngineEvent) {
        switch event.kind {
        case .flowStarted(let ref):
            running.append(Run(run: ref))
        case .flowActionStarted(let action):
            update(action.run.run) {
                $0.action = action.action
                $0.actionType = action.actionType
            }
        case .flowActionCompleted(let action, let branch):
            branches.append(Branch(at: event.at, action: action, branch: branch))
            if branches.count > Self.branchLimit { branches.removeFirst(branches.count - Self.branchLimit) }
        case .flowEnded(let ref, _), .flowStopped(let ref), .flowDisconnected(let ref):
            running.removeAll { $0.run.run == ref.run }
        case .promptPlayed(let to, let flow, let text, _), .whisperPlayed(let to, let flow, let text):
            // A prompt names its flow, not its run: it is the latest run of that flow with an action running.
            guard let i = running.lastIndex(where: { $0.run.flow == flow && $0.action != nil }) else { return }
            running[i].playing = text
            running[i].playingTo = to
        default:
            break
        }
    }

    private mutating func update(_ id: RunID, _ change: (inout Run) -> Void) {
        guard let i = running.lastIndex(where: { $0.run.run == id }) else { return }
        change(&running[i])
    }
}

extension FlowActivity.Run {
    init(run: FlowRunRef) { self.init(run: run, action: nil, actionType: nil, playing: nil, playingTo: nil) }
}
