import Telephony
import Training

/// Everything the CCP shows, read from the session once per frame, so rendering and reducing are
/// pure functions of values.
public struct WorldSnapshot: Equatable, Sendable {
    public var now: Millis
    public var agents: [String: AgentView]
    public var agentTranscripts: [String: [TranscriptLine]]
    public var caller: CallerView?
    public var callerTranscript: [TranscriptLine]
    /// The call the idle customer phone suggests and `i` places (CCPSession.exampleCall).
    public var exampleCall: ExampleCall?
    /// Each shown agent's next caller, or why none reaches the agent (CCPSession.nextCaller).
    public var nextCallers: [String: Result<ExampleCall, Refusal>] = [:]
    /// Callers in a flow or a queue, no agent on them yet: read only while a shown agent is idle and
    /// `i` is offered, where it decides whether `i` brings the first caller or another one.
    public var callersWaiting = 0
    /// The lesson's goal, hint, time left and result, in lesson mode.
    public var lesson: LessonProgress?
    /// The lesson was opened from `termccp learn`'s menu: quitting it goes back there.
    public var lessonReturnsToMenu = false
    /// The demo's caption, step and checks, in demo mode.
    public var demo: DemoProgress?
    /// The call map of each shown agent's call (by username), and of the customer phone's call.
    public var callMaps: [String: CallMapView] = [:]
    public var callerCallMap: CallMapView?
    /// In a demo: the newest call any shown panel's party is or was on (`SidePanels.followedCallMap`).
    public var latestPanelCallMap: CallMapView?
    public var flows = FlowActivity()
    /// Completed contact records grouped by InitialContactId, each in tree order by PreviousContactId
    /// (RecordChains.of), oldest group first.
    public var recordChains: [[ContactRecord]] = []
    /// For supervisor panels: the contacts in progress, and each shown supervisor's monitoring.
    public var liveContacts: [LiveContactView] = []
    public var supervisors: [String: SupervisorView] = [:]
    /// The session's `worldVersion` when this was read: two snapshots with the same version show the
    /// same world apart from `now`, `lesson` and `demo`, so what is drawn from the rest may be kept
    /// (`SidePanelCache`). nil: unknown, nothing is kept.
    public var version: Int?

    public init(now: Millis, agents: [String: AgentView] = [:], agentTranscripts: [String: [TranscriptLine]] = [:],
                caller: CallerView? = nil, callerTranscript: [TranscriptLine] = [], exampleCall: ExampleCall? = nil) {
        self.now = now
        self.agents = agents
        self.agentTranscripts = agentTranscripts
        self.caller = caller
        self.callerTranscript = callerTranscript
        self.exampleCall = exampleCall
    }

    public static func capture(_ session: CCPSession, agents: [String], customer: Bool) -> WorldSnapshot {
        var snapshot = WorldSnapshot(now: session.now, exampleCall: session.exampleCall)
        snapshot.lesson = session.lesson?.progress
        snapshot.lessonReturnsToMenu = (session as? LessonSession)?.returnsToMenu ?? false
        snapshot.demo = session.demo?.progress
        // The customer phone suggests the call that reaches the first agent shown, as `i` there places it.
        if let first = agents.first, case .success(let call) = session.nextCaller(for: first) { snapshot.exampleCall = call }
        for name in agents {
            snapshot.agents[name] = session.agentView(name)
            snapshot.agentTranscripts[name] = session.transcript(of: .agent(name))
            snapshot.nextCallers[name] = session.nextCaller(for: name)
        }
        if snapshot.exampleCall != nil, agents.contains(where: { snapshot.agents[$0]?.contact == nil }) {
            snapshot.callersWaiting = session.liveContacts.filter { $0.agent == nil }.count
        }
        if customer {
            if let caller = session.callerView() {
                snapshot.caller = caller
                snapshot.callerTranscript = session.transcript(of: .customer(caller.callId))
            }
        }
        SidePanels.capture(session, agents: agents, into: &snapshot)
        return snapshot
    }
}
