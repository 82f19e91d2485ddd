@testable import Telephony
import Testing

/// What a waiting run remembers between its wake-ups: the prompt a loop plays next and when it is interrupted, the
/// digits an input has collected. Kept on the run beside its wait (issue 9), they must carry over as they did
/// inside the wait.
@Suite struct FlowWaitTests {
    static let loopingQueue = """
    {"Version": "2019-10-30", "StartAction": "loop", "Actions": [
      {"Identifier": "loop", "Type": "MessageParticipantIteratively",
       "Parameters": {"Messages": [{"Text": "First."}, {"Text": "Second."}, {"Text": "Third."}],
                      "InterruptFrequencySeconds": "5"},
       "Transitions": {"Conditions": [{"NextAction": "after",
         "Condition": {"Operator": "Equals", "Operands": ["MessagesInterrupted"]}}]}},
      {"Identifier": "after", "Type": "MessageParticipant", "Parameters": {"Text": "Interrupted."},
       "Transitions": {"NextAction": "end"}},
      {"Identifier": "end", "Type": "EndFlowExecution", "Parameters": {}, "Transitions": {}}]}
    """

    static let storedInput = """
    {"Version": "2019-10-30", "StartAction": "ask", "Actions": [
      {"Identifier": "ask", "Type": "GetParticipantInput",
       "Parameters": {"Text": "Enter the extension.", "StoreInput": "True", "InputTimeLimitSeconds": "8",
                      "DTMFConfiguration": {"InputTerminationSequence": "#"},
                      "InputValidation": {"CustomValidation": {"MaximumLength": "6"}}},
       "Transitions": {"NextAction": "say"}},
      {"Identifier": "say", "Type": "MessageParticipant", "Parameters": {"Text": "Got $.StoredCustomerInput."},
       "Transitions": {"NextAction": "end"}},
      {"Identifier": "end", "Type": "EndFlowExecution", "Parameters": {}, "Transitions": {}}]}
    """

    func prompts(_ desk: Desk) -> [String] {
        desk.events.all.compactMap { if case .promptPlayed(_, _, let text, _) = $0.kind { text } else { nil } }
    }

    /// Loop prompts plays its messages in order, starts over after the last, and takes MessagesInterrupted when its
    /// interrupt elapses (docs §3.2 MessageParticipantIteratively).
    @Test func aLoopPlaysItsPromptsInTurnUntilItsInterrupt_docs3_2_MessageParticipantIteratively() throws {
        let desk = try Desk(flows: ["Looping queue": Self.loopingQueue]) { $0.defaultFlows.customerQueue = "Looping queue" }
        desk.run("""
        status Offline
        call +15555550123 -> +18005550100
        wait until customer heard "First."
        """)
        let before = prompts(desk).count
        desk.run("wait 7s")
        // The queue flow ends after its last prompt and starts over (docs §3.2 EndFlowExecution): only the first
        // pass is compared.
        let looped = Array(prompts(desk).dropFirst(before - 1).prefix(6))
        #expect(looped == ["First.", "Second.", "Third.", "First.", "Second.", "Interrupted."])
    }

    /// Digits pressed one at a time are collected until the terminating key, and stored without it (admin guide,
    /// Store customer input).
    @Test func digitsPressedOneAtATimeAreCollectedUntilTheTerminator_adminGuideStoreCustomerInput() throws {
        let desk = try Desk(flows: ["Stored input": Self.storedInput]) {
            $0.phoneNumbers = [PhoneNumberConfig(number: "+18005550100", flow: "Stored input")]
        }
        desk.run("""
        call +15555550123 -> +18005550100
        wait until customer heard "Enter the extension."
        customer presses 1
        wait 1s
        customer presses 2
        wait 1s
        customer presses 3#
        wait 1s
        """)
        #expect(prompts(desk).last == "Got 123.")
    }
}
