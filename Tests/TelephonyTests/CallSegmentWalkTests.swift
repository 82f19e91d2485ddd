@testable import Telephony
import Testing

/// A call's teardown walks its segments by index instead of over a copy of the list (issue 9): segments are only ever
/// added at the end (docs §2.5: a transfer adds a segment, none is taken away), so the walk sees those there when it
/// began, in creation order, as a copy would, even when a segment is added meanwhile.
@Suite struct CallSegmentWalkTests {
    @Test func aWalkSeesTheSegmentsThereWhenItBeganInOrder_docs2_5_issue9() {
        let call = Call(id: CallID(1), customerNumber: "+15555550123", systemNumber: "+18005550100", outbound: false,
                        at: 0)
        for serial in 1...3 { call.add(contact: ContactID(serial: serial)) }
        var walked: [ContactID] = []
        call.forEachContact { id in
            walked.append(id)
            if id.serial == 1 { call.add(contact: ContactID(serial: 4)) }
        }
        #expect(walked.map(\.serial) == [1, 2, 3])
        #expect(call.contacts.map(\.serial) == [1, 2, 3, 4])
    }
}
