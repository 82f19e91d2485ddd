import CCP
import Scenario
import Script
import Telephony
import Testing

/// A CCP over the real engine: a scenario (the built-in one unless named), brought to a state by a
/// script in the command language, then keys and clicks as a user gives them. Golden screens come
/// from here, so a golden shows exactly what a user would see in that state.
final class EngineStage {
    let engine: Engine
    let controller: CCPController
    private let runner: ScriptRunner

    /// `agents` are shown (and so driven by the script and the keys, their bots off); `supervisor`
    /// adds that agent's supervisor panel. `scenario`: a scenario file's path from the repository root.
    init(scenario: String? = nil, agents: [String] = ["john"], customer: Bool = false, supervisor: String? = nil,
         size: Size) throws {
        let loaded = try scenario.map { try ScenarioLoader.load(file: Golden.repoRoot.appendingPathComponent($0).path) }
        engine = try EngineBuilder.build(loaded ?? BuiltInScenario.load())
        controller = CCPController(session: EngineSession(engine: engine), agents: agents, showCustomer: customer,
                                   supervisor: supervisor, size: size)
        runner = ScriptRunner(engine: engine, agent: agents.first)
    }

    /// Runs command-language lines; every expectation in them must hold and nothing may be refused
    /// unless an `expect refused` line says so, so a stage that drifts from its state fails loudly.
    @discardableResult
    func run(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) -> EngineStage {
        let (lines, errors) = ScriptParser.parse(script)
        #expect(errors.isEmpty, "\(errors)", sourceLocation: sourceLocation)
        let outcome = runner.run(lines)
        if case .passed = outcome {} else { Issue.record("stage script: \(outcome)", sourceLocation: sourceLocation) }
        return self
    }

    @discardableResult
    func press(_ keys: [Key]) -> EngineStage {
        for key in keys { controller.handle(.key(key)) }
        return self
    }

    @discardableResult
    func type(_ text: String) -> EngineStage { press(text.map { .char($0) }) }

    @discardableResult
    func click(_ target: HitTarget) -> EngineStage {
        controller.handle(.click(target))
        return self
    }

    func screen(glyphs: Glyphs = .unicode) -> Screen { controller.render(glyphs: glyphs).screen }
    var text: String { screen().glyphText }
}

/// The states the golden screens show, each reached on the engine by the walkthrough that leads
/// there (AWS "How quick connects work" and its neighbours).
enum Stages {
    static let callIn = """
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        """

    static let connected = callIn + "\n" + """
        accept
        wait until banner Connected
        wait 2s
        say Let me get a colleague.
        wait 3s
        """

    /// John consults Maria: the caller on hold, Maria accepted and connected (docs §1.5).
    static let consult = connected + "\n" + """
        quick-connect Maria
        wait until maria banner Connected
        wait 3s
        """

    static let idle = "wait 5s"

    static let ringing = callIn + "\nwait 4s"

    static let queueTransferConnecting = connected + "\n" + """
        quick-connect PasswordReset
        expect banner Connecting
        wait 6s
        """

    static let joined = consult + "\n" + """
        join
        wait 20s
        """

    static let partyOnHold = joined + "\n" + """
        hold maria
        mute
        wait 9s
        """

    static let afterContactWork = connected + "\n" + """
        status Lunch
        end
        wait 7s
        """

    /// The warm transfer done (Join, Leave, Clear contact) and the caller gone: John's record and
    /// Maria's TRANSFER record completed, linked by NextContactId / PreviousContactId (docs §2).
    static let transferred = joined + "\n" + """
        leave
        expect banner "After contact work"
        clear
        customer hangs up
        wait until maria banner "After contact work"
        wait 2m
        expect completed records 2
        """

    static let missed = callIn + "\n" + """
        wait until banner "Missed contact"
        wait 2s
        """

    /// A call to the shipping company's IVR from the number pad's neighbour, the quick connect.
    static let onShippingIVR = connected + "\n" + """
        quick-connect "Shipping company"
        wait until john heard "Please enter your order number"
        """
}
