import Foundation
import Reports
import Scenario
import Script
import Telephony
import Testing

/// The Mermaid sequence diagrams of seed walkthroughs (issue 12 point 5) against golden files in
/// Scripts/diagrams/, written by `termccp script Scripts/NAME.ccp --diagram Scripts/diagrams/NAME.mmd` (the
/// default agent; `--scenario Scripts/scenarios/NAME.yaml` for a walkthrough whose first line names one).
/// Their grammar is checked by Tests/e2e/test_diagram.py.
@Suite struct DiagramGoldenTests {
    static let walkthroughs = ["01-inbound-call", "04-external-and-number-pad", "07-conference-options", "10-multi-party",
                               "11-cold-transfer", "15-callback-three-record-chain"]

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
}
