import ConnectTests
import Flows
import Scenario
import Script
import Training

/// The kinds of input file termccp reads, recognised by what a file holds (its extension only breaks the tie
/// for a script, which has no shape of its own), and the files it writes, which are never an input.
enum FileKind: Equatable {
    case script, scenario, lesson, testCase, flow, theme
    case output(OutputKind)

    var name: String {
        switch self {
        case .script: "a script"
        case .scenario: "a scenario"
        case .lesson: "a lesson"
        case .testCase: "an Amazon Connect test case"
        case .flow: "a flow export"
        case .theme: "a CCP theme"
        case .output(let kind): kind.name
        }
    }

    /// What to do with a file of this kind instead.
    func use(_ path: String) -> String {
        switch self {
        case .script: "run it with termccp script \(path)"
        case .scenario: "run it with termccp run \(path)"
        case .lesson: "run it with termccp learn \(path)"
        case .testCase: "run it with termccp test \(path)"
        case .flow: "name it under flows: in a scenario (termccp check \(path) checks it alone)"
        case .theme: "give it with --theme \(path)"
        case .output(let kind): kind.madeBy(path)
        }
    }

    /// The kind `path` holds, or nil when it cannot be read or matches none (then its own loader says why).
    static func of(_ path: String) -> FileKind? {
        guard case .success(let text) = TextFile.read(path) else { return nil }
        if let output = OutputKind.of(text, path: path) { return .output(output) }
        let bytes = Array(text.utf8)
        if let root = try? JSONText.Document(bytes: bytes, depth: 0).root, root.isObject {
            if TestCaseLoader.isTestCase(bytes) { return .testCase }
            if CheckedKinds.isTheme(bytes) { return .theme }
            if ["Actions", "StartAction", "ContactFlow", "ContactFlowModule", "Content", "modules"].contains(where: { root[$0] != nil }) {
                return .flow
            }
            return nil
        }
        switch YAMLKind.of(yaml: text) {
        case .lesson: return .lesson
        case .scenario where ScenarioLoader.isScenario(yaml: text): return .scenario
        case .ambiguous: return nil
        default: break
        }
        if path.lowercased().hasSuffix(".ccp") { return .script }
        let (lines, errors) = ScriptParser.parse(text)
        return errors.isEmpty && !lines.isEmpty ? .script : nil
    }
}

/// A file of one kind given where another is expected (a scenario to `script`, a script to `test`, a lesson
/// as `--scenario`…): said in one line with what takes the file, instead of every line of it reported as
/// bad input of the expected kind.
enum FileKindMismatch {
    /// `path`, given where `expected` is read, holds another kind of file.
    static func problem(_ path: String, expected: FileKind) -> Problem? {
        let found = FileKind.of(path)
        // Keys of a lesson and a scenario both, or top-level keys of neither (and no other kind): neither
        // loader's key-by-key report would say what is wrong.
        if expected == .lesson || expected == .scenario, found == nil, case .success(let text) = TextFile.read(path),
           let problem = YAMLKind.of(yaml: text).problem(file: path, yaml: text) {
            return problem
        }
        guard let found, found != expected else { return nil }
        return Problem(file: path, message: "this is \(found.name), not \(expected.name)",
                       fix: found.use(path))
    }

    /// `path` (a lesson argument) holds another kind of file; a scenario is also told what a lesson holds.
    static func asLesson(_ path: String) -> Problem? {
        guard var problem = problem(path, expected: .lesson) else { return nil }
        if FileKind.of(path) == .scenario { problem.fix = (problem.fix ?? "") + "; a lesson has title:, story: and goals: (docs/lesson-format.md)" }
        return problem
    }

    /// `termccp demo SCENARIO SCRIPT`: both arguments are there, each of the other's kind.
    static func demoSwapped(script: String, scenario: String?) -> Problem? {
        guard let scenario, FileKind.of(script) == .scenario, FileKind.of(scenario) == .script else { return nil }
        return Problem(file: script, message: "this is a scenario and \(scenario) is a script: the two are the wrong way round",
                       fix: "give the script first: termccp demo \(scenario) \(script)")
    }
}
