import ArgumentParser
import Foundation
import Flows
import Scenario
import Script
import Telephony

struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Run command-language scripts headless on virtual time and check their expectations.",
        discussion: "Exit status: 0 when every expectation holds, 1 naming the first failing line (every one with --keep-going), 2 on bad input.")

    @Argument(help: "Script files (one command a line).")
    var files: [String]

    @Option(help: "Scenario YAML file (default: the built-in scenario).")
    var scenario: String?

    @Option(help: "Agent the scripts act as until an `as` line (default: the scenario's first agent).")
    var agent: String?

    @Option(help: "Write every engine event as JSON Lines to this file.")
    var events: String?

    @Option(help: "Write the contact records as JSON, in Amazon Connect's field names, to this file (one script only).")
    var records: String?

    @Flag(help: "Print each flow action as it runs: flow, action, type, branch taken, attributes set.")
    var trace = false

    @Flag(help: "After the scripts, report per flow which actions and branches ran and which never did.")
    var coverage = false

    @Flag(help: "Run every line of each script and report every failing expectation, not just the first.")
    var keepGoing = false

    func validate() throws {
        if records != nil && files.count > 1 { throw ValidationError("--records takes one script file; run the scripts one at a time") }
    }

    func run() throws {
        let loaded: LoadedScenario
        do { loaded = try ScenarioChoice.load(scenario) } catch { ScenarioChoice.report(error) }
        var parsed: [(String, [ScriptLine])] = []
        var bad = false
        for file in files {
            let text: String
            switch TextFile.read(file) {
            case .success(let read): text = read
            case .failure(let failure):
                Console.error(failure.problem(file: file).description)
                bad = true
                continue
            }
            let (lines, errors) = ScriptParser.parse(text)
            let problems = errors.map { Problem(file: file, line: $0.line, column: $0.column, message: $0.message) }
            for line in ProblemLimit.lines(problems) { Console.error(line) }
            bad = bad || !errors.isEmpty
            parsed.append((file, lines))
        }
        if bad { throw ExitCode(Exit.badInput) }

        let eventsFile = try events.map(AtomicFile.init(path:))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var worst: Int32 = 0
        var passedExpectations = 0
        var lastEngine: Engine?
        var flowCoverage: FlowCoverage?
        for (file, lines) in parsed {
            let engine: Engine
            do {
                let made = try EngineBuilder.make(loaded)
                engine = made.engine
                if coverage && flowCoverage == nil { flowCoverage = FlowCoverage(library: made.library) }
            } catch {
                eventsFile?.discard()
                ScenarioChoice.report(error)
            }
            lastEngine = engine
            if let eventsFile {
                engine.onEvent = { event in
                    var e = event
                    if files.count > 1 { e.fields["script"] = file }
                    if let line = try? encoder.encode(e) { eventsFile.write(line + Data("\n".utf8)) }
                }
            }
            let showTrace = trace
            engine.onTrace = { t in
                flowCoverage?.record(t)
                if showTrace {
                    print("[\(TimeText.clock(engine.now))] \(t.flow) › \(t.action) (\(t.type)) → \(t.branch ?? "waits")\(t.note.map { " — \($0)" } ?? "")")
                }
            }
            let runner = ScriptRunner(engine: engine, agent: agent)
            switch runner.run(lines, keepGoing: keepGoing) {
            case .passed(let n):
                passedExpectations += n
                print(ScriptSummary.passed(file: file, expectations: n, at: engine.now))
            case .failed(let failures):
                for f in failures { print("\(file):\(f.line): \(f.text)\n  \(f.message)") }
                if keepGoing { print("\(file): \(failures.count) failing line\(failures.count == 1 ? "" : "s")") }
                worst = max(worst, Exit.failed)
            case .badInput(let line, let message):
                Console.error("\(file):\(line): \(message)")
                worst = Exit.badInput
            }
        }
        if worst == Exit.badInput {
            eventsFile?.discard()
            throw ExitCode(Exit.badInput)
        }
        try eventsFile?.commit()
        if let records, let engine = lastEngine {
            let file = try AtomicFile(path: records)
            let pretty = JSONEncoder()
            pretty.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            file.write(try pretty.encode(engine.completedRecords))
            try file.commit()
            if engine.openContactCount > 0 {
                // Amazon Connect writes a record once its contact is completed (docs §6 rule 22).
                Console.error("note: \(engine.openContactCount) contact(s) were still open at the end; like Amazon Connect, only completed contacts have records in \(records)")
            }
        }
        if let flowCoverage { CoverageReport.print(flowCoverage) }
        if worst != 0 { throw ExitCode(worst) }
        if files.count > 1 { print("\(files.count) scripts passed, \(passedExpectations) expectations") }
    }
}
