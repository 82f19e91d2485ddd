@testable import CCP
import Telephony
import Testing

/// The idle agent panel's line about the caller key tells the truth about what `i` does: while a
/// caller is still in the flow or the queue (the demo's call, a lesson's "Pat is about to phone in"),
/// `i` brings a second caller, not the first (issue 11 review 3: a trainee pressed `i` on "Press i and
/// a caller phones in now" during take-a-call's first seconds, got two callers and missed one).
@Suite struct IdleCallerHintTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    @Test(arguments: sizes)
    func withNoCallerOnTheWayTheKeyBringsOne(_ size: Size) throws {
        let stage = try EngineStage(size: size)
        #expect(stage.text.contains("Press i and a caller phones in now"), "\(stage.text)")
    }

    @Test(arguments: sizes)
    func aCallerStillInTheFlowIsCountedAndTheKeyBringsAnother(_ size: Size) throws {
        let stage = try EngineStage(size: size).run("call +15555550123 -> +18005550100")
        #expect(stage.engine.view(of: "john")?.contact == nil, "the caller has not reached John yet")
        #expect(stage.text.contains("1 caller waiting · i brings another"), "\(stage.text)")
        #expect(!stage.text.contains("Press i and a caller phones in now"), "\(stage.text)")
        stage.type("i")
        #expect(stage.text.contains("2 callers waiting · i brings another"), "\(stage.text)")
    }

    @Test func aBeside38ColumnPanelReadsTheLineWhole() throws {
        let stage = try EngineStage.supervisedFloor(agents: ["john"], size: Size(columns: 80, rows: 24))
            .run("call +15555550123 -> +18005550100")
        #expect(stage.text.contains("1 caller waiting · i brings another"), "\(stage.text)")
    }

    @Test func theAsciiLineUsesTheAsciiSeparator() {
        #expect(AgentPanel.idleCallerHint(waiting: 3, glyphs: .ascii) == "3 callers waiting - i brings another")
        #expect(AgentPanel.idleCallerHint(waiting: 0, glyphs: .ascii) == "Press i and a caller phones in now")
    }
}
