@testable import Telephony
import Testing

/// Clear contact carries on with the agent it was given (issue 9: a bot's clear looked its agent up four times): the
/// segment completes, the agent is free again and a next status chosen on the contact applies (docs §6 rules 6, 8).
@Suite struct ClearTests {
    @Test func clearCompletesTheSegmentFreesTheAgentAndAppliesTheNextStatus_docs6_rules6_8() throws {
        let desk = try Desk()
        desk.connected(then: """
        status Lunch
        expect next-status Lunch
        end
        clear
        expect status Lunch
        """)
        let john = try #require(desk.engine.agentNumber("john"))
        #expect(desk.engine.agents[john].slot == .free)
        #expect(desk.engine.completedRecords.count == 1)
        #expect(desk.events.of("contact.cleared").count == 1)
    }

    /// A bot clears by itself after its `clearAfter` (2 s for Maria in the built-in scenario).
    @Test func aBotClearsItsContactAfterItsClearAfter_docs6_rule6() throws {
        let desk = try Desk()
        desk.connected(then: Desk.transferThenCallerHangsUp)
        let maria = try #require(desk.engine.agentNumber("maria"))
        #expect(desk.engine.agents[maria].slot == .free)
        #expect(desk.engine.completedRecords.count == 2)
        #expect(desk.events.of("contact.cleared").count == 2)
    }
}
