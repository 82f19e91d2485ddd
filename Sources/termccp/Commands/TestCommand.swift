import ArgumentParser
import ConnectTests
import Foundation
import Flows
import Reports
import Scenario
import Telephony
import OutputFiles

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run Amazon Connect test cases (the Testing language) on virtual time against a scenario's flows.",
        discussion: """
            Each test case runs on a fresh engine: the simulated customer calls the entry point's number (or the \
            scenario's first claimed number), and each observation is reported with what was expected, what \
            happened and pass or fail.
            Exit status: 0 when every test case passes, 1 when one fails, 2 on bad input: a bad scenario or output path runs \
            and writes nothing; a bad test-case file is an <error> in the JUnit report while the others run.
            """)

    @Argument(help: "Test-case files: the bare Testing-language JSON, or the Create/DescribeTestCase API JSON.",
              completion: .file(extensions: ["json"]))
    var files: [String]

    @Option(help: ArgumentHelp("Scenario YAML file whose flows, queues, hours, Lambdas and Lex bots the test cases run against (default: the built-in scenario).", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @OptionGroup var suite: SuiteOptions

    @Option(help: ArgumentHelp("Write every engine event as JSON Lines to this file.", valueName: "file"), completion: .file())
    var events: String?

    @Flag(help: "Print each flow action as it runs: flow, action, type, branch taken, attributes set.")
    var trace = false

    @Option(help: ArgumentHelp("Write the results as JSON shaped like the API's execution summary and execution records.", valueName: "file"), completion: .file())
    var results: String?

    func run() throws {
        PartialFiles.install()
        let outputs: [OutputFile]
        let (eventsFile, junitFile, resultsFile): (OutputFile?, OutputFile?, OutputFile?)
        do {
            // Here, not in validate(), so a refused path is worded as every output path is.
            try SuiteOptions.checkOutputs([("--events", events), ("--junit", suite.junit), ("--results", results)],
                                          inputs: files + [scenario].compactMap { $0 })
            eventsFile = try events.map { try OutputFile(flag: "--events", path: $0) }
            junitFile = try suite.junit.map { try OutputFile(flag: "--junit", path: $0) }
            resultsFile = try results.map { try OutputFile(flag: "--results", path: $0) }
            outputs = [eventsFile, junitFile, resultsFile].compactMap { $0 }
        } catch {
            Console.error("termccp: \(error); nothing was run.")
            throw ExitCode(Exit.badInput)
        }
        let loaded: LoadedScenario
        do { loaded = try ScenarioChoice.load(scenario) } catch { ScenarioChoice.report(error) }
        // Flows are compiled once; every test case gets a fresh engine over them.
        let library: FlowLibrary
        do { library = try EngineBuilder.make(loaded).library } catch { ScenarioChoice.report(error) }
        // The test's caller is the only one: calls the scenario places by itself are left out.
        var config = loaded.config
        config.scheduledCalls = []
        let resources = ScenarioResources(scenario: scenario ?? "built-in", config: config)

        let selected = suite.select(files)
        var entries: [TestCaseRun.Entry] = []
        for file in selected {
            var mine: [Problem]
            if let mismatch = FileKindMismatch.problem(file, expected: .testCase) {
                entries.append(.refused(RefusedFile.junitCase(file: file, className: "termccp.test", problems: [mismatch])))
                continue
            }
            do {
                let testCase = try TestCaseLoader.load(file: file, resources: resources)
                switch TestEntry.resolve(testCase, config: config) {
                case .success(let entry):
                    entries.append(.ready(TestCaseRun.Prepared(file: file, testCase: testCase, entry: entry)))
                    continue
                case .failure(let problem):
                    mine = [Problem(file: file, location: problem.path.map { "$.\($0)" }, message: problem.message, fix: problem.fix)]
                }
            } catch {
                mine = error.problems
            }
            entries.append(.refused(RefusedFile.junitCase(file: file, className: "termccp.test", problems: mine)))
        }
        let ready = entries.filter { if case .ready = $0 { return true } else { return false } }.count

        let options = TestCaseRun.Options(events: events != nil, tagEvents: ready > 1, trace: trace)
        let items = entries
        let runConfig = config
        let progress = ProgressLine(total: items.count)
        var done = 0, failed = 0, refused = 0, observations = 0
        var junitCases: [JUnitReport.Case] = []
        var executions: [ExecutionJSON.Execution] = []
        OrderedParallel.run(count: items.count, jobs: suite.jobs, work: { i in
            items[i].run(config: runConfig, library: library, options: options)
        }, emit: { item in
            progress.clear()
            done += 1
            switch item {
            case .refused(let junitCase):
                // Its problems, in its turn among the others (README: files are reported in the order given).
                Console.error(junitCase.output)
                junitCases.append(junitCase)
                refused += 1
            case .ran(let run):
                for line in run.output { print(line) }
                for line in run.events { eventsFile?.write(line) }
                junitCases.append(run.junitCase)
                executions.append(run.execution)
                observations += run.result.total
                if run.result.status != .passed { failed += 1 }
            }
            progress.show(done: done, failed: failed + refused)
        })
        progress.clear()
        junitFile?.write(Data(JUnitReport(suiteName: "termccp test", cases: junitCases).xml.utf8))
        if refused > 0 {
            // Only the report: it says which files could not run; the other outputs would be a partial suite.
            for file in [eventsFile, resultsFile] { file?.discard() }
            try OutputFile.commitAll([junitFile].compactMap { $0 })
            if items.count > 1 { Console.error(RefusedFile.summary(refused: refused, of: items.count)) }
            throw ExitCode(Exit.badInput)
        }
        resultsFile?.write(ExecutionJSON(executions).data)
        try OutputFile.commitAll(outputs)
        if items.count > 1 {
            print(failed == 0 ? "\(items.count) test cases passed, \(observations) observations"
                              : "\(failed) of \(items.count) test cases failed")
        }
        if failed > 0 { throw ExitCode(Exit.failed) }
    }
}
