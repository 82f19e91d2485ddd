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
            cannot host the CCP, 128 + N when signal N ends it.
            """)

    @Argument(help: "The script (one command a line, as `termccp script` runs).", completion: .file(extensions: ["ccp"]))
    var script: String

    @Argument(help: "Scenario YAML file (default: the built-in scenario).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @OptionGroup var ccp: CCPOptions<DemoCommand>

    @Flag(help: "Start in step mode: each Space runs one step, with the caption before it already up.")
    var step = false

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
        let supervising = try ccp.supervisor.map { try ccp.username($0, in: engine) }
        var shown: [String] = []
        let named = ccp.agents.isEmpty ? demo.agentsNamed(actingFirstAs: engine.agentUsernames.first) : ccp.agents
        for name in named {
            let u = try ccp.username(name, in: engine)
            if !shown.contains(u) { shown.append(u) }
        }
        if let supervising, shown.contains(supervising) {
            // The story names the supervisor as it names everyone; only a panel asked for twice is an error.
            guard ccp.agents.isEmpty else {
                Console.error("termccp: \(supervising) cannot be both a supervisor and a shown agent; give another --agent")
                throw ExitCode(Exit.badInput)
            }
            shown.removeAll { $0 == supervising }
        }
        if shown.isEmpty, supervising == nil { shown = Array(engine.agentUsernames.prefix(1)) }
        engine.retention = .interactive
        let session = DemoSession(engine: engine, script: demo, agent: ccp.agents.isEmpty ? nil : shown.first,
                                  mode: step ? .step : .continuous)
        try ccp.open(session, agents: shown, supervisor: supervising, inputs: [script, scenario].compactMap { $0 })
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

extension DemoCommand: CCPOptionHelp {
    static let agentHelp = ArgumentHelp(
        "An agent to show; repeat for side-by-side CCPs (default: the agents the script names). The first is the one the script acts as until an `as` line.",
        valueName: "name")
    static let customerHelp = ArgumentHelp("Also show the caller's phone.")
    static let supervisorHelp = ArgumentHelp(
        "Show a supervisor panel for this agent, as `termccp run --supervisor` does: the live contacts, Monitor and Barge.",
        discussion: "The script acts as the supervisor with `as NAME` or `NAME:` lines; that agent gets no agent panel.", valueName: "name")
}
