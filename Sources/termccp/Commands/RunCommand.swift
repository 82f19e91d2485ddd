import ArgumentParser
import CCP
import Flows
import Foundation
import Scenario
import Telephony
import Terminal

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open the CCP (the default command).",
        discussion: """
            Agents shown are driven by you; the others are played by the scenario's simulated behaviour. \
            Without a scenario the built-in one runs, and a caller phones in two seconds after start.
            """)

    @Argument(help: "Scenario YAML file (default: the built-in scenario).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @Option(name: .customLong("agent"), help: "An agent to show and drive; repeat for side-by-side CCPs (default: the first agent).")
    var agents: [String] = []

    @Flag(help: "Also show the caller's phone: speak, press digits, hang up, see what the caller hears.")
    var customer = false

    @Option(name: .customLong("supervisor"), help: ArgumentHelp(
        "Show a supervisor panel for this agent: the live contacts, Monitor (listen unheard) and Barge (join).",
        discussion: "Without --agent, only the supervisor panel is shown and every agent is simulated."))
    var supervisors: [String] = []

    /// One supervisor panel: a second `--supervisor` is refused in `validate`, not silently dropped.
    var supervisor: String? { supervisors.first }

    @Option(help: "Theme name (\(ThemeLibrary.builtinNames.joined(separator: ", "))) or a theme file path.")
    var theme: String?

    // Unconditional, so `--speed -1` reaches validate() and is told the range, not "missing value".
    @Option(parsing: .unconditional, help: "Speed of virtual time relative to the wall clock (0.1 to 100).")
    var speed: Double = 1

    @Flag(inversion: .prefixedNo, help: "Have a caller phone in after two seconds when the scenario places no call itself.")
    var demoCall = true

    @Option(help: "Write an asciinema v2 recording (asciicast) of the CCP's screen to this file.",
            completion: .file(extensions: ["cast"]))
    var record: String?

    func validate() throws {
        guard speed >= 0.1, speed <= 100 else { throw ValidationError("--speed must be from 0.1 to 100, found \(speed)") }
        try SupervisorChoice.validate(supervisors)
    }

    func run() throws {
        var loaded: LoadedScenario
        do { loaded = try ScenarioChoice.load(scenario) } catch { ScenarioChoice.report(error) }
        var placesDemoCall = false
        if demoCall, loaded.config.scheduledCalls.isEmpty, let from = loaded.config.customers.first?.number,
           let to = loaded.config.phoneNumbers.first?.number {
            loaded.config.scheduledCalls = [ScheduledCall(at: 2000, from: from, to: to)]
            placesDemoCall = true
        }
        let engine: Engine
        do { engine = try EngineBuilder.build(loaded) } catch { ScenarioChoice.report(error) }
        func resolve(_ name: String) throws -> String {
            guard let u = engine.resolveAgent(name) else {
                Console.error("termccp: no agent named \"\(name)\"; agents: \(engine.agentUsernames.joined(separator: ", "))")
                throw ExitCode(Exit.badInput)
            }
            return u
        }
        let supervising = try supervisor.map(resolve)
        var shown: [String] = []
        for name in agents.isEmpty && supervising == nil ? Array(engine.agentUsernames.prefix(1)) : agents {
            let u = try resolve(name)
            engine.perform(.takeControl(agent: u))
            shown.append(u)
        }
        if let supervising {
            guard !shown.contains(supervising) else {
                Console.error("termccp: \(supervising) cannot be both a supervisor and a shown agent; give another --agent")
                throw ExitCode(Exit.badInput)
            }
            engine.perform(.takeControl(agent: supervising))
        }
        let chosen: Theme
        do {
            chosen = try ThemeLibrary.resolve(theme, environment: ProcessInfo.processInfo.environment)
        } catch {
            Console.error("termccp: \(error)")
            throw ExitCode(Exit.badInput)
        }
        let recording = try Recording.open(record, inputs: [scenario, theme].compactMap { $0 })
        // The CCP runs for hours: it keeps what its panels and `:` line can show, not every call ever made.
        engine.retention = .interactive
        let session = EngineSession(engine: engine, followsMissedCalls: placesDemoCall)
        let status = TerminalApp.run(session: session, agents: shown, showCustomer: customer, supervisor: supervising,
                                     theme: chosen, speed: speed, record: recording.map { file in { file.write($0) } },
                                     lastWords: recording == nil ? nil : { PartialFiles.removeAll() })
        try Recording.finish(recording, status: status)
        if status != 0 { throw ExitCode(status) }
    }
}
