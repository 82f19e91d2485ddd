import Flows
import Scenario
import Yams

/// Which YAML input a text is, decided by the documented top-level keys of each format
/// (docs/lesson-format.md, docs/scenario-format.md): a lesson has only lesson keys, a scenario only
/// scenario sections. A file with keys of both, or keys of neither, is said to be so plainly instead of
/// being read as one kind and reported key by key as bad input of it.
public enum YAMLKind: Equatable, Sendable {
    case lesson
    case scenario
    /// Keys of both formats, in file order.
    case ambiguous(lessonKeys: [String], scenarioKeys: [String])
    /// Top-level keys of neither format, in file order; empty when the text has no top-level keys
    /// (empty, a list, a single value), which the scenario reader reports as it is.
    case neither(keys: [String])

    /// The kind of `yaml`. Text that is not YAML is judged by its lines that start with `KEY:`, so that a
    /// broken lesson is still reported as a lesson.
    public static func of(yaml: String) -> YAMLKind {
        let keys: [String]
        if let root = try? Yams.compose(yaml: yaml) {
            keys = root.mapping?.keys.compactMap(\.string) ?? []
        } else {
            keys = yaml.split(whereSeparator: \.isNewline).compactMap { line in
                guard let colon = line.firstIndex(of: ":"), line.first?.isLetter == true else { return nil }
                return String(line[..<colon])
            }
        }
        let lesson = keys.filter(LessonLoader.topKeys.contains)
        let scenario = keys.filter(ScenarioLoader.sectionNames.contains)
        switch (lesson.isEmpty, scenario.isEmpty) {
        case (false, true): return .lesson
        case (true, false): return .scenario
        case (false, false): return .ambiguous(lessonKeys: lesson, scenarioKeys: scenario)
        case (true, true): return .neither(keys: keys)
        }
    }

    /// What `check` says of a YAML file with nothing in it (empty, or only comments): it cannot tell which kind
    /// the file was meant to be, so it names what each starts with. Nil when the text holds a document.
    /// (`learn` and `run` know the kind they expect and say "the lesson is empty" / "the scenario is empty".)
    public static func emptyProblem(file: String, yaml: String) -> Problem? {
        let document: Node?
        // Broken YAML is not empty: the readers report where it breaks.
        do { document = try Yams.compose(yaml: yaml) } catch { return nil }
        guard document == nil else { return nil }
        return Problem(file: file, line: 1, message: "the file is empty",
                       fix: "a lesson starts with `title:`, `story:` and `goals:` (docs/lesson-format.md), a scenario with "
                           + "`queues:`, `routingProfiles:` and `agents:` (docs/scenario-format.md)")
    }

    /// What `check`, `learn` and `run` say of a file that is neither kind, or both; nil for a lesson, a
    /// scenario, or a text with no top-level keys. With the file's text, it is placed at the line of the
    /// first key at fault (the fewer kind's, or the first of neither).
    public func problem(file: String, yaml: String? = nil) -> Problem? {
        func line(_ key: String?) -> Int? {
            guard let key, let yaml else { return nil }
            return yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .firstIndex { $0.hasPrefix(key + ":") }.map { $0 + 1 }
        }
        func listed(_ keys: [String]) -> String { keys.map { "`\($0)`" }.joined(separator: ", ") }
        switch self {
        case .lesson, .scenario, .neither(keys: []):
            return nil
        case .ambiguous(let lessonKeys, let scenarioKeys):
            // One side is often a misspelling of the other's key (`agent` for a scenario's `agents`).
            let (few, other, otherKind) = lessonKeys.count <= scenarioKeys.count
                ? (lessonKeys, ScenarioLoader.sectionNames, "scenario") : (scenarioKeys, LessonLoader.topKeys, "lesson")
            let guesses = few.compactMap { key in NameSuggestion.closest(to: key, among: other).map { "`\(key)`: did you mean the \(otherKind)'s `\($0)`?" } }
            return Problem(file: file, line: line(few.first), message: "the file has lesson keys (\(listed(lessonKeys))) and scenario keys (\(listed(scenarioKeys))), "
                               + "so it is neither a lesson nor a scenario",
                           fix: guesses.isEmpty
                               ? "a lesson names its scenario with `scenario: FILE`: keep the scenario's sections in that file"
                               : guesses.joined(separator: "; "))
        case .neither(let keys):
            let guesses = keys.compactMap { key in
                NameSuggestion.closest(to: key, among: LessonLoader.topKeys + ScenarioLoader.sectionNames).map { "`\(key)`: did you mean `\($0)`?" }
            }
            return Problem(file: file, line: line(keys.first), message: "its top-level keys (\(listed(keys))) are neither a lesson's nor a scenario's",
                           fix: (guesses.isEmpty ? "" : guesses.joined(separator: "; ") + "; ")
                               + "a lesson has `title:`, `story:` and `goals:` (docs/lesson-format.md), a scenario sections such as "
                               + "`agents:`, `queues:` and `calls:` (docs/scenario-format.md)")
        }
    }
}
