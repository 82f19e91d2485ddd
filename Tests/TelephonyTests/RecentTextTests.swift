@testable import Telephony
import Testing

/// Records take their ContactIds from `RecentText` (issue 9: made once while they repeat) and keep
/// their instants as `Timestamp`s written out when read; whatever the keys, the text is the one
/// `make` gives.
@Suite struct RecentTextTests {
    @Test func everyKeyGetsTheTextItsMakerGivesWhateverCameBefore() {
        var recent = RecentText()
        var random = WalkRandom(seed: 3)
        for _ in 0..<20_000 {
            // Keys near each other, far apart, negative, and 64 apart (the same slot).
            let key = random.pick([Int.random(in: 0..<100, using: &random), Int.random(in: -200...200, using: &random) * 64,
                                   Int.random(in: Int.min...Int.max, using: &random), 1_795_251_600 + Int.random(in: 0..<300, using: &random)])
            #expect(recent.text(for: key) { "k\($0)" } == "k\(key)")
        }
    }

    @Test func aKeySeenAgainIsNotMadeAgainUntilAnotherKeyTakesItsSlot() {
        var recent = RecentText()
        var made: [Int] = []
        func text(_ key: Int) -> String { recent.text(for: key) { made.append($0); return "\($0)" } }
        _ = text(5)
        _ = text(7)
        _ = text(5)
        #expect(made == [5, 7])
        _ = text(5 + 64)
        _ = text(5)
        #expect(made == [5, 7, 69, 5])
    }

    @Test func recordsReadTheSameTimestampsAndIdsWithTheirTextsShared_docs2() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        leave
        wait 2s
        clear
        customer hangs up
        wait 3s
        """)
        let records = desk.engine.completedRecords
        #expect(records.count == 2)
        #expect(records.map(\.ContactId) == [ContactID(serial: 1), ContactID(serial: 2)].map(\.description))
        #expect(records[0].NextContactId == records[1].ContactId)
        #expect(records[1].PreviousContactId == records[0].ContactId)
        #expect(records[1].InitialContactId == records[0].ContactId)
        #expect(records[0].InitiationTimestamp == desk.timestamp(0))
    }
}
