import Foundation
import Reports
import Scenario
import Script
import Telephony
import Testing

/// The Mermaid sequence diagrams of seed walkthroughs (issue 12 point 5) against golden files in
/// Scripts/diagrams/, written by `termccp script Scripts/NAME.ccp --diagram Scripts/diagrams/NAME.mmd` (the
/// built-in scenario, the default agent). Their grammar is checked by Tests/e2e/test_diagram.py.
@Suite struct DiagramGoldenTests {
    static let walkthroughs = ["01-inbound-call", "04-external-and-number-pad", "07-conference-options", "11-cold-transfer"]

    @Test(arguments: walkthroughs)
    func diagramOfTheWalkthroughIsItsGolden(_ name: String) throws {
        let text = try String(contentsOf: ScriptFiles.folder.appendingPathComponent("\(name).ccp"), encoding: .utf8)
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        final class Events { var all: [EngineEvent] = [] }
        let events = Events()
        engine.onEvent = { events.all.append($0) }
        let (lines, errors) = ScriptParser.parse(text)
        #expect(errors.isEmpty)
        guard case .passed = ScriptRunner(engine: engine).run(lines) else {
            Issue.record("\(name) did not pass")
            return
        }
        let golden = try String(contentsOf: ScriptFiles.folder.appendingPathComponent("diagrams/\(name).mmd"), encoding: .utf8)
        #expect(SequenceDiagram().text(events.all) == golden)
    }
}
