import ArgumentParser
import Flows
import Foundation
import OutputFiles
import Telephony

/// termccp-bench: contacts through inbound → queue → agent → queue transfer → ACW on virtual
/// time, with bot agents; prints throughput and peak memory, the flow interpreter's share, and the
/// time to load and validate a 250-action flow.
///
///   termccp-bench [--calls N] [--agents N] [--arrivals MIN-MAX] [--seed N]
///                 [--runtime interpreter|scripted|both] [--repeat N] [--load-runs N] [--records FILE]
///   termccp-bench --queued 4000,8000,16000,32000
///
/// Calls arrive every MIN to MAX ms of virtual time (default 200-600, about 2.5 a second, which
/// 50 agents absorb with short queues; faster arrivals build a backlog that grows all run long).
struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "termccp-bench")

    // Unconditional, so that a negative number (`--calls -1`, `--arrivals -5-10`) reaches validate() and is told
    // the allowed range, not "missing value".
    @Option(parsing: .unconditional, help: "Calls to place (1 to 10000000).") var calls = 10_000
    @Option(parsing: .unconditional, help: "Bot agents, half intake and half specialists (2 to 100000).") var agents = 50
    @Option(parsing: .unconditional, help: "Seed of the arrival times (0 to \(Int.max)).") var seed = 42
    @Option(help: "interpreter, scripted (hand-written flows) or both.") var runtime = "both"
    @Option(name: .customLong("repeat"), parsing: .unconditional, help: "Runs of each runtime; the best is reported (1 to 100).") var repeats = 1
    @Option(parsing: .unconditional, help: "Milliseconds between arrivals, MIN-MAX, each from 1 to 3600000.") var arrivals = "200-600"
    @Option(parsing: .unconditional, help: "Passes of the 250-action flow load benchmark; 0 skips it (0 to 100000).") var loadRuns = 200
    @Option(help: "Write every contact record of the first run to this file as JSON Lines, each as its contact completes.")
    var records: String?
    @Option(parsing: .unconditional, help: "Instead of the contact run: queue scaling at these numbers of waiting callers (each 1 to 1000000), e.g. 4000,8000,16000,32000.")
    var queued: String?

    var queuedSizes: [Int] { (queued ?? "").split(separator: ",").compactMap { Int($0) } }

    var arrivalRange: ClosedRange<Millis> {
        let parts = arrivals.split(separator: "-", omittingEmptySubsequences: false).compactMap { Millis($0) }
        return parts[0]...parts[1]
    }

    func validate() throws {
        // Every part must be a number (empty ones kept), so that "-5-10" is refused, not read as 5-10.
        let parts = arrivals.split(separator: "-", omittingEmptySubsequences: false).compactMap { Millis($0) }
        let pieces = arrivals.split(separator: "-", omittingEmptySubsequences: false).count
        // Upper bounds keep sums of arrival times and table sizes far from overflow and memory limits.
        guard pieces == 2, parts.count == 2, parts[0] > 0, parts[0] <= parts[1], parts[1] <= 3_600_000 else {
            throw ValidationError("--arrivals takes MIN-MAX in ms from 1 to 3600000, like 200-600; found \(arrivals.prefix(40))")
        }
        guard ["interpreter", "scripted", "both"].contains(runtime) else { throw ValidationError("--runtime is interpreter, scripted or both") }
        for (flag, value, range) in [("--calls", calls, 1...10_000_000), ("--agents", agents, 2...100_000),
                                     ("--repeat", repeats, 1...100), ("--load-runs", loadRuns, 0...100_000),
                                     ("--seed", seed, 0...Int.max)]
        where !range.contains(value) {
            throw ValidationError("\(flag) must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
        }
        if let queued {
            let sizes = queued.split(separator: ",")
            guard !sizes.isEmpty, sizes.allSatisfy({ Int($0).map { (1...1_000_000).contains($0) } ?? false }) else {
                throw ValidationError("--queued takes numbers of callers from 1 to 1000000, like 4000,8000,16000,32000")
            }
        }
    }
}

/// The process's peak resident set (VmHWM), in MB.
func peakMemoryMB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return nil }
    return kb / 1024
}

func run(_ options: Options, runtime: String, stream: RecordStream?) -> RunResult {
    // Both teams hold a call for about eight seconds (intake: whispers, the transfer flow and the
    // specialist's answer; specialists: whispers and the conversation), so they split evenly.
    let intake = options.agents / 2
    let config = BenchInstance.config(intakeAgents: intake, specialists: options.agents - intake)
    let flows: any FlowRuntime
    if runtime == "interpreter" {
        do { flows = try BenchInstance.interpreter() } catch {
            FileHandle.standardError.write(Data("the bench inbound flow did not load: \(error)\n".utf8))
            exit(2)
        }
    } else {
        flows = ScriptedFlows()
    }
    let engine = Engine(config: config, flows: flows)
    let driver = Driver(engine: engine, calls: options.calls, arrivals: options.arrivalRange, seed: UInt64(options.seed), stream: stream)
    do { return try driver.run() } catch {
        stream?.discard()
        FileHandle.standardError.write(Data("termccp-bench: \(error)\n".utf8))
        exit(2)
    }
}

func report(_ r: RunResult, runtime: String) {
    let perSecond = Double(r.calls) / r.wallSeconds
    print("""
        [\(runtime)]
          contacts completed     \(r.callsEnded) of \(r.calls) calls (\(r.transfersFailed) transfers failed, \(r.refusals) refused commands)
          contact records        \(r.completedRecords) completed of \(r.records) (\(r.openContacts) open)
          virtual time covered   \(r.virtualTime / 1000) s (\(String(format: "%.2f", Double(r.virtualTime) / 3_600_000)) h)
          wall time              \(String(format: "%.3f", r.wallSeconds)) s (CPU \(String(format: "%.3f", r.cpuSeconds)) s)
          contacts per second    \(String(format: "%.0f", perSecond))
          records after the run  \(r.recordsBuiltAfter) built in \(String(format: "%.3f", r.recordCPUSeconds)) s CPU
        """)
}

/// Parsed by hand, as termccp does, so that a bad option exits with 2 (bad input), not swift-argument-parser's 64.
func parseOptions() -> Options {
    do { return try Options.parse() } catch {
        let code = Options.exitCode(for: error)
        let message = Options.fullMessage(for: error)
        if code == .success {
            print(message)
            exit(0)
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(code == .validationFailure ? 2 : code.rawValue)
    }
}

let options = parseOptions()
if options.queued != nil {
    do { try QueueScaling.report(options.queuedSizes) } catch {
        FileHandle.standardError.write(Data("the bench inbound flow did not load: \(error)\n".utf8))
        exit(2)
    }
    exit(0)
}
// The records path is checked before anything is printed; a signal that ends the run removes the partial file.
PartialFiles.install()
var stream: RecordStream?
if let path = options.records {
    do { stream = try RecordStream(path: path) } catch {
        FileHandle.standardError.write(Data("termccp-bench: \(error)\n".utf8))
        exit(2)
    }
}
let runtimes = options.runtime == "both" ? ["interpreter", "scripted"] : [options.runtime]
print("termccp-bench: \(options.calls) calls every \(options.arrivalRange.lowerBound)-\(options.arrivalRange.upperBound) ms, \(options.agents) bot agents, seed \(options.seed)")
var best: [String: RunResult] = [:]
var peakDuringFirst: Double?
var peakAfterFirst: Double?
for round in 0..<options.repeats {
    // Alternate which runtime goes first so that neither always inherits the other's heap.
    let order = round % 2 == 0 ? runtimes : runtimes.reversed()
    for runtime in order {
        let r = run(options, runtime: runtime, stream: round == 0 && runtime == order[0] ? stream : nil)
        if best[runtime].map({ r.wallSeconds < $0.wallSeconds }) ?? true { best[runtime] = r }
        // Later runs reuse freed memory, so the first run's peak is the one that means something.
        if round == 0, runtime == order[0] {
            peakDuringFirst = r.peakDuringRunMB
            peakAfterFirst = peakMemoryMB()
        }
    }
}
for runtime in runtimes { if let r = best[runtime] { report(r, runtime: runtime) } }
if let during = peakDuringFirst, let after = peakAfterFirst {
    print(String(format: "peak RSS               %.1f MB during the first run (%@); %.1f MB after it",
                 during, runtimes[0], after))
}
if let stream, let path = options.records { print("records written        \(stream.written) to \(path), as JSON Lines") }
if let i = best["interpreter"], let s = best["scripted"] {
    let wall = (i.wallSeconds / s.wallSeconds - 1) * 100
    let cpu = (i.cpuSeconds / s.cpuSeconds - 1) * 100
    print(String(format: "flow interpreter cost  %+.1f%% wall time, %+.1f%% CPU time over hand-written flows (best of %d)",
                 wall, cpu, options.repeats))
}
if options.loadRuns > 0 {
    let load = FlowLoadBench.run(runs: options.loadRuns)
    print(String(format: "flow load+check+compile %.2f ms median, %.2f ms worst over %d runs (250 actions, %d bytes, %d errors)",
                 load.median, load.worst, options.loadRuns, load.bytes, load.problems))
}
if best.values.contains(where: { $0.callsEnded != $0.calls || $0.openContacts != 0 }) {
    print("warning: not every call ended and cleared; the figures cover a stuck run")
    exit(1)
}
