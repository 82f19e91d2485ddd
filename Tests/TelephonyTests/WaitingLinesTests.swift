@testable import Telephony
import Testing

/// Routing offers the contact at the head of a line (docs §6 rule 7: longest waiting first) and takes it from there
/// with `removeHead(ofLine:)`, not the general `remove(at:)` (issue 9): the rest of the line keeps its order and the
/// count of waiting contacts goes down by one.
@Suite struct WaitingLinesTests {
    @Test func takingTheHeadLeavesTheRestInOrder_docs6_rule7() {
        var lines = WaitingLines([.queue("Intake"), .queue("Specialists")])
        let intake = lines.number(for: .queue("Intake"))
        let specialists = lines.number(for: .queue("Specialists"))
        for serial in 1...3 { lines.insert(ContactID(serial: serial), at: serial - 1, inLine: intake) }
        lines.insert(ContactID(serial: 9), at: 0, inLine: specialists)
        lines.removeHead(ofLine: intake)
        #expect(lines[line: intake].map(\.serial) == [2, 3])
        #expect(lines.head(ofLine: intake)?.serial == 2)
        #expect(lines[line: specialists].map(\.serial) == [9])
        #expect(lines.count == 3)
    }

    /// A contact joins at the place routing order gives it (docs §3.2 UpdateContactRoutingBehavior): at the end, which
    /// is appended (issue 9), at the head or in the middle.
    @Test func aContactJoinsAtItsPlace_docs3_2() {
        var lines = WaitingLines([.queue("Intake")])
        let intake = lines.number(for: .queue("Intake"))
        lines.insert(ContactID(serial: 2), at: 0, inLine: intake)
        lines.insert(ContactID(serial: 4), at: 1, inLine: intake)
        lines.insert(ContactID(serial: 1), at: 0, inLine: intake)
        lines.insert(ContactID(serial: 3), at: 2, inLine: intake)
        lines.insert(ContactID(serial: 5), at: 4, inLine: intake)
        #expect(lines[line: intake].map(\.serial) == [1, 2, 3, 4, 5])
        #expect(lines.count == 5)
    }
}
