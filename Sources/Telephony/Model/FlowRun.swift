/// A flow running for one listener: the inbound flow for a caller, a whisper for an agent, a
/// hold loop for whoever is held.
///
/// A reference type, owned by the engine's run table: a run is changed where it is stored, never
/// copied out and written back (issue 9: copying runs was a tenth of the engine's cost). An ended run no one
/// else holds may start again as a new run (`restart`, `FlowRunSpares`), which saves allocating one.
public final class FlowRun {
    public private(set) var id: RunID
    public private(set) var contactId: ContactID
    public private(set) var callId: CallID
    public private(set) var role: FlowRole
    public private(set) var listener: Listener
    /// The index in the engine's agents of the agent `listener` names (`Listener.agent`), found when the run
    /// starts: each prompt the run plays reaches the agent's transcript without hashing the username (issue 9).
    private(set) var listenerAgentAt: Int?
    /// The flow the run is in; while the run steps, the one it waited in (`observeAction` tells the resumed action
    /// from a new one by it). Kept apart from the cursor so that reading it copies no cursor (issue 9).
    public private(set) var flow: String
    /// The action the run waits on; while the run steps, the one it waited on when the step was asked to keep it
    /// (`takeCursor`), else nil.
    public var action: String? { held.map { $0.action } ?? waited }
    /// The action the run waited on, kept only while it steps and only for those who read it then (flow action
    /// events): copied out of the cursor at every step, it was retained and released each time (issue 9).
    private var waited: String?
    /// The rest of where the run stands; nil while the run steps, when the interpreter holds it.
    private var held: FlowCursor?
    /// Where the run stands (while it steps: its flow, and the action it waited on when kept).
    public var cursor: FlowCursor { held ?? FlowCursor(flow: flow, action: waited) }
    /// Bumped whenever the run moves on, so timers set for an earlier step are ignored.
    public internal(set) var token: Int
    public internal(set) var wait: FlowWait
    /// While the run waits `.loop`: its prompts, the one playing and when the loop is interrupted. Kept beside
    /// `wait` rather than in it, so that `wait` holds no references and replacing it destroys nothing: as an
    /// enum with payloads, each step and each prompt destroyed the old wait through its value witness, about
    /// 35 instructions a time (issue 9, callgrind). The last loop's prompts stay until another loop replaces them.
    var loop = LoopPlay()
    /// While the run waits `.input`: what the input action asked for and the digits collected so far.
    var input: InputWait?
    /// A whisper's 2-minute limit timer, cancelled when the run ends first (issue 9: most whispers end long before
    /// it, and stale limits were most of the timer heap). Only reserved while the whisper's next wake-up comes
    /// before it (`Engine.keepWhisperLimit`): most whispers end without it ever being set.
    var whisperLimit: PendingTimer?
    /// The last wake-up timer set (`Engine.scheduleWake`) and the token it carries.
    var wakeTimer: (handle: TimerQueue.Handle, token: Int)?
    /// UpdateFlowAttributes values, which last as long as this flow runs.
    public internal(set) var flowAttributes: [String: String] = [:]

    /// A run at the start of `flow`, which the runtime numbered `number` when known (`FlowLookups`).
    init(id: RunID, contactId: ContactID, callId: CallID, role: FlowRole, listener: Listener, listenerAgentAt: Int?,
         flow: String, number: Int?) {
        self.id = id
        self.contactId = contactId
        self.callId = callId
        self.role = role
        self.listener = listener
        self.listenerAgentAt = listenerAgentAt
        self.flow = flow
        self.held = FlowCursor(flow: flow, resumeHint: Self.startHint(number))
        self.token = 0
        self.wait = .none
    }

    /// The run becomes a new one, as `init` makes it; only for an ended run that nothing else refers to.
    func restart(id: RunID, contactId: ContactID, callId: CallID, role: FlowRole, listener: Listener,
                 listenerAgentAt: Int?, flow: String, number: Int?) {
        self.id = id
        self.contactId = contactId
        self.callId = callId
        self.role = role
        self.listener = listener
        self.listenerAgentAt = listenerAgentAt
        // Runs mostly start the flow the spare ran last: the same string is not stored again.
        if self.flow != flow { self.flow = flow }
        // The ended run's cursor is cleared where it is kept: destroying it and building a new one cost about
        // 400 instructions a run (issue 9). Matched, not compared with nil: `==` on an optional cursor copies it.
        switch held {
        case .some: held!.restart(at: flow, resumeHint: Self.startHint(number))
        case .none: held = FlowCursor(flow: flow, resumeHint: Self.startHint(number))
        }
        token = 0
        wait = .none
        whisperLimit = nil
        wakeTimer = nil
        // Few flows set flow attributes: an empty literal cost a call to build and the old value's destroy.
        if !flowAttributes.isEmpty { flowAttributes = [:] }
    }

    /// The first action of the flow the runtime numbered `number` (`FlowLookups`), as a cursor's hint.
    private static func startHint(_ number: Int?) -> (flow: Int, action: Int)? { number.map { ($0, 0) } }

    /// The cursor, moved out for the interpreter while the run steps (`flow` stays, and `action` when
    /// `keepingAction`); moving it instead of copying it saves retaining and releasing each of its fields at
    /// every step (issue 9). With none held (the run is stepping already), one is made where the run stands, as
    /// `cursor` reads it.
    func takeCursor(keepingAction: Bool) -> FlowCursor {
        var taken: FlowCursor?
        swap(&taken, &held)
        guard let taken else { return FlowCursor(flow: flow, action: waited) }
        if keepingAction { waited = taken.action }
        return taken
    }

    /// The cursor back after a step.
    func giveBack(_ cursor: consuming FlowCursor) {
        // A step seldom leaves its flow, and keeping the same string costs no reference counting.
        if flow != cursor.flow { flow = cursor.flow }
        if waited != nil { waited = nil }
        held = consume cursor
    }

    /// The run moves on to wait for `wait`; timers of its earlier waits no longer count.
    func moveOn(to wait: FlowWait) {
        token += 1
        self.wait = wait
    }

    /// The run waits while `prompts` loop, the first playing.
    func waitLooping(_ prompts: [Prompt], interruptAt: Millis?) {
        loop = LoopPlay(prompts: prompts, index: 0, interruptAt: interruptAt)
        wait = .loop
    }

    /// The run waits for digits as `request` asks, `collected` so far.
    func waitForInput(_ request: InputRequest, collected: String) {
        input = InputWait(request: request, collected: collected)
        wait = .input
    }

    /// The run as events name it.
    var ref: FlowRunRef { FlowRunRef(run: id, flow: flow, role: role, contact: contactId) }
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

    /// Whether the run plays to the agent `username` by name (a contact's side that is that agent is not).
    /// Compared in place, where `== .agent(username)` made a listener to compare with.
    func isAgent(_ username: String) -> Bool {
        if case .agent(let u) = self { return u == username }
        return false
    }
}

/// What a run waits for. The loop and the input waited for are kept on the run (`FlowRun.loop`, `FlowRun.input`).
public enum FlowWait: Sendable, Equatable {
    case none
    case prompt
    /// Prompts looping (MessageParticipantIteratively): `FlowRun.loop`.
    case loop
    /// Digits awaited (GetParticipantInput): `FlowRun.input`.
    case input
    /// Waiting for the caller to speak to a Lex bot.
    case speech
    case thirdParty(leg: LegID)
}

/// Prompts a run loops until it is stopped or interrupted.
struct LoopPlay {
    var prompts: [Prompt] = []
    /// The prompt playing now.
    var index = 0
    /// When the loop is interrupted (virtual ms since the start); nil for a loop that is not.
    var interruptAt: Millis?
}

/// Digits a run waits for.
struct InputWait {
    var request: InputRequest
    var collected: String
}

extension FlowCursor {
    /// The cursor at the start of `flow`, as a new one would stand, keeping the storage it has.
    mutating func restart(at flow: String, resumeHint: (flow: Int, action: Int)?) {
        // Mostly the flow the cursor was in already (`FlowRunSpares`): the same name is not stored again.
        if self.flow != flow { self.flow = flow }
        action = nil
        if !loopCounters.isEmpty { loopCounters.removeAll(keepingCapacity: true) }
        if !returns.isEmpty { returns.removeAll(keepingCapacity: true) }
        delayedOutcome = nil
        self.resumeHint = resumeHint
    }
}
