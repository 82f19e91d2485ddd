import ArgumentParser
import ConnectTests
import Foundation
import Flows
import Reports
import Scenario
import Telephony

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run Amazon Connect test cases (the Testing language) on virtual time against a scenario's flows.",
        discussion: """
            Each test case runs on a fresh engine: the simulated customer calls the entry point's number (or the \
            scenario's first claimed number), and each observation is reported with what was expected, what \
            happened and pass or fail.
            Exit status: 0 when every test case passes, 1 when one fails, 2 on bad input (nothing is run or written).
            """)

    @Argument(help: "Test-case files: the bare Testing-language JSON, or the Create/DescribeTestCase API JSON.",
              completion: .file(extensions: ["json"]))
    var files: [String]

    @Option(help: "Scenario YAML file whose flows, queues, hours, Lambdas and Lex bots the test cases run against (default: the built-in scenario).",
            completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @Option(help: "Write a JUnit XML report to this file: one testcase per test case, the failing observation, time in seconds, the output.", completion: .file())
    var junit: String?

    @Option(name: [.customShort("j"), .customLong("jobs")],
            help: ArgumentHelp("Run up to N test cases at once (1 to \(Jobs.maximum)); each one's output stays together and in file order.", valueName: "N"))
    var jobs: Int = 1

    @Option(help: ArgumentHelp("Run only the K-th of N slices of the files (1 ≤ K ≤ N; dealt by path, the same on every machine), for CI matrices.", valueName: "K/N"),
            transform: Shard.parse)
    var shard: Shard?

    @Option(help: "Write every engine event as JSON Lines to this file.", completion: .file())
    var events: String?

    @Flag(help: "Print each flow action as it runs: flow, action, type, branch taken, attributes set.")
    var trace = false

    @Option(help: "Write the results as JSON shaped like the API's execution summary and execution records.", completion: .file())
    var results: String?

    func validate() throws {
        try Jobs.check(jobs)
        let outputs = [("--events", events), ("--junit", junit), ("--results", results)].compactMap { flag, path in path.map { (flag, $0) } }
        for (i, a) in outputs.enumerated() {
            for b in outputs[(i + 1)...] where OutputFile.sameFile(a.1, b.1) {
                throw ValidationError("\(a.0) and \(b.0) name the same file (\(b.1)); give each its own")
            }
            for input in files + [scenario].compactMap({ $0 }) where OutputFile.sameFile(a.1, input) {
                throw ValidationError("\(a.0) \(a.1) is an input of this run; give the output another name")
            }
        }
    }

    func run() throws {
        PartialFiles.install()
        let outputs: [OutputFile]
        let (eventsFile, junitFile, resultsFile): (OutputFile?, OutputFile?, OutputFile?)
        do {
            eventsFile = try events.map { try OutputFile(flag: "--events", path: $0) }
            junitFile = try junit.map { try OutputFile(flag: "--junit", path: $0) }
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

        let selected = shard.map { $0.select(files) } ?? files
        var prepared: [TestCaseRun.Prepared] = []
        var problems: [Problem] = []
        for file in selected {
            do {
                let testCase = try TestCaseLoader.load(file: file, resources: resources)
                switch TestEntry.resolve(testCase, config: config) {
                case .success(let entry): prepared.append(TestCaseRun.Prepared(file: file, testCase: testCase, entry: entry))
                case .failure(let problem):
                    problems.append(Problem(file: file, location: problem.path.map { "$.\($0)" }, message: problem.message, fix: problem.fix))
                }
            } catch {
                problems += error.problems
            }
        }
        for line in ProblemLimit.lines(problems) { Console.error(line) }
        if problems.contains(where: \.isError) {
            for file in outputs { file.discard() }
            Console.error("termccp: \(problems.filter(\.isError).count) problem(s); nothing was run.")
            throw ExitCode(Exit.badInput)
        }

        let options = TestCaseRun.Options(events: events != nil, tagEvents: prepared.count > 1, trace: trace)
        let cases = prepared
        let runConfig = config
        let progress = ProgressLine(total: cases.count)
        var done = 0, failed = 0, observations = 0
        var junitCases: [JUnitReport.Case] = []
        var executions: [ExecutionJSON.Execution] = []
        OrderedParallel.run(count: cases.count, jobs: jobs, work: { i in
            TestCaseRun.run(cases[i], config: runConfig, library: library, options: options)
        }, emit: { run in
            progress.clear()
            for line in run.output { print(line) }
            for line in run.events { eventsFile?.write(line) }
            junitCases.append(run.junitCase)
            executions.append(run.execution)
            done += 1
            observations += run.result.total
            if run.result.status != .passed { failed += 1 }
            progress.show(done: done, failed: failed)
        })
        progress.clear()
        junitFile?.write(Data(JUnitReport(suiteName: "termccp test", cases: junitCases).xml.utf8))
        resultsFile?.write(ExecutionJSON(executions).data)
        do {
            for file in outputs { try file.commit() }
        } catch {
            for file in outputs { file.discard() }
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
        if cases.count > 1 {
            print(failed == 0 ? "\(cases.count) test cases passed, \(observations) observations"
                              : "\(failed) of \(cases.count) test cases failed")
        }
        if failed > 0 { throw ExitCode(Exit.failed) }
    }
}
