import CCP
import Foundation
import Scenario
import Script
import Telephony
import Testing

/// A supervisor panel over the real engine, on the supervised floor scenario
/// (`Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml`: John and Maria simulated, Sue their
/// supervisor, multi-party calls on): the world moved by command-language lines, the panel by keys.
final class SupervisorStage {
    static let scenarioPath = Golden.repoRoot
        .appendingPathComponent("Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml").path

    let engine: Engine
    let controller: CCPController
    private let runner: ScriptRunner

    init(agents: [String] = [], size: Size) throws {
        engine = try EngineBuilder.build(ScenarioLoader.load(file: Self.scenarioPath))
        controller = CCPController(session: EngineSession(engine: engine), agents: agents, showCustomer: false,
                                   supervisor: "sue", size: size)
        runner = ScriptRunner(engine: engine, agent: agents.first)
    }

    /// Runs command-language lines; every expectation must hold and nothing may be refused unless an
    /// `expect refused` line says so.
    @discardableResult
    func run(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) -> SupervisorStage {
        let (lines, errors) = ScriptParser.parse(script)
        #expect(errors.isEmpty, "\(errors)", sourceLocation: sourceLocation)
        let outcome = runner.run(lines)
        if case .passed = outcome {} else { Issue.record("stage script: \(outcome)", sourceLocation: sourceLocation) }
        return self
    }

    @discardableResult
    func press(_ keys: [Key]) -> SupervisorStage {
        for key in keys { controller.handle(.key(key)) }
        return self
    }

    @discardableResult
    func press(_ text: String) -> SupervisorStage { press(text.map { .char($0) }) }

    func screen() -> Screen { controller.render().screen }
    var text: String { screen().glyphText }

    /// The supervisor panel's index among the panels.
    var panel: Int { controller.ui.panels.firstIndex { $0.supervisorName != nil } ?? 0 }
    var message: String? { controller.ui.panels[panel].message?.text }
}

enum SupervisorStages {
    /// Pat phones in; John (simulated) accepts and greets; Pat speaks.
    static let johnOnACall = """
        call +15555550123 -> +18005550100
        wait until john banner Connected
        wait 3s
        """

    /// Pat with John and Kim with Maria.
    static let twoCalls = """
        call +15555550123 -> +18005550100
        wait until john banner Connected
        call +15555550124 -> +18005550100
        wait until maria banner Connected
        wait 2s
        """
}
