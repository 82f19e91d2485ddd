import ArgumentParser
import Foundation
import Flows
import Reports
import Scenario
import Script
import Telephony

struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Run command-language scripts headless on virtual time and check their expectations.",
        discussion: "Exit status: 0 when every expectation holds, 1 naming the first failing line (every one with --keep-going), 2 on bad input.")

    @Argument(help: "Script files (one command a line).", completion: .file(extensions: ["ccp"]))
    var files: [String]

    @Option(help: "Scenario YAML file (default: the built-in scenario).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @Option(help: "Agent the scripts act as until an `as` line (default: the scenario's first agent).")
    var agent: String?

    @Option(help: "Write every engine event as JSON Lines to this file (replaced only when the scripts ran to their end).", completion: .file())
    var events: String?

    @Option(help: "Write the contact records as JSON, in Amazon Connect's field names, to this file (one script only).", completion: .file())
    var records: String?

    @Option(help: "Write a Mermaid sequence diagram of the run (callers, flows, agents, external parties) to this file (one script only).", completion: .file(extensions: ["mmd"]))
    var diagram: String?

    @Flag(help: "Print each flow action as it runs: flow, action, type, branch taken, attributes set.")
    var trace = false

    @Flag(help: "After the scripts, report per flow which actions and branches ran and which never did.")
    var coverage = false

    @Flag(help: "Run every line of each script and report every failing expectation, not just the first.")
    var keepGoing = false

    @Option(help: "Write a JUnit XML report to this file: one testcase per script, the failing line, time in seconds, the output.", completion: .file())
    var junit: String?

    @Option(name: [.customShort("j"), .customLong("jobs")],
            help: ArgumentHelp("Run up to N script files at once (1 to \(Jobs.maximum)); each file's output stays together and in file order.", valueName: "N"))
    var jobs: Int = 1

    @Option(help: ArgumentHelp("Run only the K-th of N slices of the files (1 ≤ K ≤ N; dealt by path, the same on every machine), for CI matrices.", valueName: "K/N"),
            transform: Shard.parse)
    var shard: Shard?

    func validate() throws {
        if records != nil && files.count > 1 { throw ValidationError("--records takes one script file; run the scripts one at a time") }
        if diagram != nil && files.count > 1 { throw ValidationError("--diagram takes one script file; run the scripts one at a time") }
        try Jobs.check(jobs)
        let outputs = [("--events", events), ("--records", records), ("--junit", junit), ("--diagram", diagram)].compactMap { flag, path in path.map { (flag, $0) } }
        for (i, a) in outputs.enumerated() {
            for b in outputs[(i + 1)...] where OutputFile.sameFile(a.1, b.1) {
                throw ValidationError("\(a.0) and \(b.0) name the same file (\(b.1)); give each its own")
            }
            for input in files + [scenario].compactMap({ $0 }) where OutputFile.sameFile(a.1, input) {
                throw ValidationError("\(a.0) \(a.1) is an input of this run; give the output another name")
            }
        }
    }

    /// Opens the output files before anything runs, so that a path that cannot take its output is refused first.
    private func openOutputs() throws -> (events: OutputFile?, records: OutputFile?, junit: OutputFile?, diagram: OutputFile?) {
        PartialFiles.install()
        do {
            return (try events.map { try OutputFile(flag: "--events", path: $0) },
                    try records.map { try OutputFile(flag: "--records", path: $0) },
                    try junit.map { try OutputFile(flag: "--junit", path: $0) },
                    try diagram.map { try OutputFile(flag: "--diagram", path: $0) })
        } catch {
            Console.error("termccp: \(error); nothing was run.")
            throw ExitCode(Exit.badInput)
        }
    }

    /// Puts every output in place, or none when one cannot be written.
    private func commit(_ outputs: [OutputFile]) throws {
        do {
            for file in outputs { try file.commit() }
        } catch {
            for file in outputs { file.discard() }
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
    }

    func run() throws {
        let (eventsFile, recordsFile, junitFile, diagramFile) = try openOutputs()
        let loaded: LoadedScenario
        do { loaded = try ScenarioChoice.load(scenario) } catch { ScenarioChoice.report(error) }
        let selected = shard.map { $0.select(files) } ?? files
        var parsed: [(String, [ScriptLine])] = []
        var bad = false
        for file in selected {
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

        let options = ScriptFileRun.Options(agent: agent, events: events != nil, tagEvents: selected.count > 1, trace: trace,
                                            coverage: coverage, records: records != nil, diagram: diagram != nil, keepGoing: keepGoing)
        let scripts = parsed
        var worst: Int32 = 0
        var passedExpectations = 0
        var flowCoverage: FlowCoverage?
        var recorded: ScriptFileRun.Records?
        var drawn: String?
        var cases: [JUnitReport.Case] = []
        OrderedParallel.run(count: scripts.count, jobs: jobs, work: { i in
            ScriptFileRun.run(file: scripts[i].0, lines: scripts[i].1, scenario: loaded, options: options)
        }, emit: { run in
            for segment in run.output {
                switch segment {
                case .out(let text): print(text)
                case .error(let text): Console.error(text)
                }
            }
            for line in run.events { eventsFile?.write(line) }
            if coverage, let library = run.library {
                if flowCoverage == nil { flowCoverage = FlowCoverage(library: library) }
                for t in run.traces { flowCoverage?.record(t) }
            }
            recorded = run.records ?? recorded
            drawn = run.diagram ?? drawn
            cases.append(run.junitCase)
            switch run.outcome {
            case .passed(let n): passedExpectations += n
            case .failed: worst = max(worst, Exit.failed)
            case .badInput, .scenario: worst = Exit.badInput
            }
            if case .scenario(let error) = run.outcome {
                ScenarioChoice.report(error)
            }
        })
        if worst == Exit.badInput {
            for file in [eventsFile, recordsFile, junitFile, diagramFile] { file?.discard() }
            throw ExitCode(Exit.badInput)
        }
        junitFile?.write(Data(JUnitReport(suiteName: "termccp script", cases: cases).xml.utf8))
        if let recorded { recordsFile?.write(recorded.json) }
        if let drawn { diagramFile?.write(Data(drawn.utf8)) }
        try commit([eventsFile, recordsFile, junitFile, diagramFile].compactMap { $0 })
        if let records, let recorded {
            if recorded.openContacts > 0 {
                // Amazon Connect writes a record once its contact is completed (docs §6 rule 22).
                Console.error("note: \(recorded.openContacts) contact(s) were still open at the end; like Amazon Connect, only completed contacts have records in \(records)")
            }
        }
        if let flowCoverage { CoverageReport.print(flowCoverage) }
        if worst != 0 { throw ExitCode(worst) }
        if scripts.count > 1 { print("\(scripts.count) scripts passed, \(passedExpectations) expectations") }
    }
}
