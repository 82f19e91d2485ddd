@testable import CCP
import Testing
import TextFit

/// Names are never cut inside where there is room (issue 12 newcomer review point 6): a party's phone number in a
/// 38-column CCP (three panels at 120 columns) and the panel names in the header, fitted with the shared word-aware
/// fit (`WordWrap.fit`).
@Suite struct NameFitTests {
    /// The consult with the caller's phone panel beside John's and Maria's CCPs: 38 columns each at 120.
    static func sideBySide(_ size: Size, scenario: String? = nil) throws -> EngineStage {
        try EngineStage(scenario: scenario, agents: ["john", "maria"], customer: true, size: size).run(Stages.connected + "\n" + """
            quick-connect Maria
            wait until maria banner "Incoming call"
            maria: accept
            wait until maria banner Connected
            wait 3s
            """)
    }

    /// The party rows of a screen: a party's bullet, and its hang-up button at the end.
    static func partyRows(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.contains("● ") && $0.contains("×") }
    }

    @Test func aPhoneNumberInANarrowCCPIsShownWholeAndTheTimersMakeRoomForIt() throws {
        let text = try Self.sideBySide(Size(columns: 120, rows: 40)).text
        let rows = Self.partyRows(text)
        #expect(!rows.isEmpty, "\(text)")
        #expect(rows.contains { $0.contains("● +15555550123 ") }, "the caller's number whole: \(rows)")
        #expect(!text.contains("+15555…"), "\(text)")
        // "Internal transfer" does not fit even then: cut after its whole first word, not inside it.
        #expect(!text.contains("Intern…"), "\(text)")
        #expect(rows.contains { $0.contains("● Internal… ") }, "\(rows)")
    }

    @Test func aWidePanelKeepsItsTimersBesideWholeLabels() throws {
        // One CCP at 80 columns (78 inside): every label fits, so every row keeps its timer.
        let text = try EngineStage(agents: ["john"], size: Size(columns: 80, rows: 24)).run(Stages.consult).text
        let rows = Self.partyRows(text)
        #expect(rows.count >= 2, "\(text)")
        for row in rows { #expect(row.contains(" 0:"), "a timer on every row: \(row)") }
    }

    @Test func aHeaderNameThatDoesNotFitIsCutAfterAWholeWordOrLeftToAnEllipsis() {
        #expect(HeaderBar.fitted("Samuel Leeworthy →", width: 20, ellipsis: "…") == "Samuel Leeworthy →")
        #expect(HeaderBar.fitted("Samuel Leeworthy →", width: 10, ellipsis: "…") == "Samuel…")
        #expect(HeaderBar.fitted("Samuel Leeworthy →", width: 6, ellipsis: "…") == nil)
        #expect(HeaderBar.fitted("Customer →", width: 1, ellipsis: "…") == nil)
    }

    @Test func theHeaderAtEightyColumnsNamesNoPanelByAFragment() throws {
        // Before: " termccp   Johnathan Doe-Whitfield   Maria Fernanda Garcia Lopez   S ▶ ×1  0:02".
        let scenario = "Tests/CCPTests/Scenarios/long-names.yaml"
        let names = ["Johnathan", "Doe-Whitfield", "Maria", "Fernanda", "Garcia", "Lopez", "Samuel", "Leeworthy", "Customer"]
        for size in [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)] {
            let stage = try EngineStage(scenario: scenario, agents: ["john", "maria", "sam"], customer: true, size: size).run("wait 2s")
            let header = String(stage.text.split(separator: "\n")[0])
            let all: [String] = header.split(separator: " ").map { String($0) }
            let shown: [String] = all.filter { $0 != "→" && $0 != "…" && $0 != "termccp" }
            // The names stop where the clock starts (its running or paused mark).
            let words = shown.prefix { word in !word.hasPrefix("▶") && !word.hasPrefix("‖") }
            for word in words {
                let name = word.hasSuffix("…") ? String(word.dropLast()) : word
                #expect(names.contains(name), "\(size.columns)x\(size.rows): \"\(word)\" is no whole name word in: \(header)")
            }
        }
    }
}
