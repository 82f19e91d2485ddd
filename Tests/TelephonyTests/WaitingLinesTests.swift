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
}
