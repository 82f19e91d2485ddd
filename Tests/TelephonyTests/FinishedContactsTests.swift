import Foundation
@testable import Telephony
import Testing

/// A completed contact shrinks to its record (issue 9): records are built once, when the segment
/// completes (docs §6 rule 22: complete after contact work is cleared), streamed to `onRecord`, and
/// the segments of a call that is over are dropped while their records stay.
@Suite struct FinishedContacts {
    private func json(_ records: [ContactRecord]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(records), as: UTF8.self)
    }

    /// John transfers the caller to Maria and leaves; Maria talks until the caller hangs up; both clear.
    private func transferredCall(_ desk: Desk) {
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        leave
        wait 2s
        clear
        wait 5s
        customer hangs up
        wait 3s
        """)
    }

    @Test func eachRecordStreamsOnceAtTheInstantItsSegmentCompletes_docs6_rule22() throws {
        let desk = try Desk()
        var streamed: [(at: Millis, record: ContactRecord)] = []
        desk.engine.onRecord = { [engine = desk.engine] in streamed.append((engine.now, $0)) }
        transferredCall(desk)
        #expect(streamed.map(\.record.ContactId) == desk.engine.completedRecords.map(\.ContactId))
        #expect(try json(streamed.map(\.record)) == json(desk.engine.completedRecords))
        // John's segment completes when he clears (2 s after leaving); Maria's when her bot clears
        // after the caller hung up, 2 s into her after contact work.
        #expect(streamed.count == 2)
        let john = try #require(streamed.first { $0.record.Agent?.Username == "john" })
        #expect(desk.timestamp(john.at) == john.record.Agent?.AfterContactWorkEndTimestamp)
        let maria = try #require(streamed.first { $0.record.Agent?.Username == "maria" })
        #expect(desk.timestamp(maria.at) == maria.record.Agent?.AfterContactWorkEndTimestamp)
    }

    @Test func aCallThatIsOverKeepsOnlyItsRecordsWithEveryFieldAndLink_docs2_5() throws {
        let desk = try Desk()
        transferredCall(desk)
        let records = desk.engine.completedRecords
        #expect(records.count == 2)
        #expect(desk.engine.contacts.isEmpty)
        #expect(desk.engine.openContactCount == 0)
        // The chain and what each segment's record says survive the segments.
        #expect(records[0].NextContactId == records[1].ContactId)
        #expect(records[1].PreviousContactId == records[0].ContactId)
        #expect(records[1].InitiationMethod == "TRANSFER")
        #expect(records[0].Queue?.Name == "BasicQueue")
        #expect(records[1].Agent?.Username == "maria")
        #expect(desk.engine.allRecords.map(\.ContactId) == records.map(\.ContactId))
        #expect(desk.engine.completedContactIds == Set(records.map(\.ContactId)))
        // What scripts read about the caller after the call stays (Retention.everything keeps ended calls).
        #expect(desk.engine.callerView(1)?.state == .disconnected)
        #expect(!desk.engine.transcript(of: .customer(1)).isEmpty)
    }

    @Test func aSegmentStaysWhileItsCallGoesOn() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        leave
        wait 2s
        clear
        """)
        // John's segment is complete, but Maria's on the same call is not: both stay.
        #expect(desk.engine.completedRecords.count == 1)
        #expect(desk.engine.contacts.count == 2)
        #expect(desk.engine.view(of: "maria")?.contact?.queue == "BasicQueue")
    }

    /// Two segments of one call completing before the engine next looks: each is recorded once, and the
    /// call, found over at the first, is dropped once (the second finds its segments gone).
    @Test func segmentsOfACallCompletingTogetherAreRecordedOnceEachAndTheCallDroppedOnce() throws {
        let desk = try Desk()
        desk.engine.retention = Retention(endedCalls: 5)
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        leave
        customer hangs up
        wait 1s
        """)
        var streamed: [String] = []
        desk.engine.onRecord = { streamed.append($0.ContactId) }
        let segments = desk.engine.contacts.values
        #expect(segments.count == 2)
        #expect(segments.allSatisfy { !$0.completed })
        for segment in segments { desk.engine.complete(segment) }
        desk.engine.settleCompletedContacts()
        #expect(streamed == segments.map(\.id.description))
        #expect(desk.engine.contacts.isEmpty)
        #expect(Array(desk.engine.finished.endedCalls) == [1])
        #expect(desk.engine.completedRecords.map(\.ContactId) == streamed)
    }

    /// The engine notes a segment's completion itself (the segment keeps no reference to the ledger, issue 9):
    /// completing it again, before or after the engine settles, builds no second record (docs §6 rule 22).
    @Test func aSegmentCompletedTwiceIsRecordedOnce_docs6_rule22() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        """)
        var streamed: [String] = []
        desk.engine.onRecord = { streamed.append($0.ContactId) }
        let first = try #require(desk.engine.contacts.values.first)
        desk.engine.complete(first)
        desk.engine.complete(first)
        desk.engine.settleCompletedContacts()
        desk.engine.complete(first)
        desk.engine.settleCompletedContacts()
        #expect(streamed == [first.id.description])
    }

    @Test func aMissedBannerKeepsItsContactUntilTheAgentClears_docs6_rule5() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        wait 21s
        expect banner "Missed contact"
        customer hangs up
        wait 1s
        """)
        #expect(desk.engine.completedRecords.count == 1)
        #expect(desk.engine.view(of: "john")?.contact?.banner == .missed)
        #expect(!desk.engine.contacts.isEmpty)
        desk.run("clear")
        #expect(desk.engine.contacts.isEmpty)
        #expect(desk.engine.completedRecords.count == 1)
    }

    @Test func boundedRetentionKeepsTheLatestRecordsCallsAndTranscriptLines() throws {
        let bounded = try Desk()
        let everything = try Desk()
        bounded.engine.retention = Retention(records: 2, endedCalls: 1, transcriptLines: 4)
        var streamed: [String] = []
        bounded.engine.onRecord = { streamed.append($0.ContactId) }
        for desk in [bounded, everything] {
            for _ in 0..<4 {
                desk.connected(then: """
                wait 2s
                end
                clear
                """)
            }
        }
        #expect(streamed == everything.engine.completedRecords.map(\.ContactId))
        #expect(try json(bounded.engine.completedRecords) == json(Array(everything.engine.completedRecords.suffix(2))))
        #expect(bounded.engine.completedContactCount == 4)
        // Only the latest ended call is kept, with its caller's transcript.
        #expect(bounded.engine.calls.keys.sorted() == [4])
        #expect(bounded.engine.transcript(of: .customer(1)).isEmpty)
        #expect(bounded.engine.transcript(of: .customer(4)) == everything.engine.transcript(of: .customer(4)))
        // A transcript is trimmed a batch at a time: at most 4 + 4/4 lines, the newest kept.
        let john = bounded.engine.transcript(of: .agent("john"))
        let all = everything.engine.transcript(of: .agent("john"))
        #expect(all.count > 5)
        #expect(john.count >= 4 && john.count <= 5)
        #expect(john == Array(all.suffix(john.count)))
    }

    /// Streaming keeps memory flat (issue 9): once ended calls are dropped, the engine keeps no id of
    /// each call it placed, and `customer` still means the latest caller.
    @Test func aLongRunKeepsNoIdPerCallItPlacedOnceItsCallsAreDropped() throws {
        let bounded = try Desk()
        let everything = try Desk()
        bounded.engine.retention = Retention(records: 0, endedCalls: 1, transcriptLines: 4)
        for desk in [bounded, everything] {
            for _ in 0..<150 {
                desk.connected(then: """
                end
                clear
                """)
            }
        }
        #expect(bounded.engine.completedContactCount == 150)
        #expect(everything.engine.callOrder.count == 150)
        // Dropped ids go in batches of at least 64: the kept call and at most one batch remain.
        #expect(bounded.engine.callOrder.count <= 66)
        #expect(bounded.engine.callOrder.last == CallID(150))
        #expect(bounded.engine.resolveCaller(nil) == everything.engine.resolveCaller(nil))
        #expect(bounded.engine.resolveCaller("+15555550123") == everything.engine.resolveCaller("+15555550123"))
        #expect(bounded.engine.latestCallId == everything.engine.latestCallId)
    }
}
