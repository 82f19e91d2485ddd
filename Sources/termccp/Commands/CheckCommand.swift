import ArgumentParser
import CCP
import ConnectTests
import Foundation
import Flows
import Scenario
import Script
import Telephony
import Training

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario and lesson (.yaml), flow (.json), test-case (.json) and script (.ccp) files; print every problem.",
        discussion: """
            A .json file is a test case (Amazon Connect's Testing language) when its top-level object has \
            Observations, a TestCase object, or a Content string holding Observations; otherwise it is a flow. \
            A .json file with a roles object is a CCP theme. \
            A .yaml file is a lesson when its top level has goals: or story:; otherwise it is a scenario. \
            A folder is checked file by file: every .yaml, .yml, .json and .ccp file directly inside it.
            Exit status: 0 when there is no error (warnings are printed), 2 otherwise.
            """)

    @Argument(help: "Files (or folders of them) to check.", completion: .file(extensions: ["yaml", "yml", "json", "ccp"]))
    var files: [String]

    @Option(help: ArgumentHelp("Scenario that scripts (default: the built-in scenario) and test cases (default: none) are checked against.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    func run() throws {
        var problems: [Problem] = []
        var checked = 0
        for path in files {
            let (inside, problem) = CheckedKinds.expand(path)
            if let problem { problems.append(problem) }
            for file in inside { problems += check(file) }
            checked += max(inside.count, problem == nil ? 0 : 1)
        }
        for line in ProblemLimit.lines(problems) { print(line) }
        let errors = problems.filter(\.isError).count
        let warnings = problems.count - errors
        print("\(checked) file\(checked == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode(Exit.badInput) }
    }

    private func check(_ file: String) -> [Problem] {
        // A file termccp wrote (a diagram, a recording, a report) is named as such, whatever its extension.
        if case .output(let kind)? = FileKind.of(file) {
            return [Problem(file: file, message: "this is \(kind.name), a file termccp writes, not one check reads",
                            fix: kind.madeBy(file))]
        }
        let lower = file.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            if case .success(let text) = TextFile.read(file) {
                if let empty = YAMLKind.emptyProblem(file: file, yaml: text) { return [empty] }
                let kind = YAMLKind.of(yaml: text)
                if kind == .lesson { return LessonLoader.problems(file: file) }
                if let problem = kind.problem(file: file, yaml: text) { return [problem] }
            }
            return ScenarioLoader.problems(file: file)
        }
        if lower.hasSuffix(".json") {
            if case .success(let bytes) = TestCaseLoader.readRegularFile(file) {
                if TestCaseLoader.isTestCase(bytes) {
                    let (resources, scenarioProblems) = testCaseResources()
                    return scenarioProblems + TestCaseLoader.decode(bytes, file: file, resources: resources).problems
                }
                if CheckedKinds.isTheme(bytes) { return CheckedKinds.themeProblems(bytes, file: file) }
            }
            do {
                let flow = try FlowLoader.load(file: file)
                var problems = FlowValidator.validate(flow, as: flow.type)
                if flow.type == nil {
                    problems.append(Problem(file: file, message: "the export does not say its flow type, so the per-type rules were not checked",
                                            fix: "check it through a scenario that names it with `type:`", severity: .warning))
                }
                return problems
            } catch {
                return error.problems
            }
        }
        if lower.hasSuffix(".ccp") {
            if let mismatch = FileKindMismatch.problem(file, expected: .script) { return [mismatch] }
            return checkScript(file)
        }
        return [CheckedKinds.unknown(file)]
    }

    /// The `--scenario` resources test cases' overrides and observations must name; without `--scenario`
    /// there is nothing to look them up in, and a scenario that does not load gives its problems instead.
    private func testCaseResources() -> (ScenarioResources?, [Problem]) {
        guard let scenario else { return (nil, []) }
        do {
            let config = try ScenarioChoice.load(scenario).config
            return (ScenarioResources(scenario: scenario, config: config), [])
        } catch {
            return (nil, problemsOfScenario(error))
        }
    }

    /// A `--scenario` that does not load: every problem `check SCENARIO` gives for it, its flows' too, so
    /// the scenario's own problems do not hide its flows' (ScenarioLoader.problems). A file of another kind,
    /// or a scenario that loads but whose flows stop it, keeps the problems it was refused with.
    private func problemsOfScenario(_ error: ProblemsError) -> [Problem] {
        guard let scenario, FileKindMismatch.problem(scenario, expected: .scenario) == nil,
              (try? ScenarioLoader.load(file: scenario)) == nil else { return error.problems }
        return ScenarioLoader.problems(file: scenario)
    }

    private func checkScript(_ file: String) -> [Problem] {
        let text: String
        switch TextFile.read(file) {
        case .success(let read): text = read
        case .failure(let failure): return [failure.problem(file: file)]
        }
        do {
            return ScriptCheck.problems(in: text, file: file, engine: try EngineBuilder.build(try ScenarioChoice.load(scenario)))
        } catch {
            return ScriptCheck.problems(in: text, file: file, engine: nil) + problemsOfScenario(error)
        }
    }
}
