import Foundation
import Telephony
import Testing
@testable import Flows

/// Issue 14 point 16: every legacy block with a flow-language equivalent is mapped (docs §3.7 and the AWS sample
/// flows in legacy form); a block with none is a `check` warning that says what happens at run time.
@Suite struct LegacyBlockTests {
    func legacy(_ modules: String, start: String, type: String = "contactFlow") -> String {
        #"{"modules": [\#(modules)], "version": "1", "type": "\#(type)", "start": "\#(start)", "metadata": {"name": "L", "type": "\#(type)"}}"#
    }

    private let bye = #"{"id": "d", "type": "Disconnect", "branches": [], "parameters": []}"#

    @Test("LoopPrompts becomes MessageParticipantIteratively; its Timeout branch is MessagesInterrupted")
    func loopPrompts() throws {
        let flow = try load(legacy(#"""
            {"id": "q", "type": "LoopPrompts", "branches": [{"condition": "Timeout", "transition": "d"}],
             "parameters": [{"name": "Text", "value": "<speak>Hold <break time=\"2s\"/></speak>", "key": "ssml"},
                            {"name": "AudioPrompt", "value": "", "resourceName": "hold-music"},
                            {"name": "InterruptSeconds", "value": 2}],
             "metadata": {"timeoutUnit": {"display": "Minutes", "value": "min"}}},
            \#(bye)
            """#, start: "q", type: "customerQueue"))
        let q = try #require(flow.action("q"))
        #expect(q.type == "MessageParticipantIteratively")
        let messages = q.parameter("Messages")?.arrayValue ?? []
        #expect(messages.count == 2)
        #expect(messages.first?["SSML"]?.scalarText?.hasPrefix("<speak>") == true)
        #expect(messages.last?["PromptId"]?.scalarText == "hold-music")
        #expect(q.text("InterruptFrequencySeconds") == "120")
        #expect(q.transitions.conditions.first?.operands == ["MessagesInterrupted"])
        #expect(FlowValidator.validate(flow, as: .customerQueue).isEmpty)
    }

    @Test("Resume is End flow / Resume: EndFlowExecution")
    func resume() throws {
        let flow = try Fixtures.load("repro/legacy-queue-loop.json")
        #expect(flow.action("r1")?.type == "EndFlowExecution")
        #expect(flow.action("q1")?.type == "MessageParticipantIteratively")
        #expect(FlowValidator.validate(flow, as: .customerQueue).isEmpty)
    }

    @Test("SetContactFlow sets the hook its Type names, like SetEventHook")
    func setContactFlow() throws {
        let flow = try load(legacy(#"""
            {"id": "h", "type": "SetContactFlow", "branches": [{"condition": "Success", "transition": "d"}],
             "parameters": [{"name": "ContactFlowId", "value": "", "resourceName": "VoicemailQueueFlow"}, {"name": "Type", "value": "CustomerQueue"}]},
            \#(bye)
            """#, start: "h"))
        let h = try #require(flow.action("h"))
        #expect(h.type == "UpdateContactEventHooks")
        #expect(h.parameter("EventHooks")?["CustomerQueue"]?.scalarText == "VoicemailQueueFlow")
    }

    @Test("CheckStaffing is CheckMetricData: True is NumberGreaterThan 0, False is NoMatchingCondition")
    func checkStaffing() throws {
        let flow = try load(legacy(#"""
            {"id": "s", "type": "CheckStaffing", "branches": [{"condition": "True", "transition": "d"},
              {"condition": "False", "transition": "d"}, {"condition": "Error", "transition": "d"}],
             "parameters": [{"name": "Status", "value": "Available"}]},
            \#(bye)
            """#, start: "s"))
        let s = try #require(flow.action("s"))
        #expect(s.type == "CheckMetricData")
        #expect(s.text("MetricType") == "NumberOfAgentsAvailable")
        #expect(s.transitions.conditions.first.map { "\($0.operatorName) \($0.operands)" } == #"NumberGreaterThan ["0"]"#)
        #expect(s.transitions.errorTarget("NoMatchingCondition") == "d")
        #expect(s.transitions.errorTarget("NoMatchingError") == "d")
    }

    @Test("the AWS sample queue configurations flow: CheckQueueStatus, UpdateRoutingPriority, SetCallBackNumber, CreateCallback")
    func queueConfigurationBlocks() throws {
        let flow = try load(legacy(#"""
            {"id": "p1", "type": "UpdateRoutingPriority", "branches": [{"condition": "Success", "transition": "qs"}],
             "parameters": [{"name": "AbsolutePosition", "value": 1}], "metadata": {"adjustUnit": null}},
            {"id": "p2", "type": "UpdateRoutingPriority", "branches": [{"condition": "Success", "transition": "qs"}],
             "parameters": [{"name": "TimeOffset", "value": 600}], "metadata": {"adjustUnit": "minutes"}},
            {"id": "qs", "type": "CheckQueueStatus", "branches": [
               {"condition": "CheckQueueTime", "conditionType": "LessThan", "conditionValue": 300000, "transition": "cb"},
               {"condition": "NoMatch", "transition": "d"}, {"condition": "Error", "transition": "d"}],
             "parameters": [], "metadata": {"conditionMetadata": [{"attribute": {"name": "Time in Queue", "value": "Time in Queue"}}]}},
            {"id": "cb", "type": "SetCallBackNumber", "branches": [{"condition": "Success", "transition": "cc"},
               {"condition": "InvalidPhoneNumber", "transition": "d"}, {"condition": "NonDialableNumber", "transition": "d"}],
             "parameters": [{"name": "CallBackNumber", "value": "Stored customer input", "namespace": "System"}]},
            {"id": "cc", "type": "CreateCallback", "branches": [{"condition": "Success", "transition": "d"}, {"condition": "Error", "transition": "d"}],
             "parameters": [{"name": "InitialDelaySeconds", "value": 5}, {"name": "RetryDelaySeconds", "value": 600}, {"name": "MaxRetryAttempts", "value": 1}]},
            \#(bye)
            """#, start: "p1"))
        #expect(flow.action("p1")?.type == "UpdateContactRoutingBehavior")
        #expect(flow.action("p1")?.text("QueuePriority") == "1")
        #expect(flow.action("p2")?.text("QueueTimeAdjustmentSeconds") == "-36000")
        let qs = try #require(flow.action("qs"))
        #expect(qs.type == "CheckMetricData")
        #expect(qs.text("MetricType") == "OldestContactInQueueAgeSeconds")
        #expect(qs.transitions.conditions.first.map { "\($0.operatorName) \($0.operands)" } == #"NumberLessThan ["300"]"#)
        let cb = try #require(flow.action("cb"))
        #expect(cb.type == "UpdateContactCallbackNumber")
        #expect(cb.text("CallbackNumber") == "$.StoredCustomerInput")
        #expect(cb.transitions.errorTarget("InvalidCallbackNumber") == "d")
        #expect(cb.transitions.errorTarget("CallbackNumberNotDialable") == "d")
        let cc = try #require(flow.action("cc"))
        #expect(cc.type == "CreateCallbackContact")
        #expect(cc.text("MaximumConnectionAttempts") == "2")
        #expect(cc.text("InitialCallDelaySeconds") == "5")
        #expect(errors(FlowValidator.validate(flow, as: .contactFlow)).isEmpty)
    }

    @Test("PercentileBranching is DistributeByPercentage with running NumberLessThan thresholds")
    func percentileBranching() throws {
        let flow = try load(legacy(#"""
            {"id": "r", "type": "PercentileBranching", "branches": [
               {"condition": "Evaluate", "conditionType": "Equals", "conditionValue": "30", "transition": "d"},
               {"condition": "Evaluate", "conditionType": "Equals", "conditionValue": "50", "transition": "d"},
               {"condition": "NoMatch", "transition": "d"}], "parameters": []},
            \#(bye)
            """#, start: "r"))
        let r = try #require(flow.action("r"))
        #expect(r.type == "DistributeByPercentage")
        #expect(r.transitions.conditions.map { "\($0.operatorName) \($0.operands[0])" } == ["NumberLessThan 31", "NumberLessThan 81"])
    }

    @Test("every mapped legacy type becomes a flow-language action the catalog knows")
    func everyMappedTypeIsKnown() throws {
        for type in LegacyModules.mappedTypes {
            let action = LegacyModules.action(id: "x", type: type, module: .object(["target": .string("Queue")], order: ["target"]), line: nil)
            #expect(ActionCatalog.facts(for: action.type) != nil, "\(type) → \(action.type)")
        }
    }

    @Test("a legacy block with no equivalent is a warning that says it is not run and where the flow goes")
    func unmappedBlockWarning() throws {
        let flow = try load(legacy(#"""
            {"id": "x", "type": "CustomerInQueue", "branches": [{"condition": "Success", "transition": "d"}], "parameters": []},
            \#(bye)
            """#, start: "x"))
        let w = try #require(FlowValidator.validate(flow, as: nil).first)
        #expect(!w.isError)
        #expect(w.message.contains("legacy block \"CustomerInQueue\" has no flow-language equivalent"))
        #expect(w.message.contains("follows its default branch to \"d\""))
        // And the interpreter does exactly that.
        let host = FakeHost()
        let step = play(FlowLibrary([flow]), host: host, flow: "L").1
        #expect(step == .disconnect)
        #expect(host.traces.first?.branch == "Success")
    }
}
