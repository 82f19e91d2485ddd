import Foundation
import Testing
@testable import Flows

@Suite struct ExportShapeTests {
    @Test func topLevelFlowLanguageTakesNameAndTypeFromMetadata() throws {
        let flow = try Fixtures.load("real/cresta__VA_PSTN_Transfer.json")
        #expect(flow.shape == .flowLanguage)
        #expect(flow.name == "Mathias - VA DTMF + Number test")
        #expect(flow.type == .contactFlow) // Metadata.type "contactFlow", the legacy camelCase spelling
        #expect(flow.version == "2019-10-30")
        #expect(flow.actions.count == 8)
        #expect(flow.source == Fixtures.path("real/cresta__VA_PSTN_Transfer.json"))
    }

    @Test func describeContactFlowWrapperIsParsedTwice() throws {
        let flow = try Fixtures.load("real/scv__AWSSCVAgentWhisper.json")
        #expect(flow.shape == .describeContactFlow)
        #expect(flow.name == "AWSSCVAgentWhisper")
        #expect(flow.type == .agentWhisper)
        #expect(flow.startAction == "bbcc76e3-8b6a-433a-ad8d-ee35dbd2208b")
        #expect(flow.action("2eb03097-b1fe-43c6-987f-e3fccf183708")?.text("Text") == "$.Queue.Name")
    }

    @Test func createContactFlowInputIsParsedTwice() throws {
        let flow = try Fixtures.load("real/gitlab-cicd__acme_hold_AUTO.json")
        #expect(flow.shape == .createContactFlow)
        #expect(flow.name == "acme_hold_AUTO")
        #expect(flow.type == .agentHold)
        let messages = flow.actions.first?.parameter("Messages")?.arrayValue
        #expect(messages?.first?["SSML"]?.stringValue == "<speak>You are on hold <break time=\"10s\"/></speak>")
    }

    @Test func legacyModulesAreRecognised() throws {
        let flow = try Fixtures.load("legacy/chat-ui-examples__Basic_Chat.json")
        #expect(flow.shape == .legacyModules)
        #expect(flow.name == "Basic Chat")
        #expect(flow.type == .contactFlow)
        #expect(flow.startAction == "2db78269-2720-41b1-8928-5a5684d7788f")
        #expect(flow.actions.count == 7)
    }

    @Test func nameArgumentWinsOverEveryOtherName() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("real/scv__AWSSCVAgentWhisper.json")))
        let flow = try FlowLoader.load(data: data, source: "x.json", name: "Whisper for John")
        #expect(flow.name == "Whisper for John")
    }

    @Test func fileNameIsTheNameOfLastResort() throws {
        let flow = try load(flowText(disconnect("a")), source: "/tmp/flows/My inbound.flow.json")
        #expect(flow.name == "My inbound.flow")
        #expect(flow.type == nil)
    }

    @Test func wrapperTypeWinsOverMetadataType() throws {
        let content = flowText(disconnect("a")).replacingOccurrences(of: "\"Metadata\": {}", with: "\"Metadata\": {\"type\": \"contactFlow\"}")
        let escaped = String(decoding: try JSONSerialization.data(withJSONObject: [content], options: [.fragmentsAllowed]), as: UTF8.self)
        let text = #"{"Name": "n", "Type": "QUEUE_TRANSFER", "Content": \#(escaped.dropFirst().dropLast())}"#
        let flow = try load(text)
        #expect(flow.type == .queueTransfer)
        #expect(flow.shape == .createContactFlow)
    }

    @Test func contentGivenAsAnObjectIsAccepted() throws {
        let text = "{\"ContactFlow\": {\"Name\": \"n\", \"Type\": \"CONTACT_FLOW\",\n \"Content\": \(flowText(disconnect("a")))}}"
        let flow = try load(text)
        #expect(flow.shape == .describeContactFlow)
        #expect(flow.actions.first?.line == 2)
    }

    @Test func objectKeysKeepTheirSourceOrder() throws {
        let flow = try Fixtures.load("real/cresta__VA_PSTN_Transfer.json")
        let attributes = flow.action("b9ad1ae0-fd03-4f49-9a80-08e74425520f")?.parameter("Attributes")
        #expect(attributes?.orderedMembers?.map(\.key) == ["phoneNumber", "dtmfSequence"])
    }
}

@Suite struct ActionLineTests {
    @Test func topLevelActionsAreAtTheLineOfTheirIdentifier() throws {
        let flow = try Fixtures.load("real/cresta__VA_PSTN_Transfer.json")
        #expect(flow.action("Get Phone Number And DTMF")?.line == 118)
        #expect(flow.action("b9ad1ae0-fd03-4f49-9a80-08e74425520f")?.line == 138)
    }

    @Test func actionsInsideAContentStringAreAtTheContentLine() throws {
        let flow = try Fixtures.load("real/scv__AWSSCVAgentWhisper.json")
        #expect(flow.actions.allSatisfy { $0.line == 6 })
    }

    @Test func legacyModulesAreAtTheLineOfTheirId() throws {
        let text = """
        {"modules": [
          {"id": "p", "type": "PlayPrompt",
           "branches": [], "parameters": [{"name": "Text", "value": "Hi"}]}
        ], "start": "p", "metadata": {"name": "L"}}
        """
        #expect(try load(text).actions.first?.line == 2)
    }
}

@Suite struct QuirkTests {
    @Test("docs §3.6 quirk 1: scalar parameters may be strings or JSON scalars")
    func stringScalars() throws {
        let flow = try load(flowText(#"""
            {"Identifier": "a", "Type": "GetParticipantInput",
             "Parameters": {"Text": "Press 1", "InputTimeLimitSeconds": "5", "StoreInput": "False"},
             "Transitions": {"NextAction": "b"}},
            {"Identifier": "b", "Type": "GetParticipantInput",
             "Parameters": {"Text": "Press 1", "InputTimeLimitSeconds": 5, "StoreInput": false},
             "Transitions": {"NextAction": "c"}},
            \#(disconnect("c"))
            """#))
        for id in ["a", "b"] {
            let action = try #require(flow.action(id))
            #expect(action.text("InputTimeLimitSeconds") == "5")
            #expect(action.parameter("StoreInput")?.boolValue == false)
        }
        #expect(FlowValidator.validate(flow, as: .contactFlow).isEmpty)
    }

    @Test("docs §3.6 quirk 2: Parameters, Errors and Conditions may be missing, null or empty")
    func missingParts() throws {
        let flow = try load(flowText(#"""
            {"Identifier": "a", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "q"},
             "Transitions": {"NextAction": "b"}},
            {"Identifier": "b", "Type": "TransferContactToQueue",
             "Transitions": {"NextAction": "c", "Errors": null, "Conditions": []}},
            {"Identifier": "c", "Type": "TransferContactToQueue", "Parameters": null,
             "Transitions": {"NextAction": "d"}},
            {"Identifier": "d", "Type": "DisconnectParticipant"}
            """#))
        #expect(flow.action("b")?.parameters == .object([:], order: []))
        #expect(flow.action("c")?.parameters == .object([:], order: []))
        #expect(flow.action("d")?.transitions.isTerminal == true)
        #expect(FlowValidator.validate(flow, as: .contactFlow).isEmpty)
    }

    @Test("docs §3.6 quirk 3: terminal actions have {} Transitions, an endless loop prompt has no NextAction")
    func terminalTransitions() throws {
        let flow = try Fixtures.load("real/gitlab-cicd__acme_hold_AUTO.json")
        #expect(flow.actions.first?.transitions.isTerminal == true)
        #expect(FlowValidator.validate(flow, as: nil).isEmpty)
    }

    @Test("docs §3.6 quirk 4: error types beyond the 2022 docs are kept")
    func newerErrorTypes() throws {
        let flow = try load(flowText(#"""
            {"Identifier": "a", "Type": "GetParticipantInput", "Parameters": {"Text": "Press 1", "InputTimeLimitSeconds": "5"},
             "Transitions": {"NextAction": "b", "Errors": [{"ErrorType": "InputTimeLimitExceeded", "NextAction": "b"}]}},
            \#(disconnect("b"))
            """#))
        #expect(flow.action("a")?.transitions.errorTarget("InputTimeLimitExceeded") == "b")
        #expect(FlowValidator.validate(flow, as: .contactFlow).isEmpty)
    }

    @Test("docs §3.6 quirk 5: both spellings of the third-party timeout are kept as written and range-checked")
    func thirdPartyTimeoutSpellings() throws {
        for key in ["ThirdPartyConnectionTimeLimitSeconds", "ThirdPartyConnectionTimeoutSeconds"] {
            let actions = #"""
                {"Identifier": "a", "Type": "TransferParticipantToThirdParty",
                 "Parameters": {"ThirdPartyPhoneNumber": "+15550100", "\#(key)": "VALUE"},
                 "Transitions": {"NextAction": "b"}},
                \#(disconnect("b"))
                """#
            let ok = try load(flowText(actions.replacingOccurrences(of: "VALUE", with: "600")))
            #expect(ok.action("a")?.text(key) == "600")
            #expect(FlowValidator.validate(ok, as: .contactFlow).isEmpty)
            let tooLong = try validate(actions.replacingOccurrences(of: "VALUE", with: "601"))
            #expect(errors(tooLong).count == 1)
            #expect(tooLong.first?.location?.hasSuffix(".Parameters.\(key)") == true)
        }
    }

    @Test("docs §3.6 quirk 6: unknown keys are ignored")
    func unknownKeys() throws {
        let flow = try load(#"""
            {"Version": "2019-10-30", "StartAction": "a", "Metadata": {"status": "PUBLISHED"}, "Extra": [1, 2],
             "Actions": [
              {"Identifier": "a", "Type": "UpdateContactEventHooks", "Colour": "blue",
               "Parameters": {"EventHooks": {"CustomerWhisper": "$.FlowAttributes.x"},
                              "EventHooksConfiguration": {"CustomerWhisper": {"DisableExecution": "false"}}},
               "Transitions": {"NextAction": "b", "Unknown": {}}},
              {"Identifier": "b", "Type": "GetParticipantInput",
               "Parameters": {"Text": "Hi", "InputTimeLimitSeconds": "5", "SkipWhenDTMFBufferEnabled": "True"},
               "Transitions": {"NextAction": "c"}},
              {"Identifier": "c", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
             ]}
            """#)
        #expect(flow.action("a")?.parameter("EventHooksConfiguration") != nil)
        #expect(FlowValidator.validate(flow, as: .contactFlow).isEmpty)
    }

    @Test("docs §3.6 quirk 8: unresolvable references are neither load nor validation problems")
    func unresolvableReferences() throws {
        let problems = try validate(#"""
            {"Identifier": "a", "Type": "InvokeLambdaFunction",
             "Parameters": {"LambdaFunctionARN": "%%INVOKE_ARN%%", "InvocationTimeLimitSeconds": "${var.timeout}"},
             "Transitions": {"NextAction": "b"}},
            {"Identifier": "b", "Type": "UpdateContactTargetQueue",
             "Parameters": {"QueueId": "arn:aws:connect:us-east-1:123456789012:instance/x/queue/y"},
             "Transitions": {"NextAction": "c"}},
            {"Identifier": "c", "Type": "TransferParticipantToThirdParty",
             "Parameters": {"ThirdPartyPhoneNumber": "$.Attributes.phone", "ThirdPartyDTMFDigits": "$.Attributes.dtmfSequence"},
             "Transitions": {"NextAction": "d"}},
            {"Identifier": "d", "Type": "UpdateContactEventHooks",
             "Parameters": {"EventHooks": {"AgentWhisper": "$.FlowAttributes.acme_agent_whisper_AUTO"}},
             "Transitions": {"NextAction": "e"}},
            {"Identifier": "e", "Type": "TransferToFlow", "Parameters": {"ContactFlowId": "${var.contact_flows_map[\"x\"]}"},
             "Transitions": {"NextAction": "f"}},
            \#(disconnect("f"))
            """#)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("docs §3.6 quirk 9: identifiers and StartAction may be human-readable")
    func readableIdentifiers() throws {
        let flow = try Fixtures.load("real/gitlab-cicd__acme_queue_transfer_AUTO.json")
        #expect(flow.startAction == "FLOW_OBJECT_MAPS#")
        #expect(flow.action("Set Customer Whisper")?.transitions.nextAction == "Set Agent Whisper")
        let cresta = try Fixtures.load("real/cresta__VA_PSTN_Transfer.json")
        #expect(cresta.startAction == "Get Phone Number And DTMF")
    }
}

@Suite struct LoadErrorTests {
    @Test func malformedJSONReportsFileLineAndColumn() {
        let text = "{\n  \"Version\": \"2019-10-30\"\n  \"StartAction\": \"a\"\n}"
        let problems = loadProblems(text, source: "flows/broken.json")
        #expect(problems.count == 1)
        let p = problems[0]
        #expect(p.file == "flows/broken.json")
        #expect(p.line == 3)
        #expect(p.column == 3)
        #expect(p.message.contains("malformed JSON"))
        #expect(p.fix?.contains("line 3, column 3") == true)
        #expect(p.description.hasPrefix("flows/broken.json:3:3: malformed JSON"))
    }

    @Test func byteOrderMarkAndCRLFLineEndingsAreAccepted() throws {
        let text = "\u{FEFF}{\r\n\"Version\": \"2019-10-30\", \"StartAction\": \"a\",\r\n\"Actions\": [\r\n\(disconnect("a"))]}"
        let flow = try load(text)
        #expect(flow.actions.first?.line == 4)
        let broken = loadProblems("\u{FEFF}{\r\n  x}")
        #expect(broken.first?.line == 2)
        #expect(broken.first?.column == 3)
    }

    @Test func columnsCountCharactersNotBytes() {
        let problems = loadProblems("{\"Nämé\": \"é\" x}")
        #expect(problems.first?.line == 1)
        #expect(problems.first?.column == 14)
    }

    @Test func malformedContentStringIsReportedAtTheContentLine() {
        let text = "{\"ContactFlow\": {\"Name\": \"n\", \"Type\": \"CONTACT_FLOW\",\n\"Content\": \"{\\\"Version\\\": }\"}}"
        let problems = loadProblems(text)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.location == "$.ContactFlow.Content")
        #expect(problems.first?.message.contains("line 1, column 13") == true)
    }

    @Test func missingActionsAndStartActionAreReportedWithPaths() {
        let problems = loadProblems("{\"Version\": \"2019-10-30\"}")
        #expect(Set(problems.compactMap(\.location)) == ["$", "$.StartAction"])
        #expect(problems.allSatisfy { $0.line == 1 && $0.fix != nil })
    }

    @Test func actionsThatAreNotObjectsAreReported() {
        let problems = loadProblems(flowText("\(disconnect("a")), 42, \"x\""))
        #expect(problems.map(\.location) == ["$.Actions[1]", "$.Actions[2]"])
        #expect(problems[0].message.contains("a number"))
    }

    @Test func missingIdentifierAndTypeAreReportedWithPathAndLine() {
        let text = """
        {"Version": "2019-10-30", "StartAction": "a", "Actions": [
          {"Identifier": "a", "Type": "DisconnectParticipant"},
          {"Type": "DisconnectParticipant"},
          {"Identifier": "c"}
        ]}
        """
        let problems = loadProblems(text)
        #expect(problems.map(\.location) == ["$.Actions[1].Identifier", "$.Actions[2].Type"])
        #expect(problems.map(\.line) == [3, 4])
    }

    @Test func malformedTransitionsAreReported() {
        let problems = loadProblems(flowText(#"""
            {"Identifier": "a", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Attributes.x"},
             "Transitions": {"Errors": [{"ErrorType": "NoMatchingCondition"}],
                             "Conditions": [{"NextAction": "a"}]}}
            """#))
        #expect(problems.map(\.location) == ["$.Actions[0].Transitions.Errors[0]", "$.Actions[0].Transitions.Conditions[0]"])
    }

    @Test func problemsInsideAContentStringSaySo() {
        let problems = loadProblems(#"{"Name": "n", "Type": "CONTACT_FLOW", "Content": "{\"Actions\": []}"}"#)
        #expect(problems.map(\.location) == ["$.StartAction in $.Content"])
    }

    @Test func unreadableFileIsAProblemNotACrash() {
        #expect(throws: ProblemsError.self) { try FlowLoader.load(file: "/nonexistent/flow.json") }
        #expect(throws: ProblemsError.self) { try FlowLoader.load(file: Fixtures.path("real")) }
    }
}

/// Bad input never crashes (DESIGN.md principles): every case below ends in a ProblemsError.
@Suite struct RobustnessTests {
    static let junk: [(String, [UInt8])] = [
        ("empty", []),
        ("whitespace", Array(" \n\t ".utf8)),
        ("binary garbage", (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }),
        ("a JSON array", Array("[1, 2, 3]".utf8)),
        ("a JSON string", Array("\"flow\"".utf8)),
        ("deep arrays", Array(repeating: UInt8(ascii: "["), count: 100_000)),
        ("deep objects", Array(String(repeating: "{\"a\":", count: 50_000).utf8)),
        ("truncated", Array("{\"Version\": \"2019-10-30\", \"Actions\": [{\"Identifier\": \"a".utf8)),
        ("invalid UTF-8 in a string", Array("{\"Name\": \"".utf8) + [0xFF, 0xFE] + Array("\"}".utf8)),
        ("bad escape", Array("{\"a\": \"\\q\"}".utf8)),
        ("lone surrogate", Array("{\"Version\": \"\\uD800\", \"StartAction\": 1, \"Actions\": 2}".utf8)),
        ("numbers out of range", Array("{\"Actions\": [1e999999]}".utf8)),
        ("legacy modules junk", Array("{\"modules\": [null, {\"id\": 1}, {\"type\": []}], \"start\": {}}".utf8)),
        ("wrapper junk", Array("{\"ContactFlow\": {\"Content\": 12}}".utf8)),
        ("Content is junk", Array("{\"Name\": \"n\", \"Content\": \"\\u0000\\u0001[[[\"}".utf8)),
        ("transitions junk", Array(flowText(#"{"Identifier": "a", "Type": "X", "Parameters": [], "Transitions": "b"}"#).utf8)),
    ]

    @Test(arguments: junk.map(\.0))
    func junkIsAProblemNotACrash(name: String) {
        let bytes = Self.junk.first { $0.0 == name }!.1
        #expect(throws: ProblemsError.self) { try FlowLoader.load(data: Data(bytes), source: "junk.json") }
    }

    @Test func deepNestingNamesTheLimit() {
        let problems = loadProblems(String(repeating: "[", count: 1_000))
        #expect(problems.first?.message.contains("nesting deeper than") == true)
    }

    @Test func everyPrefixOfARealExportFailsCleanly() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("real/scv__AWSSCVAgentWhisper.json")))
        let lastBrace = try #require(data.lastIndex(of: UInt8(ascii: "}")))
        for length in stride(from: 0, through: lastBrace, by: 37) {
            #expect(throws: ProblemsError.self) { try FlowLoader.load(data: data.prefix(length), source: "cut.json") }
        }
    }
}
