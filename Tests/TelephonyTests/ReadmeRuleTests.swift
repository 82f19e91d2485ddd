import Telephony
import Testing

/// Rules README "How it behaves" states, each pinned here (issue 13 point 6).
@Suite struct ReadmeRules {
    // MARK: transfers

    /// Maria takes the first caller from John and is still on that call when John, on a second
    /// call, quick-connects her.
    private func mariaBusyAndJohnOnASecondCall(_ desk: Desk) {
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        leave
        clear
        manual maria
        call +15555550124 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait until banner Connected
        """)
    }

    @Test func aTransferToABusyAgentFailsAtOnceAndTheTransferringAgentKeepsTheHeldCaller_docs3_2() throws {
        let desk = try Desk()
        mariaBusyAndJohnOnASecondCall(desk)
        let mariasCall = desk.engine.view(of: "maria")?.contact?.contactId
        let start = desk.engine.now
        desk.run("""
        quick-connect Maria
        expect party customer "on hold"
        wait until john heard "failed" within 10s
        expect john heard "Transfer to Maria failed: Maria Garcia is not available"
        """)
        // The agent transfer flow says "Transferring now..." (about 1 s) and then its Transfer to
        // agent fails: no 20 s of ringing at a busy agent.
        #expect(desk.engine.now - start < 5000)
        #expect(desk.events.of("contact.offered").filter { $0.fields["agent"] == "maria" }.count == 1)
        #expect(desk.engine.view(of: "maria")?.contact?.contactId == mariasCall)
        desk.run("""
        expect banner "On hold"
        expect party customer "on hold"
        expect party maria absent
        resume customer
        expect john hears customer
        """)
    }

    @Test func theSecondAgentMayHangUpTheCallerOnlyOnceTheAgentInChargeHasLeft_docs6_rule20() throws {
        let desk = try Desk()
        desk.connected(then: """
        manual maria
        quick-connect Maria
        wait until maria banner "Incoming call"
        maria: accept
        wait until maria banner Connected
        join
        maria: hangup customer
        expect refused "only after the agent who transferred the call has left"
        leave
        maria: hangup customer
        expect maria banner "After contact work"
        expect caller Disconnected
        """)
        #expect(desk.record(2).DisconnectReason == "AGENT_DISCONNECT")
    }

    // MARK: routing

    /// BasicQueue's callers: one on the built-in number (Sample inbound), one on a second number
    /// whose inbound flow queues it with a time adjustment of `seconds`.
    private func deskWithAnAdjustedLine(seconds: Int) throws -> Desk {
        let adjusted = """
        {"Version": "2019-10-30", "StartAction": "adjust", "Actions": [
          {"Identifier": "adjust", "Type": "UpdateContactRoutingBehavior",
           "Parameters": {"QueueTimeAdjustmentSeconds": "\(seconds)"}, "Transitions": {"NextAction": "set-queue"}},
          {"Identifier": "set-queue", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "BasicQueue"},
           "Transitions": {"NextAction": "to-queue", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
          {"Identifier": "to-queue", "Type": "TransferContactToQueue",
           "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "QueueAtCapacity", "NextAction": "bye"},
                                                         {"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
          {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
        """
        return try Desk(flows: ["Adjusted inbound": adjusted]) {
            $0.phoneNumbers.append(PhoneNumberConfig(number: "+18005550111", flow: "Adjusted inbound"))
        }
    }

    private func offeredFirst(_ desk: Desk) -> String? {
        desk.run("""
        status Offline
        call +15555550123 -> +18005550100
        wait 10s
        call +15555550124 -> +18005550111
        wait 5s
        status Available
        """)
        return desk.engine.view(of: "john")?.contact?.customerNumber
    }

    @Test func routingOffersTheLongestWaitingContactFirst_READMERoutingOrder() throws {
        #expect(offeredFirst(try deskWithAnAdjustedLine(seconds: 0)) == "+15555550123")
    }

    @Test func aTimeAdjustmentCountsAsTimeAlreadyWaited_docs3_2_UpdateContactRoutingBehavior() throws {
        // The second caller queued 10 s later, but 60 s of adjustment put it 50 s ahead.
        #expect(offeredFirst(try deskWithAnAdjustedLine(seconds: 60)) == "+15555550124")
        // 5 s of adjustment is not enough to pass a caller who waited 10 s longer.
        #expect(offeredFirst(try deskWithAnAdjustedLine(seconds: 5)) == "+15555550123")
    }

    @Test func aPriorityGivenWhileQueuedMovesTheContactAhead_docs3_2_UpdateContactRoutingBehavior() throws {
        let vipQueue = """
        {"Version": "2019-10-30", "StartAction": "who", "Actions": [
          {"Identifier": "who", "Type": "Compare", "Parameters": {"ComparisonValue": "$.CustomerEndpoint.Address"},
           "Transitions": {"NextAction": "music", "Conditions": [
             {"NextAction": "boost", "Condition": {"Operator": "Equals", "Operands": ["+15555550125"]}}],
             "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "music"}]}},
          {"Identifier": "boost", "Type": "UpdateContactRoutingBehavior", "Parameters": {"QueuePriority": "1"},
           "Transitions": {"NextAction": "music"}},
          {"Identifier": "music", "Type": "MessageParticipantIteratively",
           "Parameters": {"Messages": [{"PromptId": "hold-music"}]}, "Transitions": {}}]}
        """
        let desk = try Desk(flows: ["VIP queue": vipQueue]) { $0.defaultFlows.customerQueue = "VIP queue" }
        desk.run("""
        status Offline
        call +15555550123 -> +18005550100
        wait 5s
        call +15555550124 -> +18005550100
        wait 5s
        call +15555550125 -> +18005550100
        wait 5s
        status Available
        """)
        #expect(desk.engine.view(of: "john")?.contact?.customerNumber == "+15555550125")
        desk.run("""
        accept
        wait until banner Connected
        end
        clear
        wait until banner "Incoming call"
        """)
        #expect(desk.engine.view(of: "john")?.contact?.customerNumber == "+15555550123")
    }

    // MARK: outbound calls

    @Test(arguments: ["+18005550198", "+18005550197"])
    func anUnansweredOutboundCallFromIdleLeavesNoAfterContactWork_docs1_6(number: String) throws {
        let engine = Engine(config: WalkWorld.crowdedConfig(multiParty: false), flows: crowdedFlows())
        #expect(engine.perform(.dial(number), as: "ann") == nil)
        #expect(engine.view(of: "ann")?.contact?.banner == .connecting)
        engine.advance(by: 31_000)
        #expect(engine.view(of: "ann")?.contact == nil)
        #expect(engine.view(of: "ann")?.status == "Available")
        #expect(engine.completedRecords.first?.Agent?.AfterContactWorkStartTimestamp == nil)
    }

    @Test func anOutboundCallTheAgentEndsWhileItRingsLeavesNoAfterContactWork_docs1_6() throws {
        let engine = Engine(config: WalkWorld.crowdedConfig(multiParty: false), flows: crowdedFlows())
        #expect(engine.perform(.dial("+18005550197"), as: "ann") == nil)
        engine.advance(by: 3000)
        #expect(engine.perform(.endCall, as: "ann") == nil)
        #expect(engine.view(of: "ann")?.contact == nil)
        #expect(engine.view(of: "ann")?.status == "Available")
        #expect(engine.completedRecords.first?.Agent?.AfterContactWorkStartTimestamp == nil)
    }

    // MARK: timing

    @Test func textToSpeechTakes400MillisecondsAWord_150WordsAMinute() {
        #expect(Prompt(text: "one two three four five six seven eight nine ten").duration == 4000)
        let minute = Array(repeating: "word", count: 150).joined(separator: " ")
        #expect(Prompt(text: minute).duration == 60_000)
        #expect(Prompt(text: "Hi").duration == 1000, "at least one second a prompt")
        #expect(Prompt(text: "beep", kind: .recording, duration: 1000).duration == 1000)
    }

    @Test func aCallerHearsAPromptForAsLongAs150WordsAMinuteSay() throws {
        // 20 words: 8 s; the caller hears the next prompt only then.
        let twenty = Array(repeating: "please", count: 20).joined(separator: " ")
        let flow = """
        {"Version": "2019-10-30", "StartAction": "a", "Actions": [
          {"Identifier": "a", "Type": "MessageParticipant", "Parameters": {"Text": "\(twenty)"}, "Transitions": {"NextAction": "b"}},
          {"Identifier": "b", "Type": "MessageParticipant", "Parameters": {"Text": "Second prompt"}, "Transitions": {"NextAction": "c"}},
          {"Identifier": "c", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
        """
        let desk = try Desk(flows: ["Timed": flow]) { $0.phoneNumbers = [PhoneNumberConfig(number: "+18005550100", flow: "Timed")] }
        desk.run("call +15555550123 -> +18005550100")
        desk.engine.advance(to: 7999)
        #expect(!desk.engine.transcript(of: .customer(1)).contains { $0.text == "Second prompt" })
        desk.engine.advance(to: 8000)
        #expect(desk.engine.transcript(of: .customer(1)).last?.text == "Second prompt")
    }
}
