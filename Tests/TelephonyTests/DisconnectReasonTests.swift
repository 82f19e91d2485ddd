import Telephony
import Testing

/// Every way a contact's customer call ends, against docs §2.4 (DisconnectReason) and §6 rule 23.
/// DisconnectTimestamp is "when the customer endpoint disconnected" (docs §2.1).
@Suite struct DisconnectReasons {
    /// John adds the shipping line, then leaves the caller talking to it.
    private func johnLeavesTheCallerWithShipping(_ desk: Desk) {
        desk.connected(then: """
        quick-connect "Shipping company"
        wait until party +18005550199 connected
        leave
        expect banner "After contact work"
        clear
        """)
    }

    @Test func aThirdPartyEndingTheCallAfterTheAgentLeftIsThirdPartyDisconnect_docs2_4_rule23() throws {
        let desk = try Desk()
        johnLeavesTheCallerWithShipping(desk)
        let left = desk.engine.now
        // The contact is still on the call: its record is not complete while the caller talks on.
        #expect(desk.engine.completedRecords.isEmpty)
        #expect(desk.record(1).DisconnectReason == nil)
        desk.run("""
        wait 7s
        external +18005550199 hangs up
        expect caller Disconnected
        """)
        let r = desk.record(1)
        #expect(r.DisconnectReason == "THIRD_PARTY_DISCONNECT")
        #expect(r.DisconnectTimestamp == desk.timestamp(left + 7000))
        #expect(r.DisconnectTimestamp != desk.timestamp(left))
        #expect(desk.engine.completedRecords.map(\.ContactId) == [r.ContactId])
    }

    @Test func theCallerHangingUpAfterTheAgentLeftIsCustomerDisconnectAtThatTime_docs2_4() throws {
        let desk = try Desk()
        johnLeavesTheCallerWithShipping(desk)
        let left = desk.engine.now
        desk.run("""
        wait 4s
        customer hangs up
        """)
        let r = desk.record(1)
        #expect(r.DisconnectReason == "CUSTOMER_DISCONNECT")
        #expect(r.DisconnectTimestamp == desk.timestamp(left + 4000))
        #expect(desk.engine.completedRecords.count == 1)
    }

    @Test func theRecordCompletesWhenTheCallEndsAfterClearOrAtClearAfterTheCallEnds_docs2_5() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect "Shipping company"
        wait until party +18005550199 connected
        leave
        wait 2s
        external +18005550199 hangs up
        """)
        // The call is over but John has not cleared: not complete yet (docs §6 rule 22).
        #expect(desk.engine.completedRecords.isEmpty)
        #expect(desk.record(1).DisconnectReason == "THIRD_PARTY_DISCONNECT")
        desk.run("clear")
        #expect(desk.engine.completedRecords.count == 1)
    }

    @Test func leavingACallAnotherAgentCarriesOnIsAgentDisconnectAtOnce_docs2_5() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        leave
        """)
        let left = desk.engine.now
        desk.run("""
        wait 5s
        customer hangs up
        """)
        #expect(desk.record(1).DisconnectReason == "AGENT_DISCONNECT")
        #expect(desk.record(1).DisconnectTimestamp == desk.timestamp(left))
        #expect(desk.record(2).DisconnectReason == "CUSTOMER_DISCONNECT")
    }

    @Test func anAgentHungUpByAnotherAgentIsAgentDisconnectNotCustomer_docs2_4() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        hangup maria
        expect maria banner "After contact work"
        """)
        #expect(desk.record(2).Agent?.Username == "maria")
        #expect(desk.record(2).DisconnectReason == "AGENT_DISCONNECT")
    }

    @Test func theAgentEndingATwoPartyCallIsAgentDisconnect_docs2_4() throws {
        let desk = try Desk()
        desk.connected(then: "end")
        #expect(desk.record(1).DisconnectReason == "AGENT_DISCONNECT")
    }

    @Test func theCallerHangingUpIsCustomerDisconnect_docs2_4() throws {
        let desk = try Desk()
        desk.connected(then: "customer hangs up")
        #expect(desk.record(1).DisconnectReason == "CUSTOMER_DISCONNECT")
    }

    @Test func theCallerHangingUpWhileQueuedIsCustomerDisconnectWithNoAgent_docs2_4() throws {
        let desk = try Desk()
        desk.run("""
        status Offline
        call +15555550123 -> +18005550100
        wait 10s
        customer hangs up
        """)
        #expect(desk.record(1).DisconnectReason == "CUSTOMER_DISCONNECT")
        #expect(desk.record(1).Agent == nil)
    }

    /// An outbound call that is never answered: no one disconnected a connected call.
    @Test(arguments: ["+18005550198", "+18005550197"])
    func anUnansweredOrBusyOutboundCallHasNoDisconnectReason_docs2_4(number: String) throws {
        let engine = Engine(config: WalkWorld.crowdedConfig(multiParty: false), flows: crowdedFlows())
        #expect(engine.perform(.dial(number), as: "ann") == nil)
        engine.advance(by: 60_000)
        #expect(engine.view(of: "ann")?.contact == nil)
        let r = try #require(engine.completedRecords.first)
        #expect(r.InitiationMethod == "OUTBOUND")
        #expect(r.DisconnectReason == nil)
    }

    @Test func theAgentCancellingARingingOutboundCallIsAgentDisconnect_docs2_4() throws {
        let engine = Engine(config: WalkWorld.crowdedConfig(multiParty: false), flows: crowdedFlows())
        #expect(engine.perform(.dial("+18005550197"), as: "ann") == nil)
        engine.advance(by: 5000)
        #expect(engine.perform(.endCall, as: "ann") == nil)
        #expect(engine.completedRecords.first?.DisconnectReason == "AGENT_DISCONNECT")
    }
}
