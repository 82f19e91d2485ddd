import Foundation
import Synchronization
import Testing
import Telephony

/// The property suite: seeded random walks over the engine, each invariant reported by its own
/// test. The walks run once and every test reads the shared report.
///
/// Environment: PROP_SEED=n replays one seed and prints its steps and final state (add
/// PROP_NO_DRAIN=1 to stop at the last step, PROP_EVENTS=1 to list engine events under each
/// step); PROP_SEEDS and PROP_STEPS change the size of the run; PROP_STATS=1 prints what the
/// walks made the engine do.
@Suite("Random walks over the engine")
struct RandomWalkTests {
    @Test("A refused command changes nothing anyone can see and emits no event")
    func refusedCommandChangesNothing() { expectNone(.refusedCommandChangesNothing) }

    @Test("refusal(cmd) is nil exactly when perform(cmd) carries the command out, with the same reason")
    func refusalPredictsPerform() { expectNone(.refusalPredictsPerform) }

    @Test("An agent's command changes no other call's contacts or transcripts")
    func commandsActOnlyOnTheActorsCall() { expectNone(.commandsActOnlyOnTheActorsCall) }

    @Test("One voice contact per agent: no contact held by two agents, held agents are on that call (§6 rule 7)")
    func agentIsOnAtMostOneContact() { expectNone(.agentIsOnAtMostOneContact) }

    @Test("Offers go only to Available agents with no next status, on no other contact and not in ACW (§6 rules 5, 7, 8)")
    func offersGoOnlyToIdleAvailableAgents() { expectNone(.offersGoOnlyToIdleAvailableAgents) }

    @Test("An agent that is offered a contact, in ACW or idle hears no one and is heard by no one")
    func agentsOffACallHearNoOne() { expectNone(.agentsOffACallHearNoOne) }

    @Test("Two unmuted parties hear each other or neither does (§6 rules 13-19)")
    func hearingIsSymmetric() { expectNone(.hearingIsSymmetric) }

    @Test("A muted agent is heard by no one")
    func mutedAgentIsHeardByNoOne() { expectNone(.mutedAgentIsHeardByNoOne) }

    @Test("A party on hold hears no one (§1.5 hold semantics, §6 rule 19)")
    func heldPartyHearsNoOne() { expectNone(.heldPartyHearsNoOne) }

    @Test("Records link into chains by Initial/Previous/NextContactId; transfers have a previous (§2.5, §6 rule 21)")
    func recordsLinkIntoChains() { expectNone(.recordsLinkIntoChains) }

    @Test("A completed record never changes afterwards (§6 rule 22)")
    func completedRecordsAreFinal() { expectNone(.completedRecordsAreFinal) }

    @Test("Once everyone hung up and cleared, every contact has a completed record (§2.5, §6 rule 22)")
    func everyEndedContactHasACompletedRecord() { expectNone(.everyEndedContactHasACompletedRecord) }

    @Test("The walks ran: every seed, every step, and the engine did things")
    func walksRan() {
        let report = WalkReport.shared
        #expect(report.seeds == WalkPlan.current.seeds.count)
        #expect(report.steps == WalkPlan.current.seeds.count * WalkPlan.current.steps)
        #expect(report.contacts > report.seeds, "the walks should put contacts through the engine")
        // The walks must reach the interesting states, not just refuse commands on idle agents.
        for needed in ["quick_connect", "call.joined", "contact.connected", "agent.left", "contact.cleared", "party.state"] {
            #expect(report.coverage[needed, default: 0] > 0, "no walk produced \(needed)")
        }
        if ProcessInfo.processInfo.environment["PROP_STATS"] != nil {
            print(report.coverage.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n"))
        }
    }

    private func expectNone(_ invariant: Invariant) {
        let found = WalkReport.shared.violations.filter { $0.invariant == invariant }
        // A handful of replays is enough to debug; the count says how widespread it is.
        for v in found.prefix(3) { Issue.record(Comment(rawValue: "\(found.count) seed(s) break it. \(v.text)")) }
    }
}

/// How many seeds and steps.
struct WalkPlan: Sendable {
    var seeds: [UInt64]
    var steps: Int
    /// PROP_NO_DRAIN=1 stops at the last step, to look at the state a failure left.
    var noDrain = false

    static let current: WalkPlan = {
        let env = ProcessInfo.processInfo.environment
        let steps = env["PROP_STEPS"].flatMap(Int.init) ?? 300
        if let one = env["PROP_SEED"].flatMap(UInt64.init) {
            return WalkPlan(seeds: [one], steps: steps, noDrain: env["PROP_NO_DRAIN"] != nil)
        }
        // 48 seeds keep `swift test` quick in a debug build (about 20 s of CPU); PROP_SEEDS=200
        // is the deeper run to do before merging engine changes.
        let count = env["PROP_SEEDS"].flatMap(UInt64.init) ?? 48
        return WalkPlan(seeds: Array(0..<count), steps: steps)
    }()

    /// Each seed picks a world and whether bots keep running, so every combination gets a share.
    static func world(for seed: UInt64) -> (WalkWorld, driveEveryone: Bool) {
        let worlds: [WalkWorld] = [.builtIn, .crowded(multiParty: false), .crowded(multiParty: true)]
        return (worlds[Int(seed % 3)], (seed / 3) % 2 == 1)
    }
}

struct WalkReport: Sendable {
    var seeds = 0
    var steps = 0
    var contacts = 0
    var coverage: [String: Int] = [:]
    var violations: [Violation] = []

    static let shared: WalkReport = run(WalkPlan.current)

    static func run(_ plan: WalkPlan) -> WalkReport {
        TrapReporter.install()
        let report = Mutex(WalkReport())
        let verbose = plan.seeds.count == 1
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for (i, seed) in plan.seeds.enumerated() where i % workers == worker {
                let (world, drive) = WalkPlan.world(for: seed)
                do {
                    let walk = try Walk(seed: seed, world: world, driveEveryone: drive)
                    TrapReporter.running(walk, worker: worker)
                    walk.run(steps: plan.steps, drainAtEnd: !plan.noDrain)
                    TrapReporter.running(nil, worker: worker)
                    if verbose { print(walk.replayText + "\n" + walk.stateDump) }
                    let contacts = walk.engine.allRecords.count
                    report.withLock {
                        $0.seeds += 1
                        $0.steps += plan.steps
                        $0.contacts += contacts
                        $0.violations += walk.violations
                        $0.coverage.merge(walk.coverage, uniquingKeysWith: +)
                    }
                } catch {
                    report.withLock {
                        $0.violations.append(Violation(invariant: .everyEndedContactHasACompletedRecord, seed: seed, step: 0,
                                                       detail: "the world did not build: \(error)", replay: ""))
                    }
                }
            }
        }
        return report.withLock { r in
            r.violations.sort { ($0.seed, $0.step) < ($1.seed, $1.step) }
            return r
        }
    }
}

/// A Swift runtime trap inside the engine kills the test process; before it goes, this prints
/// the seed and steps of every walk in flight so the crash can be replayed.
enum TrapReporter {
    nonisolated(unsafe) private static var inFlight: [Walk?] = Array(repeating: nil, count: 8)
    private static let installed = Mutex(false)

    static func running(_ walk: Walk?, worker: Int) { inFlight[worker] = walk }

    static func install() {
        let first = installed.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        for sig in [SIGILL, SIGTRAP] {
            signal(sig) { sig in
                // Not async-signal-safe, but the process is dying anyway and the replay is worth it.
                for walk in TrapReporter.inFlight.compactMap({ $0 }) {
                    let text = "\nTRAP while walking:\n\(walk.replayText)\n"
                    _ = text.withCString { write(2, $0, strlen($0)) }
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }
}
