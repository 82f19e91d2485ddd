import Foundation
import Flows
import Reports
import Scenario
import Script
import Telephony

/// One script file run on its own engine, with everything it prints kept aside so that files run at once
/// (`-j`) can be printed whole and in order.
struct ScriptFileRun: Sendable {
    struct Options: Sendable {
        var agent: String?
        var events: Bool
        /// Several scripts write one events file: each event says which script it came from.
        var tagEvents: Bool
        var trace: Bool
        var coverage: Bool
        var records: Bool
        /// The format `--diagram` writes, from its file's extension; nil without `--diagram`.
        var diagram: DiagramFormat?
        var keepGoing: Bool
    }

    enum Segment: Sendable {
        case out(String)
        case error(String)
    }

    enum Outcome: Sendable {
        case passed(Int)
        case failed
        case badInput
        /// The scenario could not be built into an engine: nothing can run.
        case scenario(ProblemsError)
    }

    struct Records: Sendable {
        var json: Data
        var openContacts: Int
    }

    var output: [Segment] = []
    /// JSON Lines, one event each.
    var events: [Data] = []
    var traces: [FlowTraceEvent] = []
    var library: FlowLibrary?
    var records: Records?
    /// The sequence diagram of the run (`--diagram`), as Mermaid text or SVG.
    var diagram: String?
    var outcome: Outcome = .badInput
    var junitCase: JUnitReport.Case

    static func run(file: String, lines: [ScriptLine], scenario: LoadedScenario, options: Options) -> ScriptFileRun {
        let started = ContinuousClock.now
        var run = ScriptFileRun(junitCase: JUnitReport.Case(name: file, className: "termccp.script", file: file, seconds: 0, outcome: .passed, output: ""))
        let engine: Engine
        do {
            let made = try EngineBuilder.make(scenario)
            engine = made.engine
            if options.coverage { run.library = made.library }
        } catch {
            run.outcome = .scenario(error)
            return run
        }
        // The engine calls back synchronously on this thread; a box lets the closures add to this run.
        let sink = Sink()
        if options.diagram != nil {
            engine.onEvent = { event in sink.typed.append(event) }
        }
        if options.events {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let tag = options.tagEvents ? ["script": file] : [:]
            let keepTyped = options.diagram != nil
            engine.onEvent = { event in
                if keepTyped { sink.typed.append(event) }
                if let line = try? encoder.encode(event.line(adding: tag)) { sink.events.append(line + Data("\n".utf8)) }
            }
        }
        if options.trace || options.coverage {
            engine.onTrace = { [unowned engine] t in
                if options.coverage { sink.traces.append(t) }
                if options.trace {
                    sink.output.append(.out("[\(TimeText.clock(engine.now))] \(t.flow) › \(t.action) (\(t.type)) → \(t.branch ?? "waits")\(t.note.map { " — \($0)" } ?? "")"))
                }
            }
        }
        let result = ScriptRunner(engine: engine, agent: options.agent).run(lines, keepGoing: options.keepGoing)
        run.output = sink.output
        run.events = sink.events
        run.traces = sink.traces
        if let format = options.diagram { run.diagram = format.draw(sink.typed) }
        let outcome: JUnitReport.Outcome
        switch result {
        case .passed(let n):
            run.outcome = .passed(n)
            run.output.append(.out(ScriptSummary.passed(file: file, expectations: n, at: engine.now)))
            outcome = .passed
        case .failed(let failures):
            run.outcome = .failed
            for f in failures { run.output.append(.out("\(file):\(f.line): \(f.text)\n  \(f.message)")) }
            if options.keepGoing { run.output.append(.out("\(file): \(failures.count) failing line\(failures.count == 1 ? "" : "s")")) }
            let first = failures.first
            outcome = .failed(line: first?.line, message: first.map { "\(file):\($0.line): \($0.message)" } ?? "\(file): failed",
                              detail: failures.map { "\(file):\($0.line): \($0.text)\n\($0.message)" }.joined(separator: "\n"))
        case .badInput(let line, let message):
            run.outcome = .badInput
            run.output.append(.error("\(file):\(line): \(message)"))
            outcome = .error(line: line, message: "\(file):\(line): \(message)", detail: "\(file):\(line): \(message)")
        }
        if options.records {
            let pretty = JSONEncoder()
            pretty.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            run.records = Records(json: (try? pretty.encode(engine.completedRecords)) ?? Data("[]".utf8), openContacts: engine.openContactCount)
        }
        let elapsed = ContinuousClock.now - started
        run.junitCase.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        run.junitCase.outcome = outcome
        run.junitCase.output = run.output.map {
            switch $0 {
            case .out(let text), .error(let text): return text
            }
        }.joined(separator: "\n")
        return run
    }

    /// A file that could not be read or parsed: not run, an `<error>` in the JUnit report.
    static func refused(file: String, problems: [Problem]) -> ScriptFileRun {
        ScriptFileRun(output: ProblemLimit.lines(problems).map(Segment.error), outcome: .badInput,
                      junitCase: RefusedFile.junitCase(file: file, className: "termccp.script", problems: problems))
    }

    /// Collects what the engine's callbacks report during one synchronous run on one thread.
    private final class Sink {
        var output: [Segment] = []
        var events: [Data] = []
        var traces: [FlowTraceEvent] = []
        var typed: [EngineEvent] = []
    }
}
