import ArgumentParser
import Training

/// `termccp learn LESSON --supervisor NAME`: a supervisor panel beside the trainee's CCP for any
/// lesson, as a lesson file's `supervisor:` gives one (docs/lesson-format.md, docs/supervisor.md), so
/// a trainer can watch a trainee's lesson, monitor and barge. The name is checked against the
/// lesson's scenario here, so a wrong one is the option's fault, not the lesson file's.
enum LessonSupervisor {
    /// The lesson with `name` (an agent of its scenario other than the trainee) as its supervisor;
    /// a name the scenario lacks, or the trainee's own, is reported and exits 2. The names are those
    /// of the engine the lesson's validation built.
    static func apply(_ name: String, to checked: CheckedLesson) throws -> Lesson {
        let (lesson, engine) = (checked.lesson, checked.engine)
        guard let username = engine.resolveAgent(name) else {
            Console.error("termccp: --supervisor: no agent named \"\(name)\" in the lesson's scenario; agents: "
                + engine.agentUsernames.joined(separator: ", "))
            throw ExitCode(Exit.badInput)
        }
        let trainee = lesson.agent.flatMap(engine.resolveAgent) ?? engine.agentUsernames.first
        if username == trainee {
            Console.error("termccp: --supervisor: \(username) is the lesson's trainee; name another agent of the scenario "
                + "(agents: \(engine.agentUsernames.filter { $0 != username }.joined(separator: ", ")))")
            throw ExitCode(Exit.badInput)
        }
        var out = lesson
        out.supervisor = username
        return out
    }
}
