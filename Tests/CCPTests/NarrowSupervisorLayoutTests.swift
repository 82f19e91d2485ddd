@testable import CCP
import Telephony
import Testing

/// At 80×24 with the supervisor panel beside the trainee's CCP (two 38-column panels), each piece
/// reads whole or is cut after a whole word with its important part kept (issue 11 review 2, point 7).
@Suite struct NarrowSupervisorLayoutTests {
    static let small = Size(columns: 80, rows: 24)
    static let supervised = "Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml"

    static func rows(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// A transcript with room for part of its oldest line shows that line's beginning, with its time,
    /// cut after a whole word, never its last rows alone.
    @Test func aTranscriptsOldestLineShowsItsBeginningWhenOnlyPartFits() {
        let lines = [
            TranscriptLine(at: 18_000, kind: .system, text: "Sue Park (supervisor) muted you: no one on the call hears you until you unmute", source: ""),
            TranscriptLine(at: 20_000, kind: .speech, text: "Oh, hello Sue.", source: "Pat Caller"),
        ]
        let rect = Rect(x: 0, y: 0, width: 38, height: 3)
        var canvas = Canvas(frame: Frame(screen: Screen(width: 38, height: 3)), glyphs: .unicode)
        TranscriptView.draw(lines, title: "What John Doe hears", scroll: 0, in: rect, on: &canvas)
        let shown = Self.rows(canvas.frame.screen.glyphText)
        #expect(shown[1].hasPrefix("0:18 Sue Park (supervisor) muted"), "\(shown)")
        #expect(shown[1].trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(shown)")
        #expect(shown[2].hasPrefix("0:20 Pat Caller: Oh, hello Sue."), "\(shown)")
        // The cut is after a whole word: what is left before the ellipsis is a prefix of the line's words.
        let kept = shown[1].dropFirst(5).trimmingCharacters(in: .whitespaces).dropLast()
        #expect(lines[0].text.hasPrefix(kept + " "), "\(kept)")
    }

    /// A refusal on the supervisor panel leaves who hears whom on screen: "heard by no one" is what
    /// silent monitoring is about (the review: the refusal pushed the monitoring line out).
    @Test func aRefusalLeavesTheMonitoringLineOnScreen() throws {
        for beside in [false, true] {
            let stage = try EngineStage(scenario: Self.supervised, agents: beside ? ["maria"] : [], supervisor: "sue",
                                        size: Self.small).run(SupervisorStages.johnOnACall)
            if beside { stage.press([.tab]) }
            stage.type("m")
            #expect(stage.text.contains("heard by no one"), "beside: \(beside)\n\(stage.text)")
            stage.type("j")
            #expect(stage.supervisorMessage?.hasPrefix("Join:") == true)
            #expect(stage.text.contains("heard by no one"), "beside: \(beside)\n\(stage.text)")
            #expect(stage.text.contains("(monitoring)"), "beside: \(beside)\n\(stage.text)")
        }
    }

    /// The party keys under a narrow list read whole and keep the party's own keys (`o`, `x`, `u`):
    /// in short words, or without "select" (the rows of a 38-column panel show no mnemonics).
    @Test func theKeyHintInANarrowPanelReadsWholeAndKeepsThePartysKeys() throws {
        let stage = try PartyMuteKeyTests.conference()
        let parties = try #require(stage.engine.view(of: "john")?.contact?.parties)
        #expect(parties.count >= 2)
        for width in [38, 30, 24] {
            let rect = Rect(x: 0, y: 0, width: width, height: 1)
            var canvas = Canvas(frame: Frame(screen: Screen(width: width, height: 1)), glyphs: .unicode)
            PartyList.drawKeys(parties, selected: 0, in: rect, on: &canvas)
            let row = canvas.frame.screen.glyphText.trimmingCharacters(in: .whitespacesAndNewlines)
            let wanted = PartyList.keyHints(parties, selected: 0, short: true).filter { !$0.key.contains("/") }
            for hint in wanted where width >= 30 {
                #expect(row.contains("\(hint.key) \(hint.what)"), "\(width): \(row)")
            }
            // Whole hints only: every word shown is one of the hints' words.
            let words = Set(PartyList.keyHints(parties, selected: 0).flatMap { "\($0.key) \($0.what)".split(separator: " ") }
                + PartyList.keyHints(parties, selected: 0, short: true).flatMap { "\($0.key) \($0.what)".split(separator: " ") })
            #expect(row.split(separator: " ").allSatisfy(words.contains), "\(width): \(row)")
        }
    }

    /// The call map's legend keeps the muted party's mark whole when both do not fit its column.
    @Test func theCallMapLegendKeepsTheMutedMarkWhole() throws {
        let stage = try EngineStage(scenario: PartyMuteKeyTests.multiParty, size: Size(columns: 120, rows: 40))
            .run(Stages.callIn + "\n" + """
                accept
                wait until banner Connected
                quick-connect Maria
                wait until maria banner Connected
                join
                mute customer
                """)
        let text = stage.text
        #expect(text.contains("▸ hears, unheard"), "\(text)")
        #expect(!text.contains("hears, unh…"))
    }
}
