import Flows
import Scenario
import Script
import Telephony

/// What `termccp check` and `termccp learn` find wrong in a lesson against its scenario's engine:
/// names the scenario does not know (an agent, a caller state, a status), and goals that can never
/// be met (a banner the CCP never shows, a status no agent can have). Each problem names the lesson
/// file, the line of the value at fault and its key path. Without an engine (the scenario is missing
/// or has problems of its own) the checks that need no scenario still run: banners, caller states,
/// world lines refused whatever the state (`since` the reader refuses, LessonReader.expectation).
public enum LessonCheck {
    /// A goal that asks for a miss (`asksForMiss`) while a forbidden rule counts `contact.missed`: the lesson
    /// would take 20 points for doing as told. A forbidden rule is counted from its `from` goal met until its
    /// `until` goal met, so it is open during goal i when `from` comes before i and `until` after i; `until`
    /// the asking goal itself closes it in time, since the miss meets that goal and forbidden events are
    /// counted after the goals (docs/lesson-format.md, How a lesson runs).
    static func askedMissForbidden(_ lesson: Lesson) -> [Problem] {
        let index = { (id: String?) in id.flatMap { id in lesson.goals.firstIndex { $0.id == id } } }
        var out: [Problem] = []
        for (i, goal) in lesson.goals.enumerated() where goal.asksForMiss {
            for (r, f) in lesson.forbidden.enumerated() {
                guard case .event(.missed) = f.condition else { continue }
                let opens = index(f.from).map { $0 < i } ?? true
                let stillOpen = index(f.until).map { $0 > i } ?? true
                guard opens, stillOpen else { continue }
                out.append(Problem(file: lesson.source, line: f.conditionLine, location: "\(f.path).on",
                                   message: "forbidden rule \(r + 1) counts the miss that goal \(i + 1) asks for (`asksForMiss: true`)",
                                   fix: "close the rule when that goal is met with `until: \(goal.id)`, or open it then with `from: \(goal.id)`",
                                   severity: .warning))
            }
        }
        return out
    }

    public static func problems(_ lesson: Lesson, engine: Engine?) -> [Problem] {
        var problems: [Problem] = []
        func add(_ line: Int, _ path: String, _ message: String, _ fix: String? = nil) {
            problems.append(Problem(file: lesson.source, line: line, location: path, message: message, fix: fix))
        }
        let agents = engine?.agentUsernames.joined(separator: ", ") ?? ""
        if let engine, let name = lesson.agent, engine.resolveAgent(name) == nil {
            add(lesson.agentLine, "agent", "no agent named \"\(ScriptLimits.short(name))\" in the scenario", "agents: \(agents)")
        }
        if let engine, let name = lesson.supervisor {
            if let u = engine.resolveAgent(name) {
                if u == lesson.agent.flatMap(engine.resolveAgent) ?? engine.agentUsernames.first {
                    add(lesson.supervisorLine, "supervisor", "the supervisor is the trainee's own agent",
                        "name another agent of the scenario as the supervisor")
                }
            } else {
                add(lesson.supervisorLine, "supervisor", "no agent named \"\(ScriptLimits.short(name))\" in the scenario",
                    "agents: \(agents)")
            }
        }
        func expectation(_ e: Expectation, _ line: Int, _ path: String, goal: Bool) {
            if let engine, let name = ScriptNames.unknownAgent(in: .expect(e), engine: engine) {
                add(line, path, "no agent named \"\(ScriptLimits.short(name))\"", "agents: \(agents)")
                return
            }
            let consequence = goal ? "this goal can never be met" : "this never happens"
            for finding in ExpectationReach.findings(e, engine: engine, consequence: consequence) {
                add(line, path, finding.message, finding.fix)
            }
        }
        for step in lesson.world {
            if case .when(let e, _) = step.trigger { expectation(e, step.triggerLine, "\(step.path).when", goal: false) }
            for line in step.lines {
                if let engine, let name = ScriptNames.unknownAgent(in: line.statement, engine: engine) {
                    add(line.number, "\(step.path).do", "no agent named \"\(ScriptLimits.short(name))\"", "agents: \(agents)")
                }
                // As `termccp check` says of a script line: refused whatever the state, it would do nothing.
                if let (_, reason) = ScriptCheck.formRefusal(line.statement) {
                    add(line.number, "\(step.path).do", "this line would be refused when it runs: \(reason)", "fix the line")
                }
            }
        }
        for goal in lesson.goals {
            for (e, line) in zip(goal.checks, goal.checkLines) { expectation(e, line, "\(goal.path).check", goal: true) }
        }
        for f in lesson.forbidden {
            if case .check(let e, _) = f.condition { expectation(e, f.conditionLine, "\(f.path).check", goal: false) }
        }
        problems += askedMissForbidden(lesson)
        return problems
    }
}
