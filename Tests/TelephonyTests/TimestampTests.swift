import Foundation
import Telephony
import Testing

/// Record timestamps are written by hand, digit by digit; Foundation's ISO-8601 format style is the
/// reference they must equal (docs §2: `yyyy-mm-ddThh:mm:ssZ`, UTC).
@Suite struct RecordTimestamps {
    private func foundation(_ seconds: Int) -> String {
        Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(.iso8601)
    }

    @Test func everyDayFrom1970To9999ReadsAsFoundationWritesIt() {
        // Every day of 8,030 years, each at a different second of the day.
        var mismatches: [String] = []
        let lastDay = 253_402_300_799 / 86_400
        for day in 0...lastDay {
            let seconds = day * 86_400 + (day * 7919) % 86_400
            let mine = Timestamp(epochSeconds: seconds).iso8601
            if mine != foundation(seconds) { mismatches.append("\(seconds): \(mine) vs \(foundation(seconds))") }
            if mismatches.count > 5 { break }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func secondsAroundLeapDaysCenturiesAndTheRangeEndsReadAsFoundationWritesThem() throws {
        let instants = ["1970-01-01T00:00:00Z", "1972-02-29T23:59:59Z", "1999-12-31T23:59:59Z", "2000-02-29T12:00:00Z",
                        "2000-03-01T00:00:00Z", "2024-02-29T00:00:01Z", "2026-11-23T09:00:00Z", "2100-02-28T23:59:59Z",
                        "2100-03-01T00:00:00Z", "2400-02-29T06:30:00Z", "9999-12-31T23:59:59Z"]
        for text in instants {
            let t = try #require(Timestamp.parse(text))
            for delta in -61...61 where t.epochSeconds + delta >= 0 {
                let seconds = t.epochSeconds + delta
                #expect(Timestamp(epochSeconds: seconds).iso8601 == foundation(seconds))
            }
            #expect(t.iso8601 == text)
        }
    }

    @Test func instantsBeyondYear9999AreStillWrittenByFoundation() {
        for seconds in [253_402_300_800, 253_402_300_800 + 86_400 * 400, -1, -86_401] {
            #expect(Timestamp(epochSeconds: seconds).iso8601 == foundation(seconds))
        }
    }

    @Test func aRecordTimestampIsTheScenarioStartPlusWholeSecondsOfVirtualTime() {
        let start = 1_795_251_600  // 2026-11-21T09:00:00Z
        #expect(Timestamp(start: start, at: 0).iso8601 == "2026-11-21T09:00:00Z")
        #expect(Timestamp(start: start, at: 59_999).iso8601 == "2026-11-21T09:00:59Z")
        #expect(Timestamp(start: start, at: 54_000_000).iso8601 == "2026-11-22T00:00:00Z")
    }
}
