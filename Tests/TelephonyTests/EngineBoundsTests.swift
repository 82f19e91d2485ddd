import Foundation
import Telephony
import Testing

/// Work and numbers the engine bounds, so small inputs cannot hang or trap it (issue 8 point 4).
@Suite struct EngineBounds {
    /// Moves every caller to the other queue at once: BasicQueue ↔ PasswordReset.
    private static let pingPong = """
    {"Version": "2019-10-30", "StartAction": "which", "Actions": [
      {"Identifier": "which", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Queue.Name"},
       "Transitions": {"NextAction": "to-basic", "Conditions": [
         {"NextAction": "to-reset", "Condition": {"Operator": "Equals", "Operands": ["BasicQueue"]}}],
         "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "to-basic"}]}},
      {"Identifier": "to-reset", "Type": "DequeueContactAndTransferToQueue", "Parameters": {"QueueId": "PasswordReset"},
       "Transitions": {"Errors": [{"ErrorType": "NoMatchingError", "NextAction": "to-basic"}]}},
      {"Identifier": "to-basic", "Type": "DequeueContactAndTransferToQueue", "Parameters": {"QueueId": "BasicQueue"},
       "Transitions": {"Errors": [{"ErrorType": "NoMatchingError", "NextAction": "to-reset"}]}}]}
    """

    @Test func queueFlowsThatHandTheCallerBackAndForthAreStoppedWithAReason_issue8() throws {
        let desk = try Desk(flows: ["Ping pong": Self.pingPong]) { $0.defaultFlows.customerQueue = "Ping pong" }
        var trace: [FlowTraceEvent] = []
        desk.engine.onTrace = { trace.append($0) }
        desk.run("""
        status Offline
        maria: status Offline
        sam: status Offline
        call +15555550123 -> +18005550100
        wait 5s
        """)
        let stopped = desk.events.of("flow.ended").filter { $0.fields["how"]?.contains("without any time passing") == true }
        #expect(stopped.count == 1)
        #expect(stopped.first?.fields["role"] == "customerQueue")
        #expect(trace.contains { $0.type == "WorkLimit" && $0.note?.contains("without any time passing") == true })
        #expect(desk.engine.transcript(of: .customer(1)).contains { $0.text.contains("without any time passing") })
        // Bounded: about a hundred hand-overs, all at one instant, then the caller waits.
        let moves = desk.events.of("contact.created").filter { $0.fields["method"] == "QUEUE_TRANSFER" }
        #expect(moves.count > 10 && moves.count <= 100)
        #expect(Set(moves.map(\.at)).count == 1)
        // The caller still waits in the queue it was left in, and is offered once agents are free.
        desk.run("""
        expect caller "In queue"
        status Available
        maria: status Available
        sam: status Available
        wait 1s
        """)
        #expect(desk.events.of("contact.offered").count == 1)
    }

    @Test func advancingByAHugeDurationHoldsTheClockAtTheEndOfTimeInsteadOfTrapping() throws {
        let desk = try Desk()
        desk.run("call +15555550123 -> +18005550100")
        desk.engine.advance(by: 5000)
        desk.engine.advance(by: Millis.max)
        #expect(desk.engine.now == Millis.max)
        desk.engine.advance(by: Millis.max)
        #expect(desk.engine.now == Millis.max)
        desk.engine.advance(by: -5000)
        #expect(desk.engine.now == Millis.max)
    }

    @Test func aCallbackTheCustomerNeverAnswersHasNoDisconnectReasonAndNoACW_docs2_4() throws {
        let flow = """
        {"Version": "2019-10-30", "StartAction": "callback", "Actions": [
          {"Identifier": "callback", "Type": "CreateCallbackContact",
           "Parameters": {"QueueId": "BasicQueue", "InitialCallDelaySeconds": "5", "MaximumConnectionAttempts": "1", "RetryDelaySeconds": "60"},
           "Transitions": {"NextAction": "end", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "end"}]}},
          {"Identifier": "end", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
        """
        let desk = try Desk(flows: ["Callback": flow]) {
            $0.phoneNumbers = [PhoneNumberConfig(number: "+18005550100", flow: "Callback")]
            $0.customers.append(CustomerConfig(number: "+15555550177", name: "Nobody home", answersAfter: nil))
        }
        desk.run("""
        call +15555550177 -> +18005550100
        wait until banner "Callback incoming"
        accept
        wait 1m
        expect no contact
        expect status Available
        """)
        let callback = try #require(desk.engine.completedRecords.first { $0.InitiationMethod == "CALLBACK" })
        #expect(callback.DisconnectReason == nil)
        #expect(callback.Agent == nil)
        #expect(desk.events.of("callback.abandoned").count == 1)
    }
}
