import Telephony
import Testing

/// A queued callback has no caller on the line to hang up: "After any initial delay is applied,
/// the callback is put into the queue. It remains there until an agent is available and can be
/// offered the contact" [AG/about-queued-callbacks] (docs §2.5, §3.4 Callback).
@Suite("Queued callbacks wait for an agent")
struct QueuedCallbackTests {
    static let callbackFlow = """
    {"Version": "2019-10-30", "StartAction": "callback", "Actions": [
      {"Identifier": "callback", "Type": "CreateCallbackContact",
       "Parameters": {"QueueId": "BasicQueue", "InitialCallDelaySeconds": "5", "MaximumConnectionAttempts": "1", "RetryDelaySeconds": "60"},
       "Transitions": {"NextAction": "end", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "end"}]}},
      {"Identifier": "end", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
    """

    /// The walks reported this (seeds 123, 579, 687) as CALLBACK records that never completed: every
    /// agent had gone to Break, Lunch or Offline, so the callbacks waited in queue, as they should.
    @Test("A callback queued while no agent is Available waits, then is offered, dialled and completed once one is (§2.5, §3.4)")
    func callbackWaitsForAnAvailableAgentThenCompletes() throws {
        let desk = try Desk(flows: ["Callback": Self.callbackFlow]) {
            $0.phoneNumbers = [PhoneNumberConfig(number: "+18005550100", flow: "Callback")]
            $0.customers.append(CustomerConfig(number: "+15555550177", name: "Pat at home", answersAfter: 2000))
        }
        desk.run("""
        status Break
        call +15555550177 -> +18005550100
        wait 10m
        expect no contact
        expect records 2
        expect completed records 1
        expect record 2 InitiationMethod CALLBACK
        status Available
        wait until banner "Callback incoming"
        accept
        wait until banner Connected
        end
        clear
        expect completed records 2
        expect completed record 2 InitiationMethod CALLBACK
        expect completed record 2 Agent.Username john
        """)
    }
}
