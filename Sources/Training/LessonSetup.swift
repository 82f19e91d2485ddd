import Flows
import Foundation
import Scenario
import Telephony

/// Builds the engine a lesson runs on and starts the run: the lesson's scenario, the trainee's agent
/// driven by the person (its simulated behaviour off), the lesson checked against the scenario first.
public enum LessonSetup {
    /// The scenario the lesson names; its problems are thrown as they are (file:line of the scenario).
    public static func scenario(for lesson: Lesson) throws(ProblemsError) -> LoadedScenario {
        switch lesson.scenario {
        case .builtIn: return BuiltInScenario.load()
        case .file(let path): return try ScenarioLoader.load(file: path)
        case .bundled(let name):
            guard let yaml = BuiltInLessons.scenarioYAML(name) else {
                throw ProblemsError([Problem(file: lesson.source, line: 1, location: "scenario",
                                             message: "no built-in scenario named \(name)")])
            }
            return try ScenarioLoader.load(yaml: yaml, source: "built-in:\(name)", baseDirectory: "/")
        }
    }

    /// A ready run, or every problem (the lesson's against its scenario, or the scenario's own).
    public static func start(_ lesson: Lesson) throws(ProblemsError) -> LessonRun {
        let engine = try EngineBuilder.build(try scenario(for: lesson))
        let problems = LessonCheck.problems(lesson, engine: engine)
        guard problems.filter(\.isError).isEmpty else { throw ProblemsError(problems) }
        guard let agent = lesson.agent.flatMap(engine.resolveAgent) ?? engine.agentUsernames.first else {
            throw ProblemsError([Problem(file: lesson.source, line: 1, message: "the lesson's scenario has no agents",
                                         fix: "name a scenario with at least one agent")])
        }
        engine.perform(.takeControl(agent: agent))
        return LessonRun(lesson: lesson, engine: engine, agent: agent)
    }
}
