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
            Exit status: 0 after quitting, 2 on bad input or when the terminal cannot host the CCP, 128 + N \
            when signal N ends it.
            """)

    @Argument(help: "Scenario YAML file (default: the built-in scenario).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @OptionGroup var ccp: CCPOptions<RunCommand>

    @Flag(inversion: .prefixedNo, help: "Have a caller phone in after two seconds when the scenario places no call itself.")
    var demoCall = true

    func run() throws {
        let loaded: LoadedScenario
        do { loaded = try ScenarioChoice.load(scenario) } catch { ScenarioChoice.report(error) }
        let placesDemoCall = demoCall && loaded.config.scheduledCalls.isEmpty && !loaded.config.customers.isEmpty
            && !loaded.config.phoneNumbers.isEmpty
        let engine: Engine
        do { engine = try EngineBuilder.build(loaded) } catch { ScenarioChoice.report(error) }
        let supervising = try ccp.supervisor.map { try ccp.username($0, in: engine) }
        var shown: [String] = []
        for name in ccp.agents.isEmpty && supervising == nil ? Array(engine.agentUsernames.prefix(1)) : ccp.agents {
            let u = try ccp.username(name, in: engine)
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
        // The CCP runs for hours: it keeps what its panels and `:` line can show, not every call ever made.
        engine.retention = .interactive
        // The demo call goes to a number whose flow reaches the first agent shown (EngineSession.nextCaller).
        let session = EngineSession(engine: engine, followsMissedCalls: placesDemoCall, firstCallAt: placesDemoCall ? 2000 : nil,
                                    firstCallFor: shown.first)
        try ccp.open(session, agents: shown, supervisor: supervising, inputs: [scenario].compactMap { $0 })
    }
}

extension RunCommand: CCPOptionHelp {
    static let agentHelp = ArgumentHelp("An agent to show and drive; repeat for side-by-side CCPs (default: the first agent).",
                                        valueName: "name")
    static let customerHelp = ArgumentHelp("Also show the caller's phone: speak, press digits, hang up, see what the caller hears.")
    static let supervisorHelp = ArgumentHelp(
        "Show a supervisor panel for this agent: the live contacts, Monitor (listen unheard) and Barge (join).",
        discussion: "Without --agent, only the supervisor panel is shown and every agent is simulated.", valueName: "name")
}
