import Script
import Telephony

/// A demo behind the CCPSession seam: the clock goes through the player, so the script's steps
/// run on the CCP's virtual time; what the presenter does on a panel goes to the engine as in
/// `termccp run`, and holds the script until they let it continue.
///
/// Shown agents stay the script's and their bots' (as in `termccp script`, where a bot may accept
/// a transfer the script waits for) until the presenter acts on that agent's panel: then, as in
/// `termccp run`, the agent is theirs and its bot stops (WorldCommand.takeControl).
public final class DemoSession: CCPSession {
    public let player: DemoPlayer
    private let inner: EngineSession
    private var takenOver: Set<String> = []

    /// `agent`: the one the script acts as until an `as` line (default: the scenario's first agent).
    public init(engine: Engine, script: DemoScript, agent: String? = nil, mode: DemoPlayer.Mode = .continuous) {
        inner = EngineSession(engine: engine)
        player = DemoPlayer(script: script, engine: engine, agent: agent, mode: mode)
    }

    public var demo: DemoPlayer? { player }
    public var now: Millis { inner.now }
    public var worldVersion: Int? { inner.worldVersion }
    public func agentView(_ username: String) -> AgentView? { inner.agentView(username) }
    public func transcript(of party: PartyKey) -> [TranscriptLine] { inner.transcript(of: party) }
    public func callerView() -> CallerView? { inner.callerView() }
    public var exampleCall: ExampleCall? { inner.exampleCall }
    public func nextCaller(for agent: String) -> Result<ExampleCall, Refusal> { inner.nextCaller(for: agent) }
    public func callMap(of party: PartyKey) -> CallMapView? { inner.callMap(of: party) }
    public func latestCallMap(of agents: [String], caller: CallID?) -> CallMapView? {
        inner.latestCallMap(of: agents, caller: caller)
    }
    public var flowActivity: FlowActivity { inner.flowActivity }
    public var completedRecords: [ContactRecord] { inner.completedRecords }
    public var recordChains: [[ContactRecord]] { inner.recordChains }
    public var liveContacts: [LiveContactView] { inner.liveContacts }
    public func supervisorView(of username: String) -> SupervisorView? { inner.supervisorView(of: username) }

    public func perform(_ command: AgentCommand, as username: String) -> Refusal? {
        player.presenterActed()
        if takenOver.insert(username).inserted, let refusal = inner.perform(.takeControl(agent: username)) {
            return refusal
        }
        return inner.perform(command, as: username)
    }

    /// The CCP takes control of each shown agent when it opens; here that waits for the presenter.
    public func perform(_ command: WorldCommand) -> Refusal? {
        if case .takeControl = command { return nil }
        player.presenterActed()
        return inner.perform(command)
    }

    public func runCommandLine(_ line: String, as username: String) -> String? {
        player.presenterActed()
        return inner.runCommandLine(line, as: username)
    }

    public func advance(to time: Millis) { player.advance(to: time) }

    public var nextWakeUp: Millis? {
        [inner.nextWakeUp, player.nextDue].compactMap { $0 }.min()
    }
}
