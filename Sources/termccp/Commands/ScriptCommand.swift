import ArgumentParser
import Foundation
import Flows
import Reports
import Scenario
import Script
import Telephony
import OutputFiles

struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Run command-language scripts headless on virtual time and check their expectations.",
        discussion: "Exit status: 0 when every expectation holds, 1 naming the first failing line (every one with --keep-going), 2 on bad input.")

    @Argument(help: "Script files (one command a line).", completion: .file(extensions: ["ccp"]))
    var files: [String]

    @Option(help: ArgumentHelp("Scenario YAML file (default: the built-in scenario).", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @Option(help: ArgumentHelp("Agent the scripts act as until an `as` line (default: the scenario's first agent).", valueName: "name"))
    var agent: String?

    @Option(help: ArgumentHelp("Write every engine event as JSON Lines to this file (replaced only when the scripts ran to their end).", valueName: "file"), completion: .file())
    var events: String?

    @Option(help: ArgumentHelp("Write the contact records as JSON, in Amazon Connect's field names, to this file (one script only).", valueName: "file"), completion: .file())
    var records: String?

    @Option(help: ArgumentHelp("Write a sequence diagram of the run (callers, flows, agents, external parties) to this file (one script only): Mermaid for .mmd, SVG for .svg.", valueName: "file"), completion: .file(extensions: ["mmd", "svg"]))
    var diagram: String?

    @Flag(help: "Print each flow action as it runs: flow, action, type, branch taken, attributes set.")
    var trace = false

    @Flag(help: "After the scripts, report per flow which actions and branches ran and which never did.")
    var coverage = false

    @Flag(help: "Run every line of each script and report every failing expectation, not just the first.")
    var keepGoing = false

    @OptionGroup var suite: SuiteOptions

    func validate() throws {
        if records != nil && files.count > 1 { throw ValidationError("--records takes one script file; run the scripts one at a time") }
        if diagram != nil && files.count > 1 { throw ValidationError("--diagram takes one script file; run the scripts one at a time") }
    }

    /// Checks and opens the output files before anything runs, so that a path that cannot take its output is
    /// refused first, every one in the same words (OutputFileError; validate() would word it ArgumentParser's way).
    private func openOutputs() throws -> (events: OutputFile?, records: OutputFile?, junit: OutputFile?, diagram: OutputFile?) {
        PartialFiles.install()
        do {
            if let diagram { _ = try DiagramFormat(path: diagram) }
            try SuiteOptions.checkOutputs([("--events", events), ("--records", records), ("--junit", suite.junit), ("--diagram", diagram)],
                                          inputs: files + [scenario].compactMap { $0 })
            return (try events.map { try OutputFile(flag: "--events", path: $0) },
                    try records.map { try OutputFile(flag: "--records", path: $0) },
                    try suite.junit.map { try OutputFile(flag: "--junit", path: $0) },
                    try diagram.map { try OutputFile(flag: "--diagram", path: $0) })
        } catch {
            Console.error("termccp: \(error); nothing was run.")
            throw ExitCode(Exit.badInput)
        }
    }

    func run() throws {
        let (eventsFile, recordsFile, junitFile, diagramFile) = try openOutputs()
        let loaded: LoadedScenario
        do { loaded = try ScenarioChoice.load(scenario) } catch { ScenarioChoice.report(error) }
        let selected = suite.select(files)
        // A file that cannot be read or parsed is not run; the others are, and the JUnit report names it. Its
        // messages are printed in its turn among the others (README: files are reported in the order given).
        var parsed: [(file: String, lines: [ScriptLine], refused: [Problem])] = []
        for file in selected {
            if let mismatch = FileKindMismatch.problem(file, expected: .script) {
                parsed.append((file, [], [mismatch]))
                continue
            }
            let text: String
            switch TextFile.read(file) {
            case .success(let read): text = read
            case .failure(let failure):
                parsed.append((file, [], [failure.problem(file: file)]))
                continue
            }
            let (lines, errors) = ScriptParser.parse(text)
            let problems = errors.map { Problem(file: file, line: $0.line, column: $0.column, message: $0.message) }
            parsed.append((file, lines, problems))
        }

        let options = ScriptFileRun.Options(agent: agent, events: events != nil, tagEvents: selected.count > 1, trace: trace,
                                            coverage: coverage, records: records != nil, diagram: try diagram.map(DiagramFormat.init(path:)), keepGoing: keepGoing)
        let scripts = parsed
        var worst: Int32 = 0
        var passedExpectations = 0
        var flowCoverage: FlowCoverage?
        var recorded: ScriptFileRun.Records?
        var drawn: String?
        var cases: [JUnitReport.Case] = []
        var refused = 0
        OrderedParallel.run(count: scripts.count, jobs: suite.jobs, work: { i in
            let script = scripts[i]
            return script.refused.isEmpty ? ScriptFileRun.run(file: script.file, lines: script.lines, scenario: loaded, options: options)
                                          : ScriptFileRun.refused(file: script.file, problems: script.refused)
        }, emit: { run in
            if case .badInput = run.outcome { refused += 1 }
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
        junitFile?.write(Data(JUnitReport(suiteName: "termccp script", cases: cases).xml.utf8))
        if worst == Exit.badInput {
            // Only the report: it says which files could not run; the other outputs would be a partial suite.
            for file in [eventsFile, recordsFile, diagramFile] { file?.discard() }
            try OutputFile.commitAll([junitFile].compactMap { $0 })
            if scripts.count > 1 { Console.error(RefusedFile.summary(refused: refused, of: scripts.count)) }
            throw ExitCode(Exit.badInput)
        }
        if let recorded { recordsFile?.write(recorded.json) }
        if let drawn { diagramFile?.write(Data(drawn.utf8)) }
        try OutputFile.commitAll([eventsFile, recordsFile, junitFile, diagramFile].compactMap { $0 })
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
