import ConnectTests
import Foundation
import Flows
import Reports
import Script
import Telephony

/// One test case run on its own engine, with everything it prints kept aside so that cases run at once
/// (`-j`) print whole and in order.
struct TestCaseRun: Sendable {
    struct Options: Sendable {
        var events: Bool
        /// Several test cases write one events file: each event says which one it came from.
        var tagEvents: Bool
        var trace: Bool
    }

    /// A decoded test case ready to run: its file, the case and where its call goes.
    struct Prepared: Sendable {
        var file: String
        var testCase: TestCase
        var entry: TestEntry
    }

    /// A file of the suite: a test case to run, or one refused as bad input (its JUnit `<error>` case).
    enum Entry: Sendable {
        case ready(Prepared)
        case refused(JUnitReport.Case)

        func run(config: InstanceConfig, library: FlowLibrary, options: Options) -> Outcome {
            switch self {
            case .ready(let prepared): return .ran(TestCaseRun.run(prepared, config: config, library: library, options: options))
            case .refused(let junitCase): return .refused(junitCase)
            }
        }
    }

    enum Outcome: Sendable {
        case ran(TestCaseRun)
        case refused(JUnitReport.Case)
    }

    var output: [String] = []
    /// JSON Lines, one event each.
    var events: [Data] = []
    var result: TestCaseResult
    var execution: ExecutionJSON.Execution
    var junitCase: JUnitReport.Case

    static func run(_ prepared: Prepared, config: InstanceConfig, library: FlowLibrary, options: Options) -> TestCaseRun {
        let started = ContinuousClock.now
        let file = prepared.file
        let engine = Engine(config: config, flows: library)
        let sink = Sink()
        if options.events {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let tag = options.tagEvents ? ["testCase": file] : [:]
            engine.onEvent = { event in
                if let line = try? encoder.encode(event.line(adding: tag)) { sink.events.append(line + Data("\n".utf8)) }
            }
        }
        if options.trace {
            engine.onTrace = { [unowned engine] t in
                sink.output.append("[\(TimeText.clock(engine.now))] \(t.flow) › \(t.action) (\(t.type)) → \(t.branch ?? "waits")\(t.note.map { " — \($0)" } ?? "")")
            }
        }
        let result = EngineTestRun(testCase: prepared.testCase, engine: engine, library: library, entry: prepared.entry).run()
        var output = sink.output
        output.append(contentsOf: TestReport.lines(file: file, result: result, testCase: prepared.testCase))
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let outcome: JUnitReport.Outcome = result.status == .passed ? .passed
            : .failed(line: result.failureLine, message: "\(file)\(result.failureLine.map { ":\($0)" } ?? ""): \(result.failure ?? "failed")",
                      detail: output.joined(separator: "\n"))
        let name = prepared.testCase.api?.name.map { "\(file) (\($0))" } ?? file
        return TestCaseRun(output: output, events: sink.events, result: result,
                           execution: ExecutionJSON.Execution(file: file, testCase: prepared.testCase, result: result,
                                                              startMillis: config.startEpochSeconds * 1000),
                           junitCase: JUnitReport.Case(name: name, className: "termccp.test", file: file, seconds: seconds,
                                                       outcome: outcome, output: output.joined(separator: "\n")))
    }

    /// Collects what the engine's callbacks report during one synchronous run on one thread.
    private final class Sink {
        var output: [String] = []
        var events: [Data] = []
    }
}

/// What `termccp test` prints for a run: a summary line, then per observation whether it passed, what was
/// expected, what happened and what its actions did; logged values last.
enum TestReport {
    static func lines(file: String, result: TestCaseResult, testCase: TestCase) -> [String] {
        var out: [String] = []
        let summary = "\(result.passed) of \(result.total) observation\(result.total == 1 ? "" : "s") passed, \(TimeText.clock(result.duration)) virtual"
        if result.status == .passed {
            out.append("\(file): PASSED (\(summary))")
        } else {
            out.append("\(file): FAILED (\(summary)): \(result.failure ?? "failed")")
        }
        for r in result.records {
            // A failing observation says where it is written, as a failing script line does (file:line).
            let place = r.status == .passed ? "" : testCase.lines[r.observationId].map { " at \(file):\($0)" } ?? ""
            out.append("  \(r.status == .passed ? "pass" : "FAIL") \(r.observationId) [\(TimeText.clock(r.at))]\(place)")
            out.append("      expected: \(r.expected)")
            out.append("      happened: \(r.happened)")
            for a in r.actions { out.append("      then: \(a)") }
            if let check = r.failedCheck {
                out.append("      failed check: attribute \(check.attribute), operator \(check.comparison), expected \(check.expected.map { "\"\($0)\"" } ?? "a value"), actual \(check.actual.map { "\"\($0)\"" } ?? "no value")")
            }
        }
        for log in result.logs { out.append("  log \(log.observationId): \(log.label) = \"\(log.value)\"") }
        return out
    }
}
