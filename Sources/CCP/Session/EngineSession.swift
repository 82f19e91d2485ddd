import Script
import Telephony

/// The real engine behind the CCP: views and transcripts read from it, commands go to it, and the
/// `:` line runs the command language through the same runner scripts use.
public final class EngineSession: CCPSession {
    public let engine: Engine
    private let runner: ScriptRunner

    public init(engine: Engine) {
        self.engine = engine
        self.runner = ScriptRunner(engine: engine)
    }

    public var now: Millis { engine.now }
    public var nextWakeUp: Millis? { engine.nextEventTime }
    public func agentView(_ username: String) -> AgentView? { engine.view(of: username) }
    public func transcript(of party: PartyKey) -> [TranscriptLine] { engine.transcript(of: party) }
    public func callerView() -> CallerView? { engine.callerView() }
    public func perform(_ command: AgentCommand, as username: String) -> Refusal? { engine.perform(command, as: username) }
    public func perform(_ command: WorldCommand) -> Refusal? { engine.perform(command) }
    public func advance(to time: Millis) { engine.advance(to: time) }

    public func runCommandLine(_ line: String, as username: String) -> String? {
        switch runner.execute(line: line, as: username) {
        case .done(let message): return message
        case .refused(let reason): return reason
        case .failed(let message): return message
        }
    }
}
