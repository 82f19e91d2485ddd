import Script
import Telephony

/// The telephony engine behind the CCPSession seam. The `:` line goes through the script runner,
/// so it speaks exactly the command language scripts use.
public final class EngineSession: CCPSession {
    public let engine: Engine
    private let runner: ScriptRunner

    /// Missed contacts already followed by another caller (see `followsMissedCalls`).
    private var followedUp: Set<String> = []
    /// The demo: each contact an agent misses is followed by another caller (the example call),
    /// so a newcomer who waited out the first call still finds one to take (issue 14 point 6).
    public let followsMissedCalls: Bool

    public private(set) var flowActivity = FlowActivity()
    private var records: (count: Int, records: [ContactRecord]) = (0, [])

    public init(engine: Engine, followsMissedCalls: Bool = false) {
        self.engine = engine
        self.followsMissedCalls = followsMissedCalls
        runner = ScriptRunner(engine: engine)
        // The flow view reads the engine's typed events; whoever listened before still hears all of them.
        let before = engine.onEvent
        if before == nil { engine.eventNames = FlowActivity.eventNames }
        engine.onEvent = { [weak self] event in
            before?(event)
            self?.flowActivity.apply(event)
        }
    }

    public func callMap(of party: PartyKey) -> CallMapView? { engine.callMap(of: party) }
    public var liveContacts: [LiveContactView] { engine.liveContacts() }
    public func supervisorView(of username: String) -> SupervisorView? { engine.supervisorView(of: username) }

    /// Built again only when another contact completed.
    public var completedRecords: [ContactRecord] {
        let count = engine.completedContactIds.count
        if count != records.count { records = (count, engine.completedRecords) }
        return records.records
    }

    public var now: Millis { engine.now }
    public func agentView(_ username: String) -> AgentView? { engine.view(of: username) }
    public func transcript(of party: PartyKey) -> [TranscriptLine] { engine.transcript(of: party) }
    public func callerView() -> CallerView? { engine.callerView() }

    /// From the scenario's first customer (any number will do when it declares none) to its first
    /// claimed number.
    public var exampleCall: ExampleCall? {
        guard let claimed = engine.config.phoneNumbers.first?.number else { return nil }
        return ExampleCall(from: engine.config.customers.first?.number ?? "+15550100", to: claimed)
    }
    public func perform(_ command: AgentCommand, as username: String) -> Refusal? { engine.perform(command, as: username) }
    public func perform(_ command: WorldCommand) -> Refusal? { engine.perform(command) }
    public func advance(to time: Millis) {
        engine.advance(to: time)
        guard followsMissedCalls, let call = exampleCall else { return }
        for name in engine.agentUsernames {
            guard let contact = engine.view(of: name)?.contact, contact.banner == .missed,
                  followedUp.insert(contact.contactId).inserted else { continue }
            _ = engine.perform(.call(from: call.from, to: call.to))
        }
    }
    public var nextWakeUp: Millis? { engine.nextEventTime }

    /// Agent verbs act as the focused panel's agent unless the line names another (`maria: join`).
    public func runCommandLine(_ line: String, as username: String) -> String? {
        runLine(line, as: username).message
    }

    /// A `:` line run: the message to show, and the agent whose command the engine refused (nil when
    /// nothing was refused, or a world command was), so a lesson counts its trainee's refused moves.
    public func runLine(_ line: String, as username: String) -> (message: String?, refusedAgent: String?) {
        let statement: Statement
        do {
            statement = try ScriptParser.parseLine(line)
        } catch {
            return (error.message, nil)
        }
        if case .actAs = statement {} else { _ = runner.execute(.actAs(username)) }
        switch runner.execute(statement) {
        case .done(let message): return (message ?? "ok: \(line)", nil)
        case .refused(let reason):
            var actor: String?
            if case .agent(let name, _) = statement { actor = engine.resolveAgent(name ?? username) }
            return ("Refused: \(reason)", actor)
        case .failed(let message): return (message, nil)
        }
    }
}
