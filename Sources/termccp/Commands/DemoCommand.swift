import ArgumentParser
import CCP
import Flows
import Foundation
import Scenario
import Script
import Telephony
import Terminal

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Play a command-language script in the CCPs, at a pace an audience can follow.",
        discussion: """
            The script's steps happen in the panels on the wall clock (× --speed); its comments become \
            captions; `pause` lines wait for Space; S switches step mode (Space runs each step). Any key that \
            acts on a panel works as in `termccp run` and holds the script until Space. Failed expectations are \
            shown and the script goes on; the result is printed when the CCP closes.
            Exit status: 0 after quitting (whatever the checks found), 2 on bad input or when the terminal \
            cannot host the CCP.
            """)

    @Argument(help: "The script (one command a line, as `termccp script` runs).", completion: .file(extensions: ["ccp"]))
    var script: String

    @Argument(help: "Scenario YAML file (default: the built-in scenario).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @Option(name: .customLong("agent"), help: ArgumentHelp(
        "An agent to show; repeat for side-by-side CCPs (default: the agents the script names). The first is the one the script acts as until an `as` line."))
    var agents: [String] = []

    @Flag(help: "Also show the caller's phone.")
    var customer = false

    @Option(name: .customLong("supervisor"), help: ArgumentHelp(
        "Show a supervisor panel for this agent, as `termccp run --supervisor` does: the live contacts, Monitor and Barge.",
        discussion: "The script acts as the supervisor with `as NAME` or `NAME:` lines; that agent gets no agent panel."))
    var supervisors: [String] = []

    /// One supervisor panel: a second `--supervisor` is refused in `validate`, not silently dropped.
    var supervisor: String? { supervisors.first }

    @Option(help: "Theme name (\(ThemeLibrary.builtinNames.joined(separator: ", "))) or a theme file path.")
    var theme: String?

    // Unconditional, so `--speed -1` reaches validate() and is told the range, not "missing value".
    @Option(parsing: .unconditional, help: "Speed of virtual time relative to the wall clock (0.1 to 100).")
    var speed: Double = 1

    @Flag(help: "Start in step mode: each Space runs one step, with the caption before it already up.")
    var step = false

    @Option(help: "Write an asciinema v2 recording (asciicast) of the CCP's screen to this file.",
            completion: .file(extensions: ["cast"]))
    var record: String?

    func validate() throws {
        guard speed >= 0.1, speed <= 100 else { throw ValidationError("--speed must be from 0.1 to 100, found \(speed)") }
        try SupervisorChoice.validate(supervisors)
    }

    func run() throws {
        if let wrong = FileKindMismatch.demoSwapped(script: script, scenario: scenario) ?? FileKindMismatch.problem(script, expected: .script) {
            // One line, as `termccp script` reports a file of the wrong kind.
            Console.error(wrong.description)
            throw ExitCode(Exit.badInput)
        }
        let loaded: LoadedScenario
        do { loaded = try ScenarioChoice.load(scenario) } catch { ScenarioChoice.report(error) }
        let demo = try parse()
        let engine: Engine
        do { engine = try EngineBuilder.build(loaded) } catch { ScenarioChoice.report(error) }
        if let bad = ScriptRunner(engine: engine).unknownName(in: demo.lines) {
            Console.error("\(script):\(bad.line): \(bad.message)")
            throw ExitCode(Exit.badInput)
        }
        func resolve(_ name: String) throws -> String {
            guard let u = engine.resolveAgent(name) else {
                Console.error("termccp: no agent named \"\(name)\"; agents: \(engine.agentUsernames.joined(separator: ", "))")
                throw ExitCode(Exit.badInput)
            }
            return u
        }
        let supervising = try supervisor.map(resolve)
        var shown: [String] = []
        let named = agents.isEmpty ? demo.agentsNamed(actingFirstAs: engine.agentUsernames.first) : agents
        for name in named {
            let u = try resolve(name)
            if !shown.contains(u) { shown.append(u) }
        }
        if let supervising, shown.contains(supervising) {
            // The story names the supervisor as it names everyone; only a panel asked for twice is an error.
            guard agents.isEmpty else {
                Console.error("termccp: \(supervising) cannot be both a supervisor and a shown agent; give another --agent")
                throw ExitCode(Exit.badInput)
            }
            shown.removeAll { $0 == supervising }
        }
        if shown.isEmpty, supervising == nil { shown = Array(engine.agentUsernames.prefix(1)) }
        let chosen: Theme
        do {
            chosen = try ThemeLibrary.resolve(theme, environment: ProcessInfo.processInfo.environment)
        } catch {
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
        let recording = try Recording.open(record, inputs: [script, scenario, theme].compactMap { $0 })
        engine.retention = .interactive
        let session = DemoSession(engine: engine, script: demo, agent: agents.isEmpty ? nil : shown.first,
                                  mode: step ? .step : .continuous)
        let status = TerminalApp.run(session: session, agents: shown, showCustomer: customer, supervisor: supervising,
                                     theme: chosen, speed: speed, record: recording.map { file in { file.write($0) } },
                                     lastWords: recording == nil ? nil : { PartialFiles.removeAll() })
        try Recording.finish(recording, status: status)
        if status != 0 { throw ExitCode(status) }
        print(result(session.player))
    }

    /// The script parsed as `termccp script` parses it; its problems are reported the same way.
    private func parse() throws -> DemoScript {
        let text: String
        switch TextFile.read(script) {
        case .success(let read): text = read
        case .failure(let failure):
            Console.error(failure.problem(file: script).description)
            throw ExitCode(Exit.badInput)
        }
        let (demo, errors) = DemoScript.parse(text)
        guard errors.isEmpty else {
            let problems = errors.map { Problem(file: script, line: $0.line, column: $0.column, message: $0.message) }
            for line in ProblemLimit.lines(problems) { Console.error(line) }
            throw ExitCode(Exit.badInput)
        }
        return demo
    }

    /// What the checks found, printed once the terminal is back: the counts, then each failed line
    /// as `termccp script` prints one.
    private func result(_ player: DemoPlayer) -> String {
        let progress = player.progress
        var out = ["\(script): \(progress.summary)"]
        if !player.finished, let next = progress.next {
            out[0] += "; quit before line \(next.number), the rest did not run"
        }
        for f in progress.failures { out.append("\(script):\(f.line): \(f.text)\n  \(f.message)") }
        return out.joined(separator: "\n")
    }
}
