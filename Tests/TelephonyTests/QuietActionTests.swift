import Telephony
import Testing

/// Flow actions with nothing to hear still run and take their Success branch; the callback number
/// a flow sets is the one a callback rings (issue 13 point 6; docs §3.2).
@Suite struct QuietFlowActions {
    private static let flow = """
    {"Version": "2019-10-30", "StartAction": "data", "Actions": [
      {"Identifier": "data", "Type": "UpdateContactData", "Parameters": {"Name": "Locked out", "Description": "Password"},
       "Transitions": {"NextAction": "voice", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "failed"}]}},
      {"Identifier": "voice", "Type": "UpdateContactTextToSpeechVoice", "Parameters": {"TextToSpeechVoice": "Joanna"},
       "Transitions": {"NextAction": "complete", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "failed"}]}},
      {"Identifier": "complete", "Type": "CompleteOutboundCall", "Parameters": {},
       "Transitions": {"NextAction": "number", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "failed"}]}},
      {"Identifier": "number", "Type": "UpdateContactCallbackNumber", "Parameters": {"CallbackNumber": "+15555550177"},
       "Transitions": {"NextAction": "callback", "Errors": [{"ErrorType": "InvalidCallbackNumber", "NextAction": "failed"},
                                                           {"ErrorType": "NoMatchingError", "NextAction": "failed"}]}},
      {"Identifier": "callback", "Type": "CreateCallbackContact",
       "Parameters": {"QueueId": "BasicQueue", "InitialCallDelaySeconds": "5", "MaximumConnectionAttempts": "1", "RetryDelaySeconds": "60"},
       "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "failed"}]}},
      {"Identifier": "bye", "Type": "MessageParticipant", "Parameters": {"Text": "We will call you back."},
       "Transitions": {"NextAction": "end"}},
      {"Identifier": "failed", "Type": "MessageParticipant", "Parameters": {"Text": "Something failed."},
       "Transitions": {"NextAction": "end"}},
      {"Identifier": "end", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
    """

    @Test func quietActionsTakeSuccessAndTheSetCallbackNumberIsRung_docs3_2() throws {
        let desk = try Desk(flows: ["Quiet": Self.flow]) {
            $0.phoneNumbers = [PhoneNumberConfig(number: "+18005550100", flow: "Quiet")]
        }
        var trace: [FlowTraceEvent] = []
        desk.engine.onTrace = { trace.append($0) }
        desk.run("""
        call +15555550123 -> +18005550100
        expect customer heard "We will call you back."
        expect customer not heard "Something failed."
        """)
        for id in ["data", "voice", "complete", "number", "callback"] {
            #expect(trace.first { $0.action == id }?.branch == "Success", "\(id)")
        }
        #expect(desk.events.of("callback.created").first?.fields["number"] == "+15555550177")
        desk.run("""
        wait until banner "Callback incoming"
        accept
        wait until banner Connected
        """)
        #expect(desk.events.of("callback.dialing").first?.fields["number"] == "+15555550177")
        #expect(desk.engine.view(of: "john")?.contact?.customerNumber == "+15555550177")
    }
}
