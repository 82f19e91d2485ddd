import Telephony
import Training

/// A caller and the claimed number they phone.
public struct ExampleCall: Equatable, Sendable {
    public var from: String
    public var to: String
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// The same call as a line of the command language.
    public var line: String { "call \(from) -> \(to)" }
}

/// The seam between the CCP and the telephony engine. The TUI loop and the tests drive the engine
/// only through this, so a fake can stand in until the real engine is plugged in.
public protocol CCPSession: AnyObject {
    /// The engine's virtual time.
    var now: Millis { get }
    func agentView(_ username: String) -> AgentView?
    func transcript(of party: PartyKey) -> [TranscriptLine]
    /// The latest caller, for the customer phone panel.
    func callerView() -> CallerView?
    /// A call this scenario answers (its first customer to its first claimed number): the idle
    /// customer phone suggests it and the `i` key places it; nil when the scenario claims no number.
    var exampleCall: ExampleCall? { get }
    /// The call the `i` key places for `agent` (the next caller): from the scenario's first customer to
    /// a claimed number whose flow routes to a queue of the agent's routing profile, so the agent is
    /// the one offered it; a refusal saying why when no number does.
    func nextCaller(for agent: String) -> Result<ExampleCall, Refusal>
    func perform(_ command: AgentCommand, as username: String) -> Refusal?
    func perform(_ command: WorldCommand) -> Refusal?
    /// One line of the command language typed on the `:` line; returns a message to show, if any.
    func runCommandLine(_ line: String, as username: String) -> String?
    /// Moves virtual time forward; the loop calls this from the wall clock (× speed, unless paused).
    func advance(to time: Millis)
    /// The engine's next timer, so an idle loop can sleep until then.
    var nextWakeUp: Millis? { get }
    /// The lesson being played, in lesson mode (`termccp learn`); nil in plain mode.
    var lesson: LessonRun? { get }
    /// The demo being played, in demo mode (`termccp demo`); nil otherwise.
    var demo: DemoPlayer? { get }
    /// The parties of the call `party` is on, for the call map; nil when it is on none.
    func callMap(of party: PartyKey) -> CallMapView?
    /// The map of the newest call any of these agents is or was on, or `caller`'s call when newer;
    /// what a demo's side panels follow while the focused CCP is on no call.
    func latestCallMap(of agents: [String], caller: CallID?) -> CallMapView?
    /// The flows running and their last branches, for the flow view.
    var flowActivity: FlowActivity { get }
    /// Contact records completed so far, in the order their segments began.
    var completedRecords: [ContactRecord] { get }
    /// `completedRecords` grouped by InitialContactId in tree order (`RecordChains.of`), for the records panel.
    var recordChains: [[ContactRecord]] { get }
    /// The contacts in progress, for a supervisor panel.
    var liveContacts: [LiveContactView] { get }
    /// A supervisor's monitoring and the reasons its moves are refused now; nil for an unknown agent.
    func supervisorView(of username: String) -> SupervisorView?
    /// Changes whenever anything the views above show may have changed (the engine's `stateChanges`),
    /// and stays put while only time passes, so the CCP keeps its last reading of the world for a key
    /// that changes only UI state (issue 12). nil: the session cannot tell, and the world is read
    /// for every frame.
    var worldVersion: Int? { get }
}

/// Defaults only for what a session may lack; the world's views (call map, flow activity, records, live
/// contacts) have none, so a wrapping session that forgets to hand one on does not compile (review: a
/// lesson's side panels stayed empty).
extension CCPSession {
    public var recordChains: [[ContactRecord]] { RecordChains.of(completedRecords) }
    public var lesson: LessonRun? { nil }
    public func supervisorView(of username: String) -> SupervisorView? { nil }
    public var demo: DemoPlayer? { nil }
    public var worldVersion: Int? { nil }
    public func nextCaller(for agent: String) -> Result<ExampleCall, Refusal> {
        exampleCall.map { .success($0) } ?? .failure(Refusal("This scenario claims no number to call"))
    }
}
