import CCP
import Foundation
import Scenario
import Telephony
import Testing

/// `termccp demo --supervisor NAME` (as `termccp run --supervisor`): the supervisor panel follows the
/// script acting as the supervisor ([AG/monitor-conversations], [AG/monitor-barge]; docs/supervisor.md).
@Suite struct DemoSupervisorTests {
    static let scripts = Golden.repoRoot.appendingPathComponent("Tests/ScriptTests/Scripts")

    @Test func theSupervisorPanelShowsTheScriptsMonitoringAndBarge() throws {
        let text = try String(contentsOf: Self.scripts.appendingPathComponent("70-supervisor-monitor-barge.ccp"), encoding: .utf8)
        let (script, errors) = DemoScript.parse(text)
        #expect(errors.isEmpty, "\(errors)")
        let loaded = try ScenarioLoader.load(file: Self.scripts.appendingPathComponent("scenarios/supervisor.yaml").path)
        let session = DemoSession(engine: try EngineBuilder.build(loaded), script: script)
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, supervisor: "sue",
                                       size: Size(columns: 120, rows: 40))
        #expect(controller.supervisors == ["sue"] && controller.agents == ["john"])
        let p = session.player
        func play(until done: () -> Bool) {
            session.advance(to: session.now)
            while !done(), session.now < 600_000 {
                session.advance(to: session.now + 100)
                _ = controller.snapshot()
            }
        }
        func screen() -> String { controller.render().screen.glyphText }

        play { p.current?.text == "monitor john" }
        #expect(screen().contains("Sue Park (sue) · supervisor"))
        #expect(screen().contains("● Monitoring  0:00  John Doe's call") && screen().contains("Live contacts (1)"))
        play { p.current?.text == "barge" && p.engine.supervisorView(of: "sue")?.mode == .barge }
        #expect(screen().contains("● Barged in"))
        play { p.finished }
        #expect(p.finished && p.failures.isEmpty, "\(p.failures)")
        // The script's barged supervisor ends the call: the engine tells her "Stopped monitoring", and the demo's
        // move log must not tell the same move again as "You ended the call" (issue 11 review 2, point 6, as in
        // `termccp run --supervisor`).
        let heard = controller.snapshot().agentTranscripts["sue"]?.map(\.text) ?? []
        #expect(heard.filter { $0 == "Stopped monitoring" }.count == 1, "\(heard)")
        #expect(!heard.contains("You ended the call"), "\(heard)")
        #expect(heard.contains("You barged in"), "\(heard)")
    }
}
