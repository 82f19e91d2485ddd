import Telephony
import Testing

/// Routing offers a contact only to an agent who is Available with no contact in any state
/// (docs §6 rules 7, 8): not while an outbound call rings, not while monitoring, and again as soon
/// as the agent's part of the last contact is over, even when that contact's record stays open.
@Suite("Offers go only to agents with no contact")
struct OffersToBusyAgentsTests {
    /// The walks reported this (seeds 171, 179, 467) as an offer to an agent still on a contact:
    /// the agent had left the caller with a third party, its ACW had timed out and it was cleared,
    /// all within one step. The agent's part is over (docs §6 rule 15: ACW, then Clear contact frees
    /// the slot), while the contact is still on the call and its record completes only when the
    /// caller's call ends (docs §2.4 THIRD_PARTY_DISCONNECT, §6 rules 22, 23).
    @Test("An agent who left the caller with a third party and cleared is offered the next call; that record completes when the caller's call ends (§2.4, §6 rules 7, 15, 22, 23)")
    func agentWhoLeftACallerWithAThirdPartyTakesTheNextCall() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect "Shipping company"
        wait until party +18005550199 connected
        leave
        clear
        expect no contact
        expect status Available
        call +15555550177 -> +18005550100
        wait until banner "Incoming call"
        """)
        let first = desk.record(1)
        #expect(!desk.engine.completedContactIds.contains(first.ContactId))
        desk.run("""
        accept
        wait until banner Connected
        customer +15555550123 hangs up
        expect completed record 1 DisconnectReason CUSTOMER_DISCONNECT
        """)
    }

    /// An outbound call occupies the agent from the moment it is dialled (docs §3.4 Outbound): a
    /// call to the centre waits in queue until the outbound call ends and the agent is free.
    @Test("An agent dialling out is not offered an inbound call until the outbound call ends (§3.4 Outbound, §6 rule 7)")
    func agentDiallingOutIsNotOffered() throws {
        let desk = try Desk {
            $0.customers.append(CustomerConfig(number: "+15555550177", name: "Slow to answer", answersAfter: 20_000))
        }
        desk.run("""
        dial +15555550177
        expect banner Connecting
        call +15555550123 -> +18005550100
        wait 15s
        expect banner Connecting
        expect party +15555550177 connecting
        end
        wait until banner "Incoming call"
        """)
    }

    /// A supervisor listening in is on that call ("the status in your CCP changes to Monitoring",
    /// docs/supervisor.md [AG/monitor-conversations]): routing does not offer it another (docs §6
    /// rule 7) until monitoring stops, by End call or by the call ending.
    @Test("A monitoring supervisor is not offered contacts until monitoring stops (§6 rule 7, docs/supervisor.md)")
    func monitoringSupervisorIsNotOffered() throws {
        try Self.sueMonitorsJohn(then: """
        expect status Monitoring
        call +15555550177 -> +18005550100
        wait 30s
        expect no contact
        expect status Monitoring
        end
        expect banner "Incoming call"
        """)
    }

    /// John connected to a caller and Sue (Available, in John's routing profile) monitoring him, as
    /// the script goes on to act as Sue.
    private static func sueMonitorsJohn(then script: String) throws {
        let desk = try Desk {
            $0.agents.append(AgentConfig(username: "sue", firstName: "Sue", lastName: "Park", routingProfile: "Support",
                                         initialStatus: "Available"))
        }
        desk.connected(then: "as sue\nmonitor john\n" + script)
    }

    /// Monitoring that stops because the monitored call ends frees the supervisor at that instant.
    @Test("A supervisor whose monitored call ends is offered the waiting call at once (§6 rule 7, docs/supervisor.md)")
    func supervisorIsOfferedWhenTheMonitoredCallEnds() throws {
        try Self.sueMonitorsJohn(then: """
        call +15555550177 -> +18005550100
        wait 30s
        expect no contact
        customer +15555550123 hangs up
        expect banner "Incoming call"
        """)
    }
}
