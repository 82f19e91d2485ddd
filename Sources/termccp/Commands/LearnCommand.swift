import ArgumentParser
import CCP
import Flows
import Foundation
import Telephony
import Terminal
import Training
import OutputFiles

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Play a guided lesson: a story, goals checked live, hints, and a score at the end.",
        discussion: """
            Without a lesson a menu screen lists the built-in ones (Up/Down or j/k, Enter starts, q quits; \
            after a lesson the menu comes back). LESSON is a built-in lesson's name or a lesson file \
            (docs/lesson-format.md). The result is printed when the CCP closes; --report writes it as JSON or, \
            for a name ending in .csv, CSV (one row for the lesson, one per goal); from the menu it holds \
            every lesson played (a JSON array, or the CSV rows of each under one header).
            Exit status: 0 when the lesson ran (whatever its score), 2 on bad input or, for the menu, \
            without a terminal, 128 + N when signal N ends it.
            """)

    @Argument(help: "A built-in lesson's name or a lesson file (.yaml).", completion: .file(extensions: ["yaml", "yml"]))
    var lesson: String?

    @Option(help: ArgumentHelp("Write the result to this file: JSON, or CSV when it ends in .csv.", valueName: "file"), completion: .file(extensions: ["json", "csv"]))
    var report: String?

    @Option(help: ArgumentHelp("The trainee's name, written in the report (JSON `trainee`, CSV `trainee` column) beside the time the lesson closed, so a class's reports say whose each is.",
                               valueName: "name"))
    var trainee: String?

    @Flag(help: "List the built-in lessons and exit.")
    var list = false

    @Option(help: ArgumentHelp(
        "Show a supervisor panel for this agent of the lesson's scenario beside the trainee's CCP (Tab between them).",
        discussion: "As a lesson file's `supervisor:`: monitor and barge into the trainee's calls; that agent's simulated behaviour is off.",
        valueName: "name"))
    var supervisor: String?

    /// One supervisor panel, as on `run` and `demo`: a second `--supervisor` is refused, not silently dropped.
    func validate() throws {
        try SupervisorChoice.validate(CommandLine.arguments.dropFirst())
        if let trainee {
            // A name goes into a CSV cell and a JSON string a trainer opens later: a line break or an escape sequence
            // there would be a trap, an empty one no name.
            guard !trainee.trimmingCharacters(in: .whitespaces).isEmpty, trainee.count <= Self.traineeLimit,
                  !trainee.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw ValidationError("--trainee takes a name of 1 to \(Self.traineeLimit) characters without control characters")
            }
        }
    }

    static let traineeLimit = 100

    /// The report of a lesson closed now, with the trainee's name and the wall-clock time it closed (the lesson's
    /// own times are virtual).
    private func report(_ run: LessonRun) -> LessonReport {
        LessonReport(run, trainee: trainee, finishedAt: Date().formatted(.iso8601))
    }

    @OptionGroup var screen: ScreenOptions

    func run() throws {
        if list {
            for (i, entry) in BuiltInLessons.all().enumerated() { print("\(i + 1). \(entry.name): \(entry.lesson.title)") }
            return
        }
        guard let chosen = lesson else {
            if supervisor != nil {
                Console.error("termccp: --supervisor needs a LESSON (each lesson of the menu has its own cast): "
                    + "termccp learn LESSON --supervisor NAME")
                throw ExitCode(Exit.badInput)
            }
            return try menu()
        }
        var loaded: CheckedLesson
        do {
            loaded = try Self.load(chosen)
        } catch {
            // A scenario given as a lesson: one line saying so, not every key reported as unknown to lessons.
            ScenarioChoice.report(FileKindMismatch.asLesson(chosen).map { ProblemsError([$0]) } ?? error)
        }
        if let supervisor { loaded.lesson = try LessonSupervisor.apply(supervisor, to: loaded) }
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
        let result = report(run)
        print(result.text())
        if let report { try write(result, to: report) }
    }

    /// The lesson with the engine its validation built; `LessonSetup.start` runs that engine, so the
    /// scenario is built once.
    private static func load(_ name: String) throws(ProblemsError) -> CheckedLesson {
        if let builtIn = try BuiltInLessons.checked(name) { return builtIn }
        if let unknown = BuiltInLessons.unknownNameProblem(name, fileExists: FileManager.default.fileExists(atPath: name)) {
            throw ProblemsError([unknown])
        }
        return try LessonLoader.checked(file: name)
    }

    /// The lesson menu screen; each lesson's result is printed, and written with --report, once the
    /// menu is quit. Without a terminal there is no menu to show: the lessons and how to run one.
    private func menu() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            var lines = ["termccp learn: the lesson menu needs a terminal on stdin and stdout; run a lesson with "
                + "`termccp learn NAME` (a built-in lesson) or `termccp learn FILE.yaml` (your own). Built-in lessons:"]
            let all = BuiltInLessons.all()
            let width = all.map(\.name.count).max() ?? 0
            for entry in all { lines.append("  \(entry.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(entry.lesson.title)") }
            Console.error(lines.joined(separator: "\n"))
            throw ExitCode(Exit.badInput)
        }
        if let report { try checkReportPath(report) }
        let style = try screen.resolvedTheme()
        var results: [LessonReport] = []
        let status = TerminalApp.learn(menu: LessonMenu.builtIn(size: Size(columns: 80, rows: 24)), theme: style, speed: screen.speed,
                                       open: { name in
            let run = try LessonSetup.start(Self.load(name))
            return LessonPlay(session: LessonSession(run: run, returnsToMenu: true), agents: [run.agent],
                              supervisor: run.supervisor)
        }, closed: { play, status in
            guard let run = (play.session as? LessonSession)?.run else { return "" }
            run.stop()
            // A lesson ended by a signal ran to no end of the trainee's: no score for it.
            guard status == 0 else { return "" }
            let result = report(run)
            results.append(result)
            // The result first: at 80 columns a long title is cut, the score never.
            return "\(result.outcome): \(result.lesson)"
        })
        for result in results { print(result.text()) }
        if let report, !results.isEmpty { try write(results, to: report) }
        if status != 0 { throw ExitCode(status) }
    }

    /// The report path is checked before the lesson starts, so a wrong one costs no lesson.
    private func checkReportPath(_ path: String) throws {
        do {
            if let misnamed = OutputKind.misnamed(flag: "--report", path: path) { throw misnamed }
            let file = try OutputFile(flag: "--report", path: path)
            file.discard()
        } catch {
            Console.error("termccp: \(error); nothing was run.")
            throw ExitCode(Exit.badInput)
        }
    }

    private func write(_ result: LessonReport, to path: String) throws {
        try write(path: path, path.lowercased().hasSuffix(".csv") ? Data(result.csv().utf8) : result.json())
    }

    private func write(_ results: [LessonReport], to path: String) throws {
        try write(path: path, path.lowercased().hasSuffix(".csv") ? Data(LessonReport.csv(results).utf8) : LessonReport.json(results))
    }

    private func write(path: String, _ data: Data) throws {
        do {
            let file = try OutputFile(flag: "--report", path: path)
            file.write(data)
            try file.commit()
        } catch {
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
    }
}
