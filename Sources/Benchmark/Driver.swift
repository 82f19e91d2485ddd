import Foundation
import Telephony

/// The benchmark's own generator (xorshift64*): arrivals are seeded so every run is the same work.
struct ArrivalRandom {
    private var state: UInt64
    init(seed: UInt64) { state = (seed &+ 1) &* 0x2545_F491_4F6C_DD1D }
    mutating func next(in range: ClosedRange<Millis>) -> Millis {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        let x = state &* 0x2545_F491_4F6C_DD1D
        return range.lowerBound + Millis(x % UInt64(range.upperBound - range.lowerBound + 1))
    }
}

struct RunResult {
    var calls = 0
    var callsEnded = 0
    var completedRecords = 0
    var records = 0
    var openContacts = 0
    var transfersFailed = 0
    var refusals = 0
    var virtualTime: Millis = 0
    var wallSeconds = 0.0
    /// CPU time of the process during the run: steadier than wall time on a shared machine.
    var cpuSeconds = 0.0
    /// Records built after the run for the report, and the CPU time that took, in s.
    var recordsBuiltAfter = 0
    var recordCPUSeconds = 0.0
    /// The process's peak resident memory when the last call has ended, before the records are
    /// built for the report.
    var peakDuringRunMB: Double?
}

func processCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Plays the intake agents: once an intake agent is connected it quick-connects the specialist
/// queue, and leaves when the specialist is connected. Everything else is bots and timers, driven
/// from one event time to the next.
final class Driver {
    let engine: Engine
    private let calls: Int
    private let arrivals: ClosedRange<Millis>
    private var random: ArrivalRandom
    private let inbox: Inbox
    /// The lists `act` works through while events fill the inbox's lists afresh, swapped with them so
    /// that neither is made anew.
    private var transferring: [String] = []
    private var leaving: [String] = []
    private var ending: [String] = []
    private var result = RunResult()

    /// Records stream out as contacts complete (to `stream` when given) and are not kept, nor are
    /// ended calls beyond the latest few, nor old transcript lines: the run's memory stays flat
    /// however many calls it places, and every record is still built.
    init(engine: Engine, calls: Int, arrivals: ClosedRange<Millis>, seed: UInt64, stream: RecordStream? = nil) {
        self.engine = engine
        self.calls = calls
        self.arrivals = arrivals
        self.random = ArrivalRandom(seed: seed)
        let inbox = Inbox(stream: stream)
        self.inbox = inbox
        engine.retention = Retention(records: 0, endedCalls: 50, transcriptLines: 200)
        engine.onRecord = { record in inbox.take(record) }
        engine.eventNames = [.connected, .quickConnect, .transferFailed, .callEnded]
        engine.onEvent = { event in inbox.observe(event) }
    }

    /// The run's figures; throws when the records could not be written.
    func run() throws -> RunResult {
        let clock = ContinuousClock()
        let started = clock.now
        let cpuStarted = processCPUSeconds()
        serveAllCalls()
        result.wallSeconds = seconds(clock.now - started)
        result.cpuSeconds = processCPUSeconds() - cpuStarted
        result.virtualTime = engine.now
        result.peakDuringRunMB = peakMemoryMB()
        // Records of contacts still open are built now; the others were built as they completed.
        let recordsStarted = processCPUSeconds()
        let open = engine.allRecords
        result.recordCPUSeconds = processCPUSeconds() - recordsStarted
        result.recordsBuiltAfter = open.count
        result.callsEnded = inbox.callsEnded
        result.transfersFailed = inbox.transfersFailed
        result.completedRecords = inbox.completedRecords
        result.records = inbox.completedRecords + open.count
        result.openContacts = engine.openContactCount
        try inbox.stream?.finish()
        return result
    }

    /// The timed part: places every call and runs the engine until all have ended. Not private and never
    /// inlined (link-time optimization would fold it into `run`), so that its symbol stays for
    /// scripts/interpreter-cost.sh, which counts instructions inside it.
    @inline(never)
    func serveAllCalls() {
        var nextArrival: Millis = 0
        // Queue and hold music loop for as long as someone waits; the cap only stops a stuck run.
        var idleLimit: Millis = .max
        while true {
            let timer = engine.nextEventTime
            if result.calls < calls, timer.map({ nextArrival <= $0 }) ?? true {
                engine.advance(to: nextArrival)
                if engine.perform(.call(from: "+1555\(String(1_000_000 + result.calls))", to: BenchInstance.claimedNumber)) != nil {
                    result.refusals += 1
                }
                result.calls += 1
                nextArrival += random.next(in: arrivals)
            } else if let timer, timer <= idleLimit {
                engine.advance(to: timer)
            } else {
                break
            }
            act()
            if result.calls == calls, inbox.callsEnded == calls, idleLimit == .max { idleLimit = engine.now + 600_000 }
        }
    }

    private func act() {
        while !inbox.toTransfer.isEmpty || !inbox.toLeave.isEmpty || !inbox.toEnd.isEmpty {
            swap(&inbox.toTransfer, &transferring)
            swap(&inbox.toLeave, &leaving)
            swap(&inbox.toEnd, &ending)
            // The connected event stands for the Connected banner; building the whole CCP view here
            // would measure the view builder, and a refusal is counted if the two ever disagree.
            for agent in transferring where engine.perform(.quickConnect(BenchInstance.quickConnect), as: agent) != nil {
                result.refusals += 1
            }
            for agent in leaving where engine.perform(.leave, as: agent) != nil { result.refusals += 1 }
            for agent in ending where engine.perform(.endCall, as: agent) != nil { result.refusals += 1 }
            transferring.removeAll(keepingCapacity: true)
            leaving.removeAll(keepingCapacity: true)
            ending.removeAll(keepingCapacity: true)
        }
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// What the engine tells the driver, apart from the driver so that the engine's callbacks can hold it
/// strongly: a callback holding the driver `unowned` checked and counted it at every event and record
/// (issue 9: two atomic reference-count operations each), and holding the driver strongly would make a
/// cycle (driver, engine, callback). Events tell the driver whom to act for; acting happens between
/// `advance` calls, never inside the engine's callback.
private final class Inbox {
    /// Transfer contacts and the intake agents waiting for them to connect: a few at a time, so
    /// searched in turn rather than hashed (the driver's work counts in the contact loop's figures).
    var waitingAgents: [(contact: ContactID, agent: String)] = []
    var toTransfer: [String] = []
    var toLeave: [String] = []
    var toEnd: [String] = []
    var callsEnded = 0
    var transfersFailed = 0
    var completedRecords = 0
    let stream: RecordStream?

    init(stream: RecordStream?) { self.stream = stream }

    func take(_ record: ContactRecord) {
        completedRecords += 1
        // A write error is kept by the output file and reported when the run ends (finish).
        stream?.write(record)
    }

    func observe(_ event: EngineEvent) {
        switch event.kind {
        case .connected(let contact, let agent?):
            if Self.isIntake(agent.username) {
                toTransfer.append(agent.username)
            } else if let source = takeWaitingAgent(for: contact) {
                toLeave.append(source)
            }
        case .quickConnect(let contact, let agent, _, _):
            if let i = waitingAgents.firstIndex(where: { $0.contact == contact }) {
                waitingAgents[i].agent = agent.username
            } else {
                waitingAgents.append((contact, agent.username))
            }
        case .transferFailed(let contact, _):
            transfersFailed += 1
            if let source = takeWaitingAgent(for: contact) { toEnd.append(source) }
        case .callEnded:
            callsEnded += 1
        default:
            break
        }
    }

    /// Intake agents are named `intake0`, `intake1`, … (`BenchInstance.intakeAgent`).
    /// Compared as bytes in place: `hasPrefix` and `utf8.starts(with:)` cost about 300 instructions a call.
    private static func isIntake(_ username: String) -> Bool {
        var name = username
        return name.withUTF8 { $0.starts(with: intakePrefix) }
    }

    private static let intakePrefix = Array("intake".utf8)

    /// The intake agent waiting for `contact` to connect, no longer waiting.
    private func takeWaitingAgent(for contact: ContactID) -> String? {
        guard let i = waitingAgents.firstIndex(where: { $0.contact == contact }) else { return nil }
        return waitingAgents.remove(at: i).agent
    }
}
