import Foundation
import Telephony

/// One thing the walk does to the engine.
enum WalkStep: CustomStringConvertible {
    case agent(String, AgentCommand)
    case world(WorldCommand)
    case wait(Millis)
    case untilNextEvent

    var description: String {
        switch self {
        case .agent(let u, let command): return "as \(u): \(command)"
        case .world(let command): return "world: \(command)"
        case .wait(let ms): return "wait \(ms) ms"
        case .untilNextEvent: return "advance to the next event"
        }
    }
}

/// Everything an observer outside the engine can see. Two observations around a refused
/// command must be equal (docs DESIGN: "a refused command changes nothing").
struct Observation: Equatable {
    var now: Millis
    var nextEventTime: Millis?
    var views: [String: AgentView]
    var callers: [Int: CallerView]
    var records: [ContactRecord]
    var openContacts: Int
    var transcripts: [PartyKey: [TranscriptLine]]

    /// ContactId → InitialContactId: which call a segment belongs to.
    var families: [String: String] {
        Dictionary(records.map { ($0.ContactId, $0.InitialContactId) }, uniquingKeysWith: { a, _ in a })
    }
}

struct Violation: Sendable {
    var invariant: Invariant
    var seed: UInt64
    var step: Int
    var detail: String
    /// The seed, the world and every step up to the failure, to replay it by hand or with PROP_SEED.
    var replay: String

    var text: String { "\(invariant.rawValue) broken at step \(step) of seed \(seed): \(detail)\n\(replay)" }
}

/// A seeded random walk over one engine: random valid and invalid commands, world events and
/// waits, with every invariant checked after every step.
final class Walk {
    let seed: UInt64
    let world: WalkWorld
    let driveEveryone: Bool
    let engine: Engine
    private var rng: WalkRandom
    private(set) var log: [String] = []
    private(set) var violations: [Violation] = []
    private var broken: Set<Invariant> = []

    private var stepEvents: [EngineEvent] = []
    var stepEventsForRefusal: [EngineEvent] { stepEvents }
    /// Records completed as of the previous step, to see that they stay as they were.
    var completedBefore: Set<String> = []
    var completedThisStep: Set<String> = []
    /// External legs by id with their call and number, learnt from `leg.dialing` events.
    private var externalLegs: [LegID: (call: CallID, number: String)] = [:]
    private var endedCalls: Set<CallID> = []
    private var callCount = 0
    private(set) var last: Observation!
    private var stepIndex = 0

    /// Every event of the walk, kept only to compare two runs of one seed.
    private(set) var allEvents: [EngineEvent] = []
    private let keepsAllEvents: Bool

    init(seed: UInt64, world: WalkWorld, driveEveryone: Bool, keepAllEvents: Bool = false) throws {
        self.seed = seed
        self.world = world
        self.driveEveryone = driveEveryone
        self.keepsAllEvents = keepAllEvents
        self.engine = try world.makeEngine()
        self.rng = WalkRandom(seed: seed)
        engine.onEvent = { [unowned self] event in self.heard(event) }
        engine.onTrace = { [unowned self] trace in self.traced(trace) }
        log.append("seed \(seed), \(world), \(driveEveryone ? "every agent driven by the walk" : "bots left running")")
        if driveEveryone {
            for u in engine.agentUsernames { engine.perform(.takeControl(agent: u)) }
            log.append("world: takeControl of \(engine.agentUsernames.joined(separator: ", "))")
        }
        last = observe()
    }

    var externalLegsOnLiveCalls: [LegID] {
        externalLegs.filter { !endedCalls.contains($0.value.call) }.keys.sorted()
    }

    func externalNumber(of leg: LegID) -> String? { externalLegs[leg]?.number }

    /// PROP_EVENTS=1 puts every engine event in the step list, under the step that caused it.
    private static let logsEvents = ProcessInfo.processInfo.environment["PROP_EVENTS"] != nil

    /// What the walk got the engine to do: carried-out commands by verb, and events by type.
    private(set) var coverage: [String: Int] = [:]

    private func heard(_ event: EngineEvent) {
        stepEvents.append(event)
        if keepsAllEvents { allEvents.append(event) }
        coverage[event.type == "command" ? "command " + (event.fields["command"] ?? "?") : event.type, default: 0] += 1
        // Finer keys for the coverage gates (WalkWorld.mustReach).
        switch event.type {
        case "contact.missed": coverage["contact.missed " + (event.fields["how"] ?? "?"), default: 0] += 1
        case "quick_connect": coverage["quick_connect " + (event.fields["target_type"] ?? "?"), default: 0] += 1
        case "contact.created": coverage["contact.created " + (event.fields["method"] ?? "?"), default: 0] += 1
        default: break
        }
        if Self.logsEvents {
            log.append("      · \(event.at) \(event.type) \(event.fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")
        }
        switch event.kind {
        case .legDialing(let call, let leg, let number): externalLegs[leg] = (call, number)
        case .legFailed(_, let leg, _), .legHungUp(_, let leg, _): externalLegs[leg] = nil
        case .callEnded(let call, _): endedCalls.insert(call)
        default: break
        }
    }

    /// Flow outcomes the coverage gates ask for: a Lex bot recognising an intent, closed hours.
    private func traced(_ t: FlowTraceEvent) {
        switch (t.type, t.branch) {
        case ("ConnectParticipantWithLexBot", "Help"?): coverage["lex intent", default: 0] += 1
        case ("CheckHoursOfOperation", "False"?): coverage["hours closed", default: 0] += 1
        default: break
        }
    }

    // MARK: running

    func run(steps: Int, drainAtEnd: Bool = true) {
        for _ in 0..<steps {
            let step = nextStep()
            perform(step)
        }
        if drainAtEnd { drain() }
    }

    /// The engine's state in full, for a replay printed by hand.
    var stateDump: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let records = (try? encoder.encode(engine.allRecords)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        let views = engine.agentUsernames.compactMap { engine.view(of: $0) }.map { v in
            let c = v.contact.map { c in
                "\(c.banner.rawValue) on \(c.contactId) [\(c.parties.map { "\($0.handle):\($0.state.rawValue)" }.joined(separator: ", "))]"
            }
            return "  \(v.username): \(v.status)\(v.nextStatus.map { " next \($0)" } ?? "") \(c ?? "no contact")"
        }
        return "now \(engine.now)\n" + views.joined(separator: "\n") + "\ncompleted: \(engine.completedRecords.map(\.ContactId))\n" + records
    }

    private func perform(_ step: WalkStep) {
        stepIndex += 1
        stepEvents.removeAll(keepingCapacity: true)
        let before = last!
        var line = "\(stepIndex). \(step)"
        switch step {
        case .agent(let u, let command):
            let predicted = engine.refusal(command, as: u)
            let outcome = engine.perform(command, as: u)
            if let outcome { line += "  → refused: \(outcome.reason)" }
            log.append(line)
            let after = observe()
            if (predicted == nil) != (outcome == nil) || predicted != outcome?.reason {
                fail(.refusalPredictsPerform,
                     "refusal said \(predicted.map { "\"\($0)\"" } ?? "nil") but perform returned \(outcome.map { "\"\($0.reason)\"" } ?? "nil")")
            }
            if outcome != nil { checkUnchanged(before, after) } else { checkIsolation(actor: u, before, after) }
            checkState(before, after)
        case .world(let command):
            let outcome = engine.perform(command)
            if let outcome { line += "  → refused: \(outcome.reason)" }
            log.append(line)
            let after = observe()
            if outcome != nil { checkUnchanged(before, after) }
            checkState(before, after)
        case .wait(let ms):
            log.append(line)
            engine.advance(by: ms)
            checkState(before, observe())
        case .untilNextEvent:
            log.append(line)
            if let t = engine.nextEventTime { engine.advance(to: t) }
            checkState(before, observe())
        }
    }

    private func checkState(_ before: Observation, _ after: Observation) {
        last = after
        completedThisStep = completedNow
        if after.views.values.contains(where: { ($0.contact?.parties.count ?? 0) >= 3 }) {
            coverage["more than 3 parties", default: 0] += 1
        }
        checkContacts(after)
        checkOffers(before, after)
        checkHearing(after)
        checkRecordChains(after)
        checkCompletedRecordsAreFinal(before, after)
    }

    func observe() -> Observation {
        while engine.callerView(CallID(callCount + 1)) != nil { callCount += 1 }
        var views: [String: AgentView] = [:]
        for u in engine.agentUsernames { views[u] = engine.view(of: u) }
        var callers: [Int: CallerView] = [:]
        var transcripts: [PartyKey: [TranscriptLine]] = [:]
        for u in engine.agentUsernames { transcripts[.agent(u)] = engine.transcript(of: .agent(u)) }
        if callCount > 0 {
            for id in 1...callCount {
                callers[id] = engine.callerView(CallID(id))
                transcripts[.customer(CallID(id))] = engine.transcript(of: .customer(CallID(id)))
            }
        }
        for leg in externalLegs.keys { transcripts[.external(leg)] = engine.transcript(of: .external(leg)) }
        return Observation(now: engine.now, nextEventTime: engine.nextEventTime, views: views, callers: callers,
                           records: engine.allRecords, openContacts: engine.openContactCount, transcripts: transcripts)
    }

    // MARK: choosing steps

    private func nextStep() -> WalkStep {
        switch rng.weighted([(55, 0), (25, 1), (20, 2)]) {
        case 0: return agentStep()
        case 1: return worldStep()
        default:
            if rng.chance(0.3) { return .untilNextEvent }
            return .wait(rng.pick([0, 200, 1000, 2500, 5000, 15000, 21000, 60000]))
        }
    }

    private func agentStep() -> WalkStep {
        let names = engine.agentUsernames
        // A few commands go to names the engine must resolve or refuse.
        let u = rng.chance(0.03) ? rng.pick(["nobody", names[0].capitalized]) : rng.pick(names)
        // Nothing changed since the last observation, so its views are the engine's views now.
        let view = last.views[engine.resolveAgent(u) ?? u]
        // Weights favour what moves a call along (accept, transfers, conferences, clear) over
        // what is always possible (status, dialling), or walks would mostly dial and change status.
        var commands: [(Int, AgentCommand)] = [
            (10, .accept), (2, .reject), (6, .clear), (3, .swap), (4, .join), (4, .leave), (4, .endCall),
            (1, .mute), (1, .unmute), (2, .hold(.all)), (2, .resume(.all)),
            (1, .say("Let me check that for you.")), (1, .say("")),
        ]
        commands += (world.statuses + ["Bogus"]).map { ($0 == "Available" ? 3 : 1, .setStatus($0)) }
        commands += (world.quickConnectNames + ["Nope"]).map { (2, .quickConnect($0)) }
        commands += (world.externalNumbers + world.customerNumbers + ["+18005550100", "12ab"]).map { (1, .dial($0)) }
        commands += ["11362", "1", "x"].map { (1, .sendDigits($0)) }
        for h in (view?.contact?.parties.map(\.handle) ?? []) + ["customer", "ghost"] {
            commands += [(2, .hold(.party(h))), (2, .resume(.party(h))), (1, .hangUp(h))]
        }
        // Mostly commands that apply, so calls get somewhere; the rest must be refused cleanly.
        // A few weighted draws find a valid one about as often as filtering the whole list, for a
        // fraction of the refusal calls.
        if rng.chance(0.7) {
            for _ in 0..<12 {
                let command = rng.weighted(commands)
                if engine.refusal(command, as: u) == nil { return .agent(u, command) }
            }
        }
        return .agent(u, rng.weighted(commands))
    }

    private func worldStep() -> WalkStep {
        let customers = world.customerNumbers
        let who: String? = rng.chance(0.5) ? nil : rng.pick(customers + ["+15555550999"])
        let command: WorldCommand
        switch rng.weighted([(20, 0), (10, 1), (10, 2), (12, 3), (12, 4), (12, 5), (4, 6), (2, 7)]) {
        case 0:
            command = .call(from: rng.chance(0.9) ? rng.pick(customers + ["+15555550177"]) : "555",
                            to: rng.chance(0.9) ? rng.pick(world.claimedNumbers) : "+19999999999")
        case 1: command = .customerSays(customer: who, text: rng.pick(["I still need help.", ""]))
        case 2: command = .customerPresses(customer: who, digits: rng.pick(["1", "11362", "#", "z"]))
        case 3: command = .customerHangsUp(customer: who)
        case 4: command = .externalAnswers(rng.pick(world.externalNumbers))
        case 5: command = .externalHangsUp(rng.pick(world.externalNumbers))
        case 6: command = .externalSays(number: rng.pick(world.externalNumbers), text: "Hello?")
        default: command = .takeControl(agent: rng.pick(engine.agentUsernames + ["nobody"]))
        }
        return .world(command)
    }

    // MARK: the end of a run

    /// Every party hangs up and every agent clears, until the engine is idle; then every contact
    /// must have a completed record (docs §2.5, §6 rule 22).
    private func drain() {
        log.append("— drain: everyone hangs up and clears —")
        for _ in 0..<40 {
            var acted = true
            var guardRounds = 0
            while acted && guardRounds < 50 {
                acted = false
                guardRounds += 1
                let callers = Set(observe().callers.values.filter { $0.state != .disconnected }.map(\.number))
                for number in callers.sorted() + world.externalNumbers {
                    if engine.perform(.customerHangsUp(customer: number)) == nil { acted = true }
                    if engine.perform(.externalHangsUp(number)) == nil { acted = true }
                }
                for u in engine.agentUsernames {
                    guard let contact = engine.view(of: u)?.contact else { continue }
                    let command: AgentCommand
                    switch contact.banner {
                    // Ending a callback during its agent whisper puts it back in queue (docs §6 rule
                    // 27) to be offered again: let the whisper and the dialling run their course.
                    case .connecting where contact.initiationMethod == "CALLBACK": continue
                    case .incoming: command = .reject
                    // A rejected callback goes back to its queue, with no caller to hang up:
                    // taking it lets the customer be dialled and the call end.
                    case .callbackIncoming: command = .accept
                    case .connected, .connecting, .onHold: command = engine.refusal(.endCall, as: u) == nil ? .endCall : .leave
                    case .afterContactWork, .missed: command = .clear
                    }
                    if engine.perform(command, as: u) == nil { acted = true }
                }
            }
            if isIdle() { break }
            // A queued callback has no caller to hang up: it waits until an agent is available
            // [AG/about-queued-callbacks]. Agents with nothing to clear come back to Available, so
            // it is offered, dialled and ended like any call (seeds 123, 579, 687).
            for u in engine.agentUsernames where engine.view(of: u)?.contact == nil && engine.view(of: u)?.status != "Available" {
                engine.perform(.setStatus("Available"), as: u)
            }
            engine.advance(by: 30_000)
        }
        let end = observe()
        last = end
        checkContacts(end)
        checkRecordChains(end)
        var problems: [String] = []
        for (id, caller) in end.callers.sorted(by: { $0.key < $1.key }) where caller.state != .disconnected {
            problems.append("call \(id) is still \(caller.state.rawValue)")
        }
        for (u, v) in end.views.sorted(by: { $0.key < $1.key }) {
            if let c = v.contact { problems.append("\(u) still shows \(c.banner.rawValue) on \(c.contactId)") }
        }
        if end.openContacts != 0 { problems.append("openContactCount is \(end.openContacts)") }
        // The sets themselves, not their sizes: every record completed, each once, and the cheap
        // id list says the same as the records.
        let completed = engine.completedRecords.map(\.ContactId)
        let done = Set(completed)
        let all = Set(end.records.map(\.ContactId))
        if done != all || completed.count != done.count {
            let open = end.records.filter { !done.contains($0.ContactId) }
                .map { "\($0.ContactId) (\($0.InitiationMethod), agent \($0.Agent?.Username ?? "none"))" }
            problems.append("\(done.count) of \(all.count) records completed (\(completed.count) listed); open: \(open.joined(separator: ", "))")
        }
        if engine.completedContactIds != done {
            problems.append("completedContactIds \(engine.completedContactIds.sorted()) differs from completedRecords \(done.sorted())")
        }
        if !problems.isEmpty { fail(.everyEndedContactHasACompletedRecord, problems.joined(separator: "; ")) }
    }

    private func isIdle() -> Bool {
        let o = observe()
        return o.callers.values.allSatisfy { $0.state == .disconnected } && o.views.values.allSatisfy { $0.contact == nil }
    }

    // MARK: failures

    func fail(_ invariant: Invariant, _ detail: String) {
        // The first break of each invariant per seed is enough to replay it; later ones are echoes.
        guard broken.insert(invariant).inserted else { return }
        violations.append(Violation(invariant: invariant, seed: seed, step: stepIndex, detail: detail, replay: replayText))
    }

    var replayText: String {
        "replay with PROP_SEED=\(seed) swift test --filter RandomWalkTests\n" + log.map { "  \($0)" }.joined(separator: "\n")
    }
}
