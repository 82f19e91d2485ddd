import ArgumentParser
import CCP
import Flows
import Foundation
import Telephony
import Terminal
import Training

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Play a guided lesson: a story, goals checked live, hints, and a score at the end.",
        discussion: """
            Without a lesson a menu lists the built-in ones. LESSON is a built-in lesson's name or a lesson file \
            (docs/lesson-format.md). The result is printed when the CCP closes; --report writes it as JSON or, \
            for a name ending in .csv, CSV (one row for the lesson, one per goal).
            Exit status: 0 when the lesson ran (whatever its score), 2 on bad input.
            """)

    @Argument(help: "A built-in lesson's name or a lesson file (.yaml).", completion: .file(extensions: ["yaml", "yml"]))
    var lesson: String?

    @Option(help: "Write the result to this file: JSON, or CSV when it ends in .csv.", completion: .file(extensions: ["json", "csv"]))
    var report: String?

    @Flag(help: "List the built-in lessons and exit.")
    var list = false

    @OptionGroup var screen: ScreenOptions

    func run() throws {
        if list {
            for (i, entry) in BuiltInLessons.all().enumerated() { print("\(i + 1). \(entry.name): \(entry.lesson.title)") }
            return
        }
        let chosen = try lesson ?? menu()
        let loaded: Lesson
        do {
            if let builtIn = try BuiltInLessons.load(chosen) {
                loaded = builtIn
            } else {
                loaded = try LessonLoader.load(file: chosen)
            }
        } catch {
            // A scenario given as a lesson: one line saying so, not every key reported as unknown to lessons.
            ScenarioChoice.report(FileKindMismatch.asLesson(chosen).map { ProblemsError([$0]) } ?? error)
        }
        if let report { try checkReportPath(report) }
        let run: LessonRun
        do { run = try LessonSetup.start(loaded) } catch { ScenarioChoice.report(error) }
        let style = try screen.resolvedTheme()
        let session = LessonSession(run: run)
        let status = TerminalApp.run(session: session, agents: [run.agent], showCustomer: false, supervisor: run.supervisor,
                                     theme: style, speed: screen.speed)
        run.stop()
        // A CCP that could not start (status 2) or was ended by a signal ran no lesson to the
        // trainee's end: a score for it would be made up, so nothing is printed or written.
        guard status == 0 else { throw ExitCode(status) }
        let result = LessonReport(run)
        print(result.text())
        if let report { try write(result, to: report) }
    }

    /// The built-in lessons as a numbered list; reads the choice from standard input.
    private func menu() throws -> String {
        let lessons = BuiltInLessons.all()
        print("Lessons (termccp learn NAME runs one directly; termccp learn FILE.yaml runs your own):")
        for (i, entry) in lessons.enumerated() { print("  \(i + 1). \(entry.lesson.title)  [\(entry.name)]") }
        print("Choose 1-\(lessons.count) (or q to quit): ", terminator: "")
        while let answer = readLine()?.trimmingCharacters(in: .whitespaces) {
            if answer.lowercased() == "q" || answer.isEmpty { throw ExitCode.success }
            if let n = Int(answer), lessons.indices.contains(n - 1) { return lessons[n - 1].name }
            if lessons.contains(where: { $0.name == answer }) { return answer }
            print("No lesson \(answer); choose 1-\(lessons.count) (or q to quit): ", terminator: "")
        }
        throw ExitCode.success
    }

    /// The report path is checked before the lesson starts, so a wrong one costs no lesson.
    private func checkReportPath(_ path: String) throws {
        do {
            let file = try OutputFile(flag: "--report", path: path)
            file.discard()
        } catch {
            Console.error("termccp: \(error); nothing was run.")
            throw ExitCode(Exit.badInput)
        }
    }

    private func write(_ result: LessonReport, to path: String) throws {
        do {
            let file = try OutputFile(flag: "--report", path: path)
            file.write(path.lowercased().hasSuffix(".csv") ? Data(result.csv().utf8) : result.json())
            try file.commit()
        } catch {
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
    }
}
