import Foundation
import Testing
@testable import Flows

/// docs §3.7: legacy modules map onto flow-language actions with their parameters' meaning kept.
@Suite struct LegacyModuleTests {
    /// A legacy export holding the given modules, starting at the first one.
    func legacy(_ modules: String, start: String) -> String {
        #"{"modules": [\#(modules)], "version": "1", "type": "contactFlow", "start": "\#(start)", "metadata": {"name": "L", "type": "contactFlow"}}"#
    }

    @Test func playPromptTextBecomesMessageParticipantText() throws {
        let flow = try Fixtures.load("legacy/chat-ui-examples__Basic_Chat.json")
        let prompt = try #require(flow.action("2db78269-2720-41b1-8928-5a5684d7788f"))
        #expect(prompt.type == "MessageParticipant")
        #expect(prompt.text("Text") == "Hi you are being put into queue")
        #expect(prompt.parameter("SSML") == nil)
        #expect(prompt.transitions.nextAction == "95df56f1-b9c3-484d-9d26-6751a3059780")
    }

    @Test func playPromptSSMLBecomesMessageParticipantSSML() throws {
        let flow = try Fixtures.load("legacy/realtime-transcription__kvStreamingSampleFlow.json")
        let prompt = try #require(flow.action("d5bd7724-4436-4bfc-bd2a-d0bee26963a1"))
        #expect(prompt.type == "MessageParticipant")
        #expect(prompt.text("SSML")?.hasPrefix("<speak>") == true)
        #expect(prompt.parameter("Text") == nil)
    }

    @Test func setAttributesKeepsKeysValuesAndOrder() throws {
        let flow = try Fixtures.load("legacy/realtime-transcription__kvStreamingSampleFlow.json")
        let set = try #require(flow.action("e7825b58-a9db-4935-9f83-e67a564176e8"))
        #expect(set.type == "UpdateContactAttributes")
        let attributes = set.parameter("Attributes")?.orderedMembers?.map { "\($0.key)=\($0.value.scalarText ?? "")" }
        #expect(attributes == ["transcribeCall=true", "saveCallRecording=true", "languageCode=en-US"])
        #expect(set.transitions.nextAction == "97a964a7-5dd2-4c82-b21f-173b209be8a7")
        #expect(set.transitions.errorTarget("NoMatchingError") == "97a964a7-5dd2-4c82-b21f-173b209be8a7")
    }

    @Test func namespacedValuesBecomeJSONPathReferences() throws {
        let flow = try load(legacy(#"""
            {"id": "s", "type": "SetAttributes", "branches": [{"condition": "Success", "transition": "d"}],
             "parameters": [{"name": "Attribute", "key": "dest", "value": "phone", "namespace": "External"},
                            {"name": "Attribute", "key": "who", "value": "Customer Number", "namespace": "System"},
                            {"name": "Attribute", "key": "copy", "value": "lang", "namespace": "User Defined"}]},
            {"id": "d", "type": "Disconnect", "branches": [], "parameters": []}
            """#, start: "s"))
        let attributes = flow.action("s")?.parameter("Attributes")
        #expect(attributes?["dest"]?.stringValue == "$.External.phone")
        #expect(attributes?["who"]?.stringValue == "$.CustomerEndpoint.Address")
        #expect(attributes?["copy"]?.stringValue == "$.Attributes.lang")
    }

    @Test func setQueueByNameAndByAgentAttribute() throws {
        let flow = try Fixtures.load("legacy/chat-ui-examples__Basic_Chat.json")
        let byName = try #require(flow.action("57827b66-13bf-44fc-bec6-369c13dad6e4"))
        #expect(byName.type == "UpdateContactTargetQueue")
        #expect(byName.text("QueueId") == "BasicQueue")
        let byAgent = try #require(flow.action("58ae6259-87a7-41fd-84ed-4c524847cbcc"))
        #expect(byAgent.text("AgentId") == "$.Attributes.username")
        #expect(byAgent.parameter("QueueId") == nil)
    }

    @Test func transferToQueueKeepsItsErrorBranches() throws {
        let flow = try Fixtures.load("legacy/chat-ui-examples__Basic_Chat.json")
        let transfer = try #require(flow.action("b9362d6b-eb16-42c9-8184-256617a71588"))
        #expect(transfer.type == "TransferContactToQueue")
        #expect(transfer.transitions.nextAction == nil)
        #expect(transfer.transitions.errorTarget("QueueAtCapacity") == "2badefc0-ae32-4707-9080-59bdc0fd2ae3")
        #expect(transfer.transitions.errorTarget("NoMatchingError") == "2badefc0-ae32-4707-9080-59bdc0fd2ae3")
    }

    @Test func setEventHookBecomesOneEventHook() throws {
        let flow = try Fixtures.load("legacy/chat-ui-examples__Basic_Chat.json")
        let hook = try #require(flow.action("95df56f1-b9c3-484d-9d26-6751a3059780"))
        #expect(hook.type == "UpdateContactEventHooks")
        #expect(hook.parameter("EventHooks")?.orderedMembers?.map(\.key) == ["CustomerRemaining"])
        #expect(hook.parameter("EventHooks")?["CustomerRemaining"]?.stringValue == "Basic Chat Disconnect Flow")
    }

    @Test func lexInputAndSlotComparison() throws {
        let flow = try Fixtures.load("legacy/chat-ui-examples__InteractiveMessagingContactFlow.json")
        let lex = try #require(flow.action("b701c222-ed08-4fb2-84ff-b91f0fae04b9"))
        #expect(lex.type == "ConnectParticipantWithLexBot")
        #expect(lex.parameter("LexBot")?["Name"]?.stringValue == "InteractiveMessageBot")
        #expect(lex.text("Text") == "Type help to get help!")
        #expect(lex.transitions.errorTarget("NoMatchingCondition") == "3b2f3727-4eb7-4422-95c2-50798429f382")
        let compare = try #require(flow.action("3b2f3727-4eb7-4422-95c2-50798429f382"))
        #expect(compare.type == "Compare")
        #expect(compare.text("ComparisonValue") == "$.Lex.Slots.action")
        #expect(compare.transitions.conditions.map(\.operands) == [["Continue to agent"], ["End chat"]])
        #expect(compare.transitions.conditions.allSatisfy { $0.operatorName == "Equals" })
    }

    @Test func lambdaLoggingAndStreamingModules() throws {
        let flow = try Fixtures.load("legacy/realtime-transcription__kvStreamingSampleFlow.json")
        let lambda = try #require(flow.action("97a964a7-5dd2-4c82-b21f-173b209be8a7"))
        #expect(lambda.type == "InvokeLambdaFunction")
        #expect(lambda.text("LambdaFunctionARN")?.hasPrefix("arn:aws:lambda:") == true)
        #expect(lambda.text("InvocationTimeLimitSeconds") == "8")
        let logging = try #require(flow.action("856dd865-e5a0-49c6-aacc-55fe53c38a22"))
        #expect(logging.type == "UpdateFlowLoggingBehavior")
        #expect(logging.text("FlowLoggingBehavior") == "Enabled")
        let streaming = try #require(flow.action("6728609a-9707-41f7-a87c-30ac1fde4f4c"))
        #expect(streaming.type == "UpdateContactMediaStreamingBehavior")
        #expect(streaming.text("MediaStreamingState") == "Enabled")
        let directions = streaming.parameter("Participants")?.arrayValue?.first?["MediaDirections"]?.arrayValue
        #expect(directions?.compactMap(\.stringValue) == ["From", "To"])
        let hangUp = try #require(flow.action("99458f47-6941-48ce-9b90-fdf184759b22"))
        #expect(hangUp.type == "DisconnectParticipant")
        #expect(hangUp.transitions.isTerminal)
    }

    @Test func digitsInputLoopHoursAndPhoneTransfer() throws {
        let flow = try load(legacy(#"""
            {"id": "menu", "type": "GetUserInput", "target": "Digits",
             "branches": [{"condition": "Evaluate", "conditionType": "Equals", "conditionValue": "1", "transition": "loop"},
                          {"condition": "Timeout", "transition": "bye"}, {"condition": "NoMatch", "transition": "bye"},
                          {"condition": "Error", "transition": "bye"}],
             "parameters": [{"name": "Text", "value": "Press 1"}, {"name": "TextToSpeechType", "value": "text"},
                            {"name": "Timeout", "value": "5"}, {"name": "MaxDigits", "value": "1"}]},
            {"id": "loop", "type": "Loop", "branches": [{"condition": "Looping", "transition": "hours"},
                                                        {"condition": "Complete", "transition": "bye"}],
             "parameters": [{"name": "LoopCount", "value": "3"}]},
            {"id": "hours", "type": "CheckHoursOfOperation",
             "branches": [{"condition": "True", "transition": "call"}, {"condition": "False", "transition": "loop"},
                          {"condition": "Error", "transition": "bye"}],
             "parameters": [{"name": "Hours", "value": "arn:hours", "resourceName": "Basic Hours"}]},
            {"id": "call", "type": "Transfer", "target": "PhoneNumber",
             "branches": [{"condition": "Success", "transition": "bye"}, {"condition": "CallFailed", "transition": "bye"},
                          {"condition": "Timeout", "transition": "bye"}, {"condition": "Error", "transition": "bye"}],
             "parameters": [{"name": "PhoneNumber", "value": "+15550100"}, {"name": "BlindTransfer", "value": false},
                            {"name": "Timeout", "value": "30"}]},
            {"id": "bye", "type": "Disconnect", "branches": [], "parameters": []}
            """#, start: "menu"))
        let menu = try #require(flow.action("menu"))
        #expect(menu.type == "GetParticipantInput")
        #expect(menu.text("InputTimeLimitSeconds") == "5")
        #expect(menu.text("StoreInput") == "False")
        #expect(menu.transitions.conditions == [FlowCondition(nextAction: "loop", operatorName: "Equals", operands: ["1"])])
        #expect(menu.transitions.errors.map(\.errorType) == ["InputTimeLimitExceeded", "NoMatchingCondition", "NoMatchingError"])
        let loop = try #require(flow.action("loop"))
        #expect(loop.text("LoopCount") == "3")
        #expect(loop.transitions.conditions.map(\.operands) == [["ContinueLooping"], ["DoneLooping"]])
        let hours = try #require(flow.action("hours"))
        #expect(hours.text("HoursOfOperationId") == "arn:hours")
        #expect(hours.transitions.conditions.map(\.operands) == [["True"], ["False"]])
        let call = try #require(flow.action("call"))
        #expect(call.type == "TransferParticipantToThirdParty")
        #expect(call.text("ThirdPartyPhoneNumber") == "+15550100")
        #expect(call.text("ContinueFlowExecution") == "True")
        #expect(call.text("ThirdPartyConnectionTimeLimitSeconds") == "30")
        #expect(call.transitions.errors.map(\.errorType) == ["CallFailed", "ConnectionTimeLimitExceeded", "NoMatchingError"])
        #expect(FlowValidator.validate(flow, as: nil).isEmpty)
    }

    @Test func numericComparisonsGetFlowLanguageOperators() throws {
        let flow = try load(legacy(#"""
            {"id": "c", "type": "CheckAttribute",
             "branches": [{"condition": "Evaluate", "conditionType": "GreaterThan", "conditionValue": 3, "transition": "d"},
                          {"condition": "Evaluate", "conditionType": "LessThanOrEqualTo", "conditionValue": "1", "transition": "d"},
                          {"condition": "NoMatch", "transition": "d"}],
             "parameters": [{"name": "Attribute", "value": "tries"}, {"name": "Namespace", "value": "User Defined"}]},
            {"id": "d", "type": "Disconnect", "branches": [], "parameters": []}
            """#, start: "c"))
        let compare = try #require(flow.action("c"))
        #expect(compare.text("ComparisonValue") == "$.Attributes.tries")
        #expect(compare.transitions.conditions.map(\.operatorName) == ["NumberGreaterThan", "NumberLessOrEqualTo"])
        #expect(compare.transitions.conditions.first?.operands == ["3"])
    }

    @Test func unmappedModulesKeepTheirTypeAndAreFlaggedAsUnknown() throws {
        let flow = try load(legacy(#"""
            {"id": "x", "type": "CustomerInQueue", "branches": [{"condition": "Success", "transition": "d"}],
             "parameters": [{"name": "Foo", "value": "bar"}]},
            {"id": "d", "type": "Disconnect", "branches": [], "parameters": []}
            """#, start: "x"))
        #expect(flow.action("x")?.type == "CustomerInQueue")
        #expect(flow.action("x")?.text("Foo") == "bar")
        let problems = FlowValidator.validate(flow, as: nil)
        #expect(problems.count == 1)
        #expect(problems.first?.isError == false)
        #expect(problems.first?.message.contains("unknown action type") == true)
        #expect(problems.first?.location == "action x (CustomerInQueue) at $.modules[0]")
    }
}
