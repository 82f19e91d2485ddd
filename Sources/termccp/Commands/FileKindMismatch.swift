import Flows
import Scenario
import Training

/// A lesson given where a scenario is expected, or a scenario given to `learn`: said in one line with the
/// command that takes the file, instead of every key reported as unknown to the other kind.
enum FileKindMismatch {
    /// `path` (a scenario argument) holds a lesson.
    static func lessonAsScenario(_ path: String) -> Problem? {
        guard case .success(let text) = TextFile.read(path), LessonLoader.isLesson(yaml: text) else { return nil }
        return Problem(file: path, message: "this is a lesson, not a scenario", fix: "run it with termccp learn \(path)")
    }

    /// `path` (a lesson argument) holds a scenario.
    static func scenarioAsLesson(_ path: String) -> Problem? {
        guard case .success(let text) = TextFile.read(path), !LessonLoader.isLesson(yaml: text),
              ScenarioLoader.isScenario(yaml: text) else { return nil }
        return Problem(file: path, message: "this is a scenario, not a lesson",
                       fix: "run it with termccp run \(path); a lesson has title:, story: and goals: (docs/lesson-format.md)")
    }
}
