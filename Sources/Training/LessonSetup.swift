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
            guard let bundled = BuiltInLessons.scenario(name) else {
                throw ProblemsError([Problem(file: lesson.source, line: lesson.scenarioLine, location: "scenario",
                                             message: "no built-in scenario named \(name)",
                                             fix: "built-in scenarios: \(BuiltInLessons.scenarios.keys.sorted().joined(separator: ", "))")])
            }
            return try ScenarioLoader.load(yaml: bundled.yaml, source: "built-in:\(name)",
                                           baseDirectory: BuiltInLessons.bundleFolder, embeddedFiles: bundled.files)
        }
    }

    /// The lesson's scenario with its `bots:` applied; an agent the scenario lacks is a problem at its line.
    public static func engine(for lesson: Lesson) throws(ProblemsError) -> Engine {
        let (engine, problems) = checked(lesson)
        guard let engine, !problems.contains(where: \.isError) else { throw ProblemsError(problems) }
        return engine
    }

    /// The one validation of a lesson against its scenario, used by `termccp check`, `termccp learn`
    /// and every other loader (LessonLoader): the engine the lesson runs on (nil when its scenario
    /// cannot be built) and every problem found, each at its line. A problem of one kind never hides
    /// another: a bot the scenario lacks leaves that bot's behaviour as the scenario has it and the
    /// rest is still checked; a scenario that does not load still lets the checks that need no
    /// scenario run (LessonCheck).
    public static func checked(_ lesson: Lesson) -> (engine: Engine?, problems: [Problem]) {
        var loaded: LoadedScenario
        do {
            loaded = try scenario(for: lesson)
        } catch {
            return (nil, error.problems + LessonCheck.problems(lesson, engine: nil))
        }
        var problems: [Problem] = []
        for bot in lesson.bots {
            let name = bot.agent.lowercased()
            guard let i = loaded.config.agents.firstIndex(where: {
                [$0.username, $0.firstName, "\($0.firstName) \($0.lastName)"].contains { $0.lowercased() == name }
            }) else {
                problems.append(Problem(file: lesson.source, line: bot.line, location: "bots.\(bot.agent)",
                                        message: "no agent named \"\(ScriptLimits.short(bot.agent))\" in the scenario",
                                        fix: "agents: \(loaded.config.agents.map(\.username).joined(separator: ", "))"))
                continue
            }
            var behaviour = loaded.config.agents[i].bot ?? BotBehaviour()
            behaviour.offer = bot.offer
            if let greeting = bot.greeting { behaviour.greeting = greeting }
            loaded.config.agents[i].bot = behaviour
        }
        let engine: Engine
        do {
            engine = try EngineBuilder.build(loaded)
        } catch {
            return (nil, problems + error.problems + LessonCheck.problems(lesson, engine: nil))
        }
        problems += LessonCheck.problems(lesson, engine: engine)
        if engine.agentUsernames.isEmpty {
            problems.append(Problem(file: lesson.source, line: lesson.scenarioLine, location: "scenario", message: "the lesson's scenario has no agents",
                                    fix: "name a scenario with at least one agent"))
        }
        return (engine, problems)
    }

    /// A ready run, or every problem (the lesson's against its scenario, or the scenario's own).
    public static func start(_ lesson: Lesson) throws(ProblemsError) -> LessonRun {
        try start(CheckedLesson(lesson: lesson, engine: engine(for: lesson)))
    }

    /// A ready run on the engine the lesson's validation built (no second build of its scenario).
    public static func start(_ checked: CheckedLesson) throws(ProblemsError) -> LessonRun {
        let (lesson, engine) = (checked.lesson, checked.engine)
        guard let agent = lesson.agent.flatMap(engine.resolveAgent) ?? engine.agentUsernames.first else {
            throw ProblemsError([Problem(file: lesson.source, line: lesson.scenarioLine, location: "scenario", message: "the lesson's scenario has no agents",
                                         fix: "name a scenario with at least one agent")])
        }
        engine.perform(.takeControl(agent: agent))
        let run = LessonRun(lesson: lesson, engine: engine, agent: agent)
        if let supervisor = lesson.supervisor.flatMap(engine.resolveAgent) {
            engine.perform(.takeControl(agent: supervisor))
            run.supervisor = supervisor
        }
        return run
    }
}
