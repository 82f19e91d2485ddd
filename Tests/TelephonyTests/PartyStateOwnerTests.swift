import Telephony
import Testing

/// A party's connection state changes in one place, which emits the Streams state and keeps the hold
/// tallies; a flow changing states (UpdatePreviousContactParticipantState) goes through it like a button
/// does (docs §2.2, §6 rules 1, 19, 22).
@Suite struct PartyStateOwner {
    /// An agent transfer flow that holds the agent, then the customer, plays a prompt (9 words: 3.6 s) and
    /// takes both off hold before ending the transfer.
    static let holdingTransfer = """
    {"Version": "2019-10-30", "StartAction": "agent-hold",
     "Actions": [
      {"Identifier": "agent-hold", "Type": "UpdatePreviousContactParticipantState",
       "Parameters": {"PreviousContactParticipantState": "AgentOnHold"}, "Transitions": {"NextAction": "customer-hold"}},
      {"Identifier": "customer-hold", "Type": "UpdatePreviousContactParticipantState",
       "Parameters": {"PreviousContactParticipantState": "CustomerOnHold"}, "Transitions": {"NextAction": "say"}},
      {"Identifier": "say", "Type": "MessageParticipant", "Parameters": {"Text": "One moment while I look this up for you"},
       "Transitions": {"NextAction": "off-hold"}},
      {"Identifier": "off-hold", "Type": "UpdatePreviousContactParticipantState",
       "Parameters": {"PreviousContactParticipantState": "OffHold"}, "Transitions": {"NextAction": "end"}},
      {"Identifier": "end", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
    """

    func holdingDesk() throws -> Desk {
        let desk = try Desk(flows: ["Holding transfer": Self.holdingTransfer]) { $0.defaultFlows.agentTransfer = "Holding transfer" }
        desk.connected(then: """
        quick-connect Maria
        wait 10s
        end
        clear
        """)
        return desk
    }

    @Test func aCustomerHoldMadeByAFlowCountsInTheRecord_docs2_2() throws {
        let desk = try holdingDesk()
        let agent = try #require(desk.record(1).Agent)
        // The quick connect's hold (closed at once when the flow holds the agent instead), then the flow's own
        // customer hold for the 3.6 s prompt (whole seconds, rounded down: docs §6 rule 22).
        #expect(agent.NumberOfHolds == 2)
        #expect(agent.CustomerHoldDuration == 3)
        #expect(agent.LongestHoldDuration == 3)
    }

    @Test func everyStateAFlowSetsIsAnEventInStreamsNames_docs6_rule1() throws {
        let desk = try holdingDesk()
        let events = ExhaustiveEvents(desk.events, only: [.connectionState])
        // John's leg connects once the whispers have played.
        events.receive(.connectionStateChanged(call: 1, party: .leg(1), state: .connected), at: 4400)
        // The quick connect holds the customer (docs §6 rule 10).
        events.receive(.connectionStateChanged(call: 1, party: .customer, state: .hold), at: 4400)
        // AgentOnHold, CustomerOnHold, OffHold.
        events.receive(.connectionStateChanged(call: 1, party: .leg(1), state: .hold), at: 4400)
        events.receive(.connectionStateChanged(call: 1, party: .customer, state: .connected), at: 4400)
        events.receive(.connectionStateChanged(call: 1, party: .leg(1), state: .connected), at: 4400)
        events.receive(.connectionStateChanged(call: 1, party: .customer, state: .hold), at: 4400)
        events.receive(.connectionStateChanged(call: 1, party: .customer, state: .connected), at: 8000)
        // The transfer flow disconnected without transferring: its leg drops, John keeps the caller.
        events.receive(.connectionStateChanged(call: 1, party: .leg(2), state: .disconnected), at: 8000)
        events.receive(.connectionStateChanged(call: 1, party: .leg(1), state: .disconnected), at: 14_400)
        events.receive(.connectionStateChanged(call: 1, party: .customer, state: .disconnected), at: 14_400)
        events.finish()
    }
}
