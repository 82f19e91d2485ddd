@testable import Telephony
import Testing

/// Records keep their contact ids as `ContactID`s and their instants as `Timestamp`s, and write them as
/// text only when read (issue 9: text made on read): the text is Amazon Connect's (docs §2), the links
/// between segments name the segments they link (docs §2.5), and the typed values are the ones the text
/// is made from.
@Suite struct RecordTextTests {
    @Test func recordsWriteTheirIdsAndInstantsAsTextMadeFromTheTypedValues_docs2() throws {
        let desk = try Desk()
        desk.connected(then: Desk.transferThenCallerHangsUp)
        let records = desk.engine.completedRecords
        #expect(records.count == 2)
        #expect(records.map(\.ContactId) == [ContactID(serial: 1), ContactID(serial: 2)].map(\.description))
        #expect(records.map(\.contactId) == [ContactID(serial: 1), ContactID(serial: 2)])
        #expect(records[0].NextContactId == records[1].ContactId)
        #expect(records[1].PreviousContactId == records[0].ContactId)
        #expect(records[1].InitialContactId == records[0].ContactId)
        #expect(records[0].PreviousContactId == nil && records[1].NextContactId == nil)
        #expect(records[0].InitiationTimestamp == desk.timestamp(0))
        for r in records {
            #expect(r.InitiationTimestamp == r.initiatedAt.iso8601 && r.LastUpdateTimestamp == r.lastUpdatedAt.iso8601)
            #expect(r.DisconnectTimestamp == r.disconnectedAt?.iso8601)
            #expect(r.Agent?.ConnectedToAgentTimestamp == r.Agent?.connectedToAgentAt?.iso8601)
            #expect(r.Queue?.EnqueueTimestamp == r.Queue?.enqueuedAt?.iso8601)
        }
    }
}
