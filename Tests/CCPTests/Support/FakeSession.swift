import CCP
import Telephony

/// Serves hand-built views and records every command, so tests see exactly what the UI asked for.
final class FakeSession: CCPSession {
    func callMap(of party: PartyKey) -> CallMapView? { nil }
    func latestCallMap(of agents: [String], caller: CallID?) -> CallMapView? { nil }
    var flowActivity: FlowActivity { FlowActivity() }
    var completedRecords: [ContactRecord] { [] }
    var liveContacts: [LiveContactView] { [] }
    var now: Millis = Fixtures.now
    var agents: [String: AgentView]
    var transcripts: [PartyKey: [TranscriptLine]]
    var caller: CallerView?
    var agentCommands: [(String, AgentCommand)] = []
    var worldCommands: [WorldCommand] = []
    var commandLines: [(String, String)] = []
    var refuseWith: Refusal?
    var nextWakeUp: Millis?
    var exampleCall: ExampleCall? = ExampleCall(from: "+15555550123", to: "+18005550100")

    init(agents: [String: AgentView] = ["john": Fixtures.idle], caller: CallerView? = nil,
         transcripts: [PartyKey: [TranscriptLine]] = [.agent("john"): Fixtures.johnHears]) {
        self.agents = agents
        self.caller = caller
        self.transcripts = transcripts
    }

    func agentView(_ username: String) -> AgentView? { agents[username] }
    func transcript(of party: PartyKey) -> [TranscriptLine] { transcripts[party] ?? [] }
    func callerView() -> CallerView? { caller }

    func perform(_ command: AgentCommand, as username: String) -> Refusal? {
        agentCommands.append((username, command))
        return refuseWith
    }

    func perform(_ command: WorldCommand) -> Refusal? {
        worldCommands.append(command)
        if case .takeControl = command { return nil }
        return refuseWith
    }

    func runCommandLine(_ line: String, as username: String) -> String? {
        commandLines.append((line, username))
        return "ran \(line) as \(username)"
    }

    func advance(to time: Millis) { now = time }
}
