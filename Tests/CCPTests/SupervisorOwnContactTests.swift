import CCP
import Foundation
import Scenario
import Script
import Telephony
import Testing

/// A supervisor is an agent of the scenario: Available in a routing profile with queues, routing
/// offers it contacts as any agent (docs §6 rule 7). Its panel shows that contact's banner and takes
/// Accept, Reject, End call and Clear contact for it, with the agent CCP's keys (review: the offer
/// used to be shown with no way to take it, then missed).
@Suite struct SupervisorOwnContactTests {
    final class Floor {
        let engine: Engine
        let controller: CCPController
        let runner: ScriptRunner

        init() throws {
            let path = Golden.repoRoot.appendingPathComponent("Tests/ScriptTests/Scripts/scenarios/supervisor-in-queue.yaml").path
            engine = try EngineBuilder.build(ScenarioLoader.load(file: path))
            controller = CCPController(session: EngineSession(engine: engine), agents: [], showCustomer: false,
                                       supervisor: "sue", size: Size(columns: 120, rows: 40))
            runner = ScriptRunner(engine: engine, agent: nil)
        }

        func run(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let (lines, errors) = ScriptParser.parse(script)
            #expect(errors.isEmpty, "\(errors)", sourceLocation: sourceLocation)
            let outcome = runner.run(lines)
            if case .passed = outcome {} else { Issue.record("floor script: \(outcome)", sourceLocation: sourceLocation) }
        }

        /// John goes Offline and Sue Available, so the next caller is offered to Sue.
        func offerToSue() {
            run("""
                john: status Offline
                sue: status Available
                call +15555550123 -> +18005550100
                wait until sue banner "Incoming call"
                """)
        }

        func press(_ text: String) { for c in text { controller.handle(.key(.char(c))) } }
        var text: String { controller.render().screen.glyphText }
        var message: String? { controller.ui.panels.first { $0.supervisorName != nil }?.message?.text }
    }

    @Test func anOfferToTheSupervisorIsAcceptedEndedAndClearedOnItsPanel() throws {
        let floor = try Floor()
        floor.offerToSue()
        #expect(floor.text.contains("Incoming call"))
        #expect(floor.text.contains("[a] Accept"))
        floor.press("a")
        floor.run("wait until sue banner Connected")
        #expect(floor.text.contains("End call"))
        floor.press("e")
        #expect(floor.engine.view(of: "sue")?.contact?.banner == .afterContactWork)
        floor.press("c")
        #expect(floor.engine.view(of: "sue")?.contact == nil)
        #expect(floor.engine.completedRecords.first?.Agent?.Username == "sue")
    }

    @Test func theSupervisorRejectsAnOfferOnItsPanel() throws {
        let floor = try Floor()
        floor.offerToSue()
        floor.press("r")
        #expect(floor.engine.view(of: "sue")?.contact?.banner != .incoming)
        // With no contact of its own, the contact keys are refused with the CCP's reason, not ignored.
        let idle = try Floor()
        idle.press("e")
        #expect(idle.message?.isEmpty == false)
    }
}
