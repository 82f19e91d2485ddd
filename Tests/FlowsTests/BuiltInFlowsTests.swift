import Foundation
import Testing
@testable import Flows

/// docs §3.5 and §6 rule 30: the defaults a fresh instance ships with, plus the sample inbound flow.
@Suite struct BuiltInFlowsTests {
    static let expected: [String: FlowType] = [
        "Default agent hold": .agentHold,
        "Default agent transfer": .agentTransfer,
        "Default agent whisper": .agentWhisper,
        "Default customer hold": .customerHold,
        "Default customer queue": .customerQueue,
        "Default customer whisper": .customerWhisper,
        "Default outbound": .outboundWhisper,
        "Default queue transfer": .queueTransfer,
        "Sample inbound": .contactFlow,
    ]

    @Test func allLoadWithTheirNamesAndTypes() {
        let flows = BuiltInFlows.all
        #expect(flows.count == Self.expected.count)
        for flow in flows {
            #expect(Self.expected[flow.name] == flow.type, "\(flow.name)")
            #expect(flow.source == "built-in:\(flow.name)")
            #expect(flow.version == "2019-10-30")
        }
        #expect(Set(flows.map(\.name)) == Set(Self.expected.keys))
    }

    @Test(arguments: expected.keys.sorted())
    func validatesClean(name: String) throws {
        let flow = try #require(BuiltInFlows.named(name))
        #expect(FlowValidator.validate(flow, as: nil).isEmpty)
    }

    @Test func everyFlowTypeHasADefault() {
        for type in FlowType.allCases { #expect(BuiltInFlows.defaultFlow(for: type)?.type == type) }
    }

    func only(_ name: String) throws -> [FlowAction] { try #require(BuiltInFlows.named(name)).actions }

    func walk(_ name: String) throws -> [String] {
        let flow = try #require(BuiltInFlows.named(name))
        var path: [String] = []
        var id: String? = flow.startAction
        while let current = id, let action = flow.action(current), path.count < 10 {
            path.append(action.type)
            id = action.transitions.nextAction
        }
        return path
    }

    @Test func agentHoldRemindsEveryTenSeconds() throws {
        let actions = try only("Default agent hold")
        #expect(actions.map(\.type) == ["MessageParticipantIteratively"])
        let message = actions[0].parameter("Messages")?.arrayValue?.first
        #expect(message?["SSML"]?.stringValue == "<speak>You are on hold<break time=\"10s\"/></speak>")
        #expect(actions[0].transitions.isTerminal)
    }

    @Test func agentTransferAnnouncesThenTransfersToTheAgent() throws {
        #expect(try walk("Default agent transfer") == ["MessageParticipant", "TransferContactToAgent"])
        #expect(try only("Default agent transfer")[0].text("Text") == "Transferring now...")
    }

    @Test func agentWhisperSaysTheQueueName() throws {
        #expect(try walk("Default agent whisper") == ["MessageParticipant", "EndFlowExecution"])
        #expect(try only("Default agent whisper")[0].text("Text") == "$.Queue.Name")
    }

    @Test func customerHoldPlaysMusic() throws {
        let actions = try only("Default customer hold")
        #expect(actions.map(\.type) == ["MessageParticipantIteratively"])
        #expect(actions[0].parameter("Messages")?.arrayValue?.map { $0["PromptId"]?.stringValue } == ["hold-music"])
    }

    @Test func customerQueueThanksThenPlaysMusic() throws {
        let actions = try only("Default customer queue")
        let messages = try #require(actions.first?.parameter("Messages")?.arrayValue)
        #expect(messages.count == 2)
        #expect(messages[0]["Text"]?.stringValue
            == "Thank you for calling. Your call is very important to us and will be answered in the order it was received.")
        #expect(messages[1]["PromptId"]?.stringValue == "hold-music")
    }

    @Test func customerWhisperBeeps() throws {
        #expect(try walk("Default customer whisper") == ["MessageParticipant", "EndFlowExecution"])
        #expect(try only("Default customer whisper")[0].text("PromptId") == "beep")
    }

    @Test func outboundTurnsRecordingOffAndSaysSo() throws {
        #expect(try walk("Default outbound") == ["UpdateContactRecordingBehavior", "MessageParticipant", "EndFlowExecution"])
        let actions = try only("Default outbound")
        #expect(actions[0].parameter("RecordingBehavior")?["RecordedParticipants"]?.arrayValue == [])
        #expect(actions[1].text("Text") == "This call is not being recorded.")
    }

    @Test func queueTransferChecksHoursAndStaffing() throws {
        let flow = try #require(BuiltInFlows.named("Default queue transfer"))
        let hours = try #require(flow.action(flow.startAction))
        #expect(hours.type == "CheckHoursOfOperation")
        func target(_ action: FlowAction, _ operand: String) -> FlowAction? {
            action.transitions.conditions.first { $0.operands == [operand] }.flatMap { flow.action($0.nextAction) }
        }
        let staffing = try #require(target(hours, "True"))
        #expect(staffing.type == "CheckMetricData")
        #expect(staffing.text("MetricType") == "NumberOfAgentsStaffed")
        #expect(staffing.transitions.conditions.first?.operatorName == "NumberGreaterThan")
        let announce = try #require(target(staffing, "0"))
        #expect(announce.text("Text") == "Now transferring your call.")
        let transfer = try #require(announce.transitions.nextAction.flatMap(flow.action))
        #expect(transfer.type == "TransferContactToQueue")
        let failed = try #require(transfer.transitions.errorTarget("QueueAtCapacity").flatMap(flow.action))
        #expect(failed.text("Text") == "Failed to transfer to queue. Goodbye.")
        #expect(try #require(target(hours, "False")).text("Text") == "We are currently out of hours. Goodbye.")
        let noStaff = try #require(staffing.transitions.errorTarget("NoMatchingCondition").flatMap(flow.action))
        #expect(noStaff.text("Text") == "There are currently no agents staffed. Goodbye.")
        for prompt in [failed, noStaff] {
            #expect(prompt.transitions.nextAction.flatMap(flow.action)?.type == "DisconnectParticipant")
        }
    }

    @Test func sampleInboundQueuesOnBasicQueue() throws {
        let flow = try #require(BuiltInFlows.named("Sample inbound"))
        #expect(try walk("Sample inbound").prefix(3) == ["MessageParticipant", "UpdateContactTargetQueue", "TransferContactToQueue"])
        #expect(flow.actions[0].text("Text") == "Thank you for calling Example Corp.")
        #expect(flow.action("set-queue")?.text("QueueId") == "BasicQueue")
        let goodbye = try #require(flow.action("transfer-to-queue")?.transitions.errorTarget("QueueAtCapacity").flatMap(flow.action))
        #expect(goodbye.type == "MessageParticipant")
        #expect(goodbye.transitions.nextAction.flatMap(flow.action)?.type == "DisconnectParticipant")
    }
}
