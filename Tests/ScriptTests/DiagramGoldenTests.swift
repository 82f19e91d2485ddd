import Foundation
import Reports
import Scenario
import Script
import Telephony
import Testing

/// The Mermaid sequence diagrams of seed walkthroughs (issue 12 point 5) against golden files in
/// Scripts/diagrams/, written by `termccp script Scripts/NAME.ccp --diagram Scripts/diagrams/NAME.mmd` (the
/// default agent; `--scenario Scripts/scenarios/NAME.yaml` for a walkthrough whose first line names one).
/// Their grammar is checked by Tests/e2e/test_diagram.py. One walkthrough also has its SVG drawing as a golden
/// (`--diagram Scripts/diagrams/NAME.svg`); test_diagram_svg.py checks that it draws its `.mmd`.
@Suite struct DiagramGoldenTests {
    static let walkthroughs = ["01-inbound-call", "04-external-and-number-pad", "07-conference-options", "10-multi-party",
                               "11-cold-transfer", "15-callback-three-record-chain",
                               "70-supervisor-monitor-barge"]

    @Test(arguments: walkthroughs)
    func diagramOfTheWalkthroughIsItsGolden(_ name: String) throws {
        final class Events { var all: [EngineEvent] = [] }
        let events = Events()
        let (outcome, _) = try ScriptFiles.run("\(name).ccp") { engine in engine.onEvent = { events.all.append($0) } }
        guard case .passed = outcome else {
            Issue.record("\(name) did not pass")
            return
        }
        let golden = try String(contentsOf: ScriptFiles.folder.appendingPathComponent("diagrams/\(name).mmd"), encoding: .utf8)
        #expect(SequenceDiagram().text(events.all) == golden)
    }

    @Test func svgOfTheConferenceWalkthroughIsItsGolden() throws {
        final class Events { var all: [EngineEvent] = [] }
        let events = Events()
        let (outcome, _) = try ScriptFiles.run("07-conference-options.ccp") { engine in engine.onEvent = { events.all.append($0) } }
        #expect(outcome == .passed(expectations: 30))
        let golden = try String(contentsOf: ScriptFiles.folder.appendingPathComponent("diagrams/07-conference-options.svg"), encoding: .utf8)
        #expect(SequenceDiagram().svg(events.all) == golden)
    }
}
