import Script
import Telephony

/// The telephony engine behind the CCPSession seam. The `:` line goes through the script runner,
/// so it speaks exactly the command language scripts use.
public final class EngineSession: CCPSession {
    public let engine: Engine
    private let runner: ScriptRunner

    /// Missed contacts already followed by another caller (see `followsMissedCalls`).
    private var followedUp: Set<String> = []
    /// The engine's `stateChanges` when the agents were last looked at for missed contacts: a contact
    /// is missed only by a change, so while the engine has not moved there is nothing to look at.
    private var missedLookedAt: Int?
    /// The demo: each contact an agent misses is followed by another caller (the example call),
    /// so a newcomer who waited out the first call still finds one to take (issue 14 point 6).
    public let followsMissedCalls: Bool

    public private(set) var flowActivity = FlowActivity()
    /// The records and their chains as of `completed` segments: a record never changes once complete
    /// (docs §6 rule 22), so they are read and linked again only when another segment completes, not on
    /// every frame (a CCP that ran for hours keeps up to a thousand records).
    private var records = CompletedRecords()
    /// Each agent's next caller: the scenario and its flows are fixed for the run, so it is found once.
    private var nextCallers: [String: Result<ExampleCall, Refusal>] = [:]
    /// The demo call (`termccp run`): placed when virtual time reaches `at`, to reach `agent`.
    private var firstCall: (at: Millis, agent: String?)?

    /// `firstCallAt` places the demo call then (ms of virtual time), to a number that reaches
    /// `firstCallFor` (nil: the scenario's first number).
    public init(engine: Engine, followsMissedCalls: Bool = false, firstCallAt: Millis? = nil, firstCallFor: String? = nil) {
        self.engine = engine
        self.followsMissedCalls = followsMissedCalls
        firstCall = firstCallAt.map { ($0, firstCallFor) }
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
    public func latestCallMap(of agents: [String], caller: CallID?) -> CallMapView? {
        engine.latestCallMap(of: agents, caller: caller)
    }
    public var liveContacts: [LiveContactView] { engine.liveContacts() }
    public func supervisorView(of username: String) -> SupervisorView? { engine.supervisorView(of: username) }

    public var completedRecords: [ContactRecord] {
        records.update(from: engine)
        return records.records
    }

    public var recordChains: [[ContactRecord]] {
        records.update(from: engine)
        if records.chains == nil { records.chains = RecordChains.of(records.records) }
        return records.chains ?? []
    }

    public var now: Millis { engine.now }
    public var worldVersion: Int? { engine.stateChanges }
    public func agentView(_ username: String) -> AgentView? { engine.view(of: username) }
    public func transcript(of party: PartyKey) -> [TranscriptLine] { engine.transcript(of: party) }
    public func callerView() -> CallerView? { engine.callerView() }

    /// From the scenario's first customer (any number will do when it declares none) to its first
    /// claimed number.
    public var exampleCall: ExampleCall? {
        guard let claimed = engine.config.phoneNumbers.first?.number else { return nil }
        return ExampleCall(from: engine.config.customers.first?.number ?? "+15550100", to: claimed)
    }
    public func nextCaller(for agent: String) -> Result<ExampleCall, Refusal> {
        if let known = nextCallers[agent] { return known }
        let found = findNextCaller(for: agent)
        nextCallers[agent] = found
        return found
    }

    private func findNextCaller(for agent: String) -> Result<ExampleCall, Refusal> {
        guard let example = exampleCall else { return .failure(Refusal("This scenario claims no number to call")) }
        guard let username = engine.resolveAgent(agent) else { return .failure(Refusal("No agent named \(agent).")) }
        guard let number = engine.numbersReaching(username).first else {
            let queues = engine.servedQueues(of: username)
            let name = engine.view(of: username)?.displayName ?? username
            // The clause before the colon is what the agent's panel shows; the message says the rest.
            return .failure(Refusal("No number reaches \(queues.joined(separator: ", ")): no claimed number's flow queues "
                + "callers where \(name) works, so no caller would reach \(name). Add a number whose flow sets one of "
                + "these queues as the working queue, or place a call with :call FROM -> TO."))
        }
        return .success(ExampleCall(from: example.from, to: number))
    }

    public func perform(_ command: AgentCommand, as username: String) -> Refusal? { engine.perform(command, as: username) }
    public func perform(_ command: WorldCommand) -> Refusal? { engine.perform(command) }
    public func advance(to time: Millis) {
        if let first = firstCall, time >= first.at {
            // Placed at its moment exactly, as a scheduled call of the scenario would be.
            engine.advance(to: first.at)
            firstCall = nil
            // For an agent no number reaches there is no call to place: its panel says why.
            let call: ExampleCall?
            if let agent = first.agent { call = try? nextCaller(for: agent).get() } else { call = exampleCall }
            if let call { _ = engine.perform(.call(from: call.from, to: call.to)) }
        }
        engine.advance(to: time)
        guard followsMissedCalls, missedLookedAt != engine.stateChanges else { return }
        defer { missedLookedAt = engine.stateChanges }
        for name in engine.agentUsernames {
            guard let contact = engine.view(of: name)?.contact, contact.banner == .missed,
                  followedUp.insert(contact.contactId).inserted,
                  let call = try? nextCaller(for: name).get() else { continue }
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

/// What `EngineSession` last read of the completed records, and when.
private struct CompletedRecords {
    /// Segments completed when `records` was read (the engine's count goes on when retention drops old records).
    var completed = 0
    var records: [ContactRecord] = []
    /// Linked when first asked for after a read.
    var chains: [[ContactRecord]]?

    mutating func update(from engine: Engine) {
        let count = engine.completedContactCount
        guard count != completed else { return }
        self = CompletedRecords(completed: count, records: engine.completedRecords, chains: nil)
    }
}
