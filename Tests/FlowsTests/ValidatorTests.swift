import Foundation
import Testing
@testable import Flows

@Suite struct FlowTypeMatrixTests {
    func single(_ type: String, _ parameters: String = "{}") -> String {
        #"{"Identifier": "a", "Type": "\#(type)", "Parameters": \#(parameters), "Transitions": {}}"#
    }

    @Test("docs §3.3 matrix: MessageParticipant is not allowed in hold flows")
    func messageParticipantNotInHoldFlows() throws {
        let prompt = single("MessageParticipant", #"{"Text": "Hello"}"#)
        let problems = try validate(prompt, as: .customerHold)
        #expect(problems.count == 1)
        let p = try #require(problems.first)
        #expect(p.isError)
        #expect(p.file == "test.json")
        #expect(p.line == 1)
        #expect(p.location == "action a (MessageParticipant) at $.Actions[0]")
        #expect(p.message.contains("not allowed in CUSTOMER_HOLD flows"))
        #expect(p.message.contains("docs §3.3 matrix"))
        #expect(p.fix?.hasPrefix("move it to a CONTACT_FLOW, CUSTOMER_QUEUE") == true)
        #expect(try validate(prompt, as: .agentHold).count == 1)
        #expect(try validate(prompt, as: .customerWhisper).isEmpty)
    }

    @Test("docs §3.2: DisconnectParticipant is allowed in CF, CQ, AT and QT only")
    func disconnectParticipant() throws {
        let allowed: Set<FlowType> = [.contactFlow, .customerQueue, .agentTransfer, .queueTransfer]
        for type in FlowType.allCases {
            #expect(try validate(single("DisconnectParticipant"), as: type).isEmpty == allowed.contains(type), "\(type)")
        }
    }

    @Test("docs §3.2: EndFlowExecution is allowed in CQ, CW, AW and OW only")
    func endFlowExecution() throws {
        let allowed: Set<FlowType> = [.customerQueue, .customerWhisper, .agentWhisper, .outboundWhisper]
        for type in FlowType.allCases {
            #expect(try validate(single("EndFlowExecution"), as: type).isEmpty == allowed.contains(type), "\(type)")
        }
    }

    @Test("docs §3.2: UpdateContactEventHooks is allowed in all flow types")
    func eventHooksEverywhere() throws {
        let hook = single("UpdateContactEventHooks", #"{"EventHooks": {"CustomerHold": "hold"}}"#)
        for type in FlowType.allCases { #expect(try validate(hook, as: type).isEmpty, "\(type)") }
    }

    @Test("docs §3.3 matrix: transfer, queue and loop-prompt actions by flow type")
    func restrictedActions() throws {
        let cases: [(String, String, Set<FlowType>)] = [
            ("TransferContactToAgent", "{}", [.agentTransfer, .queueTransfer]),
            ("TransferContactToQueue", "{}", [.contactFlow, .agentTransfer, .queueTransfer]),
            ("DequeueContactAndTransferToQueue", #"{"QueueId": "q"}"#, [.customerQueue]),
            ("MessageParticipantIteratively", #"{"Messages": [{"PromptId": "m"}]}"#, [.customerQueue, .customerHold, .agentHold]),
            ("GetParticipantInput", #"{"Text": "Press 1", "InputTimeLimitSeconds": "5"}"#,
             [.contactFlow, .customerQueue, .agentTransfer, .queueTransfer]),
            ("UpdateContactRecordingBehavior", #"{"RecordingBehavior": {"RecordedParticipants": []}}"#,
             [.contactFlow, .customerQueue, .outboundWhisper, .agentTransfer, .queueTransfer]),
        ]
        for (type, parameters, allowed) in cases {
            for flowType in FlowType.allCases {
                let problems = try validate(single(type, parameters), as: flowType)
                #expect(problems.isEmpty == allowed.contains(flowType), "\(type) in \(flowType): \(problems)")
            }
        }
    }

    @Test func theDeclaredTypeIsUsedWhenNoneIsGiven() throws {
        let hold = try Fixtures.load("real/gitlab-cicd__acme_hold_AUTO.json")
        #expect(FlowValidator.validate(hold, as: nil).isEmpty)
        #expect(errors(FlowValidator.validate(hold, as: .contactFlow)).count == 1)
    }

    @Test func withoutAnyTypeTheMatrixIsSkipped() throws {
        let flow = try load(flowText(single("EndFlowExecution")))
        #expect(flow.type == nil)
        #expect(FlowValidator.validate(flow, as: nil).isEmpty)
    }

    @Test func unknownActionTypesAreWarningsNotErrors() throws {
        let problems = try validate(single("SendCarrierPigeon"))
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.message.contains("unknown action type") == true)
        #expect(problems.first?.description.contains("warning: ") == true)
    }
}

@Suite struct StructureRuleTests {
    @Test("docs §3.1: StartAction must name an action")
    func startActionMustExist() throws {
        let problems = try validate(disconnect("a"), start: "nowhere")
        #expect(errors(problems).map(\.location) == ["$.StartAction"])
    }

    @Test("docs §3.1: every transition must name an action of the flow")
    func transitionsToMissingActions() throws {
        let problems = try validate(#"""
            {"Identifier": "a", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Attributes.x"},
             "Transitions": {"NextAction": "gone1",
                             "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "gone2"}],
                             "Conditions": [{"NextAction": "gone3", "Condition": {"Operator": "Equals", "Operands": ["1"]}}]}}
            """#)
        #expect(problems.map(\.location) == [
            "action a (Compare) at $.Actions[0].Transitions.NextAction",
            "action a (Compare) at $.Actions[0].Transitions.Errors[0].NextAction",
            "action a (Compare) at $.Actions[0].Transitions.Conditions[0].NextAction",
        ])
        #expect(problems.allSatisfy { $0.isError && $0.fix != nil })
    }

    @Test func unreachableActionsAreWarnings() throws {
        let problems = try validate("\(disconnect("a")), \(disconnect("island"))")
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.location == "action island (DisconnectParticipant) at $.Actions[1]")
    }

    @Test("docs §3.1: at most 250 actions")
    func actionLimit() throws {
        func chain(_ count: Int) -> String {
            (0..<count).map { i in
                i == count - 1 ? disconnect("a\(i)")
                    : #"{"Identifier": "a\#(i)", "Type": "UpdateContactAttributes", "Parameters": {"Attributes": {"k": "v"}}, "Transitions": {"NextAction": "a\#(i + 1)"}}"#
            }.joined(separator: ",\n")
        }
        #expect(try validate(chain(250), start: "a0").isEmpty)
        let problems = try validate(chain(251), start: "a0")
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("251 actions") == true)
    }

    @Test("docs §3.1: identifiers are unique")
    func duplicateIdentifiers() throws {
        let problems = try validate(#"""
            {"Identifier": "a", "Type": "UpdateContactAttributes", "Parameters": {"Attributes": {}}, "Transitions": {"NextAction": "a"}},
            \#(disconnect("a"))
            """#)
        #expect(errors(problems).count == 1)
        #expect(errors(problems).first?.location == "action a (DisconnectParticipant) at $.Actions[1].Identifier")
    }

    @Test("docs §3.1: identifiers are at most 50 characters")
    func identifierLength() throws {
        let fifty = String(repeating: "x", count: 50)
        #expect(try validate(disconnect(fifty), start: fifty).isEmpty)
        let fiftyOne = fifty + "y"
        let problems = try validate(disconnect(fiftyOne), start: fiftyOne)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("51 characters") == true)
    }

    @Test("docs §3.1: Version is 2019-10-30")
    func version() throws {
        let flow = try load(flowText(disconnect("a"), version: "2020-01-01"))
        let problems = FlowValidator.validate(flow, as: .contactFlow)
        #expect(problems.map(\.location) == ["$.Version"])
        let missing = try load(#"{"StartAction": "a", "Actions": [\#(disconnect("a"))]}"#)
        #expect(FlowValidator.validate(missing, as: nil).first?.message.contains("missing") == true)
    }

    @Test("docs §3.1: condition operators are the eight documented ones")
    func conditionOperators() throws {
        let problems = try validate(#"""
            {"Identifier": "a", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Attributes.x"},
             "Transitions": {"Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "b"}],
                             "Conditions": [{"NextAction": "b", "Condition": {"Operator": "GreaterThan", "Operands": ["1"]}},
                                            {"NextAction": "b", "Condition": {"Operator": "TextContains", "Operands": ["1"]}}]}},
            \#(disconnect("b"))
            """#)
        #expect(problems.count == 1)
        #expect(problems.first?.location == "action a (Compare) at $.Actions[0].Transitions.Conditions[0].Condition.Operator")
        #expect(problems.first?.fix?.contains("NumberGreaterThan") == true)
    }
}

@Suite struct ParameterRuleTests {
    func thirdParty(_ parameters: String) -> String {
        #"""
        {"Identifier": "a", "Type": "TransferParticipantToThirdParty",
         "Parameters": {"ThirdPartyPhoneNumber": "+15550100", \#(parameters)}, "Transitions": {"NextAction": "b"}},
        \#(disconnect("b"))
        """#
    }

    @Test("docs §3.2 TransferParticipantToThirdParty: DTMF digits are 0-9 , * # only")
    func dtmfCharacters() throws {
        #expect(try validate(thirdParty(#""ThirdPartyDTMFDigits": "1,1,362#*""#)).isEmpty)
        let problems = try validate(thirdParty(#""ThirdPartyDTMFDigits": "12ab3 ""#))
        #expect(problems.count == 1)
        #expect(problems.first?.fix == "remove the characters ' ', 'a', 'b'")
    }

    @Test("docs §3.2 TransferParticipantToThirdParty: at most 50 DTMF characters")
    func dtmfLength() throws {
        let fifty = String(repeating: "1", count: 50)
        #expect(try validate(thirdParty(#""ThirdPartyDTMFDigits": "\#(fifty)""#)).isEmpty)
        let problems = try validate(thirdParty(#""ThirdPartyDTMFDigits": "\#(fifty)12""#))
        #expect(problems.count == 1)
        #expect(problems.first?.fix == "remove 2 characters")
    }

    @Test("docs §3.2 TransferParticipantToThirdParty: the connection time limit is 0-600 s")
    func thirdPartyTimeLimit() throws {
        #expect(try validate(thirdParty(#""ThirdPartyConnectionTimeLimitSeconds": "0""#)).isEmpty)
        #expect(try validate(thirdParty(#""ThirdPartyConnectionTimeLimitSeconds": "-1""#)).count == 1)
        #expect(try validate(thirdParty(#""ThirdPartyConnectionTimeoutSeconds": 601"#)).count == 1)
        let notNumber = try validate(thirdParty(#""ThirdPartyConnectionTimeLimitSeconds": "soon""#))
        #expect(notNumber.first?.message.contains("not a number") == true)
    }

    func input(_ seconds: String) -> String {
        #"""
        {"Identifier": "a", "Type": "GetParticipantInput",
         "Parameters": {"Text": "Press 1", "InputTimeLimitSeconds": "\#(seconds)"}, "Transitions": {"NextAction": "b"}},
        \#(disconnect("b"))
        """#
    }

    @Test("docs §3.2 GetParticipantInput: the input time limit is above 0 and at most 179 s")
    func inputTimeLimit() throws {
        #expect(try validate(input("179")).isEmpty)
        #expect(try validate(input("1")).isEmpty)
        #expect(try validate(input("0")).count == 1)
        #expect(try validate(input("180")).count == 1)
    }

    @Test("docs §3.2 Loop: LoopCount is 0-100, with ContinueLooping and DoneLooping conditions")
    func loop() throws {
        func loop(_ count: String, conditions: [String] = ["ContinueLooping", "DoneLooping"]) -> String {
            let c = conditions.map { #"{"NextAction": "b", "Condition": {"Operator": "Equals", "Operands": ["\#($0)"]}}"# }
            return #"""
                {"Identifier": "a", "Type": "Loop", "Parameters": {"LoopCount": "\#(count)"},
                 "Transitions": {"Conditions": [\#(c.joined(separator: ","))]}},
                \#(disconnect("b"))
                """#
        }
        #expect(try validate(loop("100")).isEmpty)
        #expect(try validate(loop("101")).count == 1)
        let missing = try validate(loop("2", conditions: ["ContinueLooping"]))
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("DoneLooping") == true)
    }

    @Test("docs §3.2 InvokeLambdaFunction: the invocation time limit is 1-8 s")
    func lambdaTimeLimit() throws {
        func lambda(_ seconds: String) -> String {
            #"""
            {"Identifier": "a", "Type": "InvokeLambdaFunction",
             "Parameters": {"LambdaFunctionARN": "arn:f", "InvocationTimeLimitSeconds": "\#(seconds)"},
             "Transitions": {"NextAction": "b"}},
            \#(disconnect("b"))
            """#
        }
        #expect(try validate(lambda("8")).isEmpty)
        #expect(try validate(lambda("0")).count == 1)
        #expect(try validate(lambda("9")).count == 1)
    }

    @Test("docs §3.2 Wait: TimeoutSeconds is at most 604800")
    func waitTimeout() throws {
        func wait(_ seconds: String) -> String {
            #"""
            {"Identifier": "a", "Type": "Wait", "Parameters": {"TimeoutSeconds": "\#(seconds)", "Events": ["CustomerReturned"]},
             "Transitions": {"NextAction": "b"}},
            \#(disconnect("b"))
            """#
        }
        // Wait also draws a warning that a voice contact takes its error branch (docs §3.2 Wait); the range is errors.
        #expect(errors(try validate(wait("604800"))).isEmpty)
        #expect(errors(try validate(wait("604801"))).count == 1)
    }

    @Test("docs §3.2 MessageParticipant: exactly one of Text, SSML, PromptId or Media")
    func singlePrompt() throws {
        func prompt(_ parameters: String) -> String {
            #"{"Identifier": "a", "Type": "MessageParticipant", "Parameters": \#(parameters), "Transitions": {"NextAction": "b"}}, \#(disconnect("b"))"#
        }
        #expect(try validate(prompt(#"{"PromptId": "beep"}"#)).isEmpty)
        #expect(try validate(prompt(#"{"Media": {"Uri": "s3://b/k", "SourceType": "S3", "MediaType": "Audio"}}"#)).isEmpty)
        let none = try validate(prompt("{}"))
        #expect(none.count == 1)
        #expect(none.first?.location == "action a (MessageParticipant) at $.Actions[0].Parameters")
        let two = try validate(prompt(#"{"Text": "Hi", "SSML": "<speak>Hi</speak>"}"#))
        #expect(two.first?.fix == "keep only one of Text, SSML")
    }

    @Test("docs §3.2 MessageParticipantIteratively: each message is one prompt")
    func loopPromptMessages() throws {
        func messages(_ list: String) -> String {
            #"{"Identifier": "a", "Type": "MessageParticipantIteratively", "Parameters": {"Messages": \#(list)}, "Transitions": {}}"#
        }
        #expect(try validate(messages(#"[{"Text": "Hi"}, {"PromptId": "m"}]"#), as: .customerQueue).isEmpty)
        #expect(try validate(messages("[]"), as: .customerQueue).count == 1)
        let bad = try validate(messages(#"[{"Text": "Hi"}, {}]"#), as: .customerQueue)
        #expect(bad.first?.location == "action a (MessageParticipantIteratively) at $.Actions[0].Parameters.Messages[1]")
    }

    @Test("docs §6 rule 28: one event hook per action, with a known key")
    func eventHooks() throws {
        func hooks(_ hooks: String) -> String {
            #"{"Identifier": "a", "Type": "UpdateContactEventHooks", "Parameters": {"EventHooks": \#(hooks)}, "Transitions": {"NextAction": "b"}}, \#(disconnect("b"))"#
        }
        for key in FlowValidator.eventHookKeys {
            #expect(try validate(hooks(#"{"\#(key)": "flow"}"#)).isEmpty, "\(key)")
        }
        #expect(try validate(hooks(#"{"AgentWhisper": "f", "CustomerWhisper": "g"}"#)).count == 1)
        #expect(try validate(hooks("{}")).count == 1)
        let unknown = try validate(hooks(#"{"CustomerDance": "f"}"#))
        #expect(unknown.count == 1)
        #expect(unknown.first?.location?.hasSuffix(".Parameters.EventHooks.CustomerDance") == true)
    }

    @Test("docs §3.2 UpdateContactTargetQueue: QueueId or AgentId, never both")
    func targetQueue() throws {
        func target(_ parameters: String) -> String {
            #"{"Identifier": "a", "Type": "UpdateContactTargetQueue", "Parameters": \#(parameters), "Transitions": {"NextAction": "b"}}, \#(disconnect("b"))"#
        }
        #expect(try validate(target(#"{"QueueId": "q"}"#)).isEmpty)
        #expect(try validate(target(#"{"AgentId": "$.Agent.UserName"}"#)).isEmpty)
        #expect(try validate(target(#"{"QueueId": "q", "AgentId": "john"}"#)).first?.fix == "remove QueueId or AgentId")
        #expect(try validate(target("{}")).count == 1)
    }

    @Test("docs §3.2 CheckHoursOfOperation: Equals True and Equals False conditions")
    func hoursConditions() throws {
        func hours(_ operands: [String]) -> String {
            let c = operands.map { #"{"NextAction": "b", "Condition": {"Operator": "Equals", "Operands": ["\#($0)"]}}"# }
            return #"""
                {"Identifier": "a", "Type": "CheckHoursOfOperation", "Parameters": {},
                 "Transitions": {"NextAction": "b", "Conditions": [\#(c.joined(separator: ","))]}},
                \#(disconnect("b"))
                """#
        }
        #expect(try validate(hours(["True", "False"])).isEmpty)
        let missing = try validate(hours(["True"]))
        #expect(missing.count == 1)
        #expect(missing.first?.location == "action a (CheckHoursOfOperation) at $.Actions[0].Transitions.Conditions")
        #expect(missing.first?.fix?.contains("\"False\"") == true)
    }
}
