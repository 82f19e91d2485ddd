import Script
import Telephony
import Training

/// A lesson behind the CCPSession seam: the trainee's commands and the clock go through the lesson
/// run, so its goals are checked after every change; everything else is the engine session's.
public final class LessonSession: CCPSession {
    public let run: LessonRun
    /// Opened from `termccp learn`'s menu, to which quitting returns (help says so).
    public let returnsToMenu: Bool
    private let inner: EngineSession

    public init(run: LessonRun, returnsToMenu: Bool = false) {
        self.run = run
        self.returnsToMenu = returnsToMenu
        inner = EngineSession(engine: run.engine)
    }

    public var lesson: LessonRun? { run }
    public var now: Millis { inner.now }
    public var worldVersion: Int? { inner.worldVersion }
    public func agentView(_ username: String) -> AgentView? { inner.agentView(username) }
    public func transcript(of party: PartyKey) -> [TranscriptLine] { inner.transcript(of: party) }
    public func callerView() -> CallerView? { inner.callerView() }
    public var exampleCall: ExampleCall? { inner.exampleCall }
    public func nextCaller(for agent: String) -> Result<ExampleCall, Refusal> { inner.nextCaller(for: agent) }
    public func perform(_ command: AgentCommand, as username: String) -> Refusal? { run.perform(command, as: username) }
    public func perform(_ command: WorldCommand) -> Refusal? { run.perform(command) }
    /// A command the engine refuses on the `:` line is a refused move of the trainee's, as a pressed key's is.
    public func runCommandLine(_ line: String, as username: String) -> String? {
        let output = inner.runLine(line, as: username)
        if output.refusedAgent == run.agent { run.noteRefusal(":\(line)  \(output.message ?? "refused")") }
        run.check()
        return output.message
    }
    public func advance(to time: Millis) { run.advance(to: time) }
    public var nextWakeUp: Millis? { inner.nextWakeUp }
    public var liveContacts: [LiveContactView] { inner.liveContacts }
    public func callMap(of party: PartyKey) -> CallMapView? { inner.callMap(of: party) }
    public func latestCallMap(of agents: [String], caller: CallID?) -> CallMapView? {
        inner.latestCallMap(of: agents, caller: caller)
    }
    public var flowActivity: FlowActivity { inner.flowActivity }
    public var completedRecords: [ContactRecord] { inner.completedRecords }
    public var recordChains: [[ContactRecord]] { inner.recordChains }
    public func supervisorView(of username: String) -> SupervisorView? { inner.supervisorView(of: username) }
}
