import CCP
import Telephony
import Testing

/// A CCP that has run for hours keeps up to thousands of transcript lines and records (Retention.interactive);
/// each frame draws only the newest that fit, and must draw exactly what the whole history would show.
@Suite struct LongHistoryTests {
    static func lines(_ range: ClosedRange<Int>) -> [TranscriptLine] {
        range.map { i in
            TranscriptLine(at: Millis(i) * 2_000, kind: .speech,
                           text: "line \(i): a sentence long enough to wrap onto a second row of the panel", source: "Pat Caller")
        }
    }

    func screen(_ transcript: [TranscriptLine], size: Size) -> String {
        let session = FakeSession(agents: ["john": Fixtures.consult], transcripts: [.agent("john"): transcript])
        return CCPController(session: session, agents: ["john"], showCustomer: false, size: size).render().screen.glyphText
    }

    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 200, rows: 50)])
    func aLongTranscriptShowsWhatItsNewestLinesShow(_ size: Size) {
        let whole = screen(Self.lines(1...2_000), size: size)
        #expect(whole == screen(Self.lines(1_960...2_000), size: size))
        // The newest line is at the bottom; the clock column is as wide as the latest time (1:06:40).
        #expect(whole.contains("1:06:40 Pat Caller: line 2000:"))
        #expect(!whole.contains("line 1959:"))
    }

    @Test func theClockColumnIsAsWideAsTheLatestTimeEvenForEarlierLines() {
        let transcript = [TranscriptLine(at: 5_000, kind: .system, text: "early", source: ""),
                          TranscriptLine(at: 3_600_000, kind: .system, text: "an hour later", source: "")]
        let text = screen(transcript, size: Size(columns: 80, rows: 24))
        #expect(text.contains("0:05    early"))
        #expect(text.contains("1:00:00 an hour later"))
    }
}
