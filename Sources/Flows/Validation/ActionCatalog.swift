/// What the validator knows about each flow-language action type: the flow types it may appear in
/// (docs §3.3 action × flow-type matrix, with the §3.2 notes) and the rule that says so.
public struct ActionFacts: Sendable {
    public var allowedIn: Set<FlowType>
    /// The docs rule to cite when the action is in the wrong flow type.
    public var rule: String
}

public enum ActionCatalog {
    /// Known action types. A type missing here is not an error: Amazon Connect adds actions over time, and the
    /// interpreter takes an error branch for those it cannot run.
    public static func facts(for type: String) -> ActionFacts? { table[type] }

    public static var knownTypes: Set<String> { Set(table.keys) }

    private static let all = Set(FlowType.allCases)
    private static let cf: FlowType = .contactFlow, cq: FlowType = .customerQueue, ch: FlowType = .customerHold
    private static let cw: FlowType = .customerWhisper, ah: FlowType = .agentHold, aw: FlowType = .agentWhisper
    private static let ow: FlowType = .outboundWhisper, at: FlowType = .agentTransfer, qt: FlowType = .queueTransfer

    private static let table: [String: ActionFacts] = {
        let matrix = "docs §3.3 matrix"
        var t: [String: ActionFacts] = [:]
        func add(_ types: [String], _ allowed: Set<FlowType>, _ rule: String = matrix) {
            for type in types { t[type] = ActionFacts(allowedIn: allowed, rule: rule) }
        }
        add(["MessageParticipant"], [cf, cq, cw, aw, ow, at, qt])
        add(["MessageParticipantIteratively"], [cq, ch, ah])
        add(["GetParticipantInput", "ConnectParticipantWithLexBot", "TransferParticipantToThirdParty"], [cf, cq, at, qt])
        add(["DisconnectParticipant"], [cf, cq, at, qt], "docs §3.2 DisconnectParticipant (live page)")
        add(["EndFlowExecution"], [cq, cw, aw, ow], "docs §3.2 EndFlowExecution")
        add(["UpdateContactEventHooks"], all, "docs §3.2 UpdateContactEventHooks")
        add(["UpdateContactTargetQueue", "TransferContactToQueue", "TransferToFlow"], [cf, at, qt])
        add(["DequeueContactAndTransferToQueue"], [cq])
        add(["TransferContactToAgent"], [at, qt])
        add(["UpdatePreviousContactParticipantState"], [cf, ow, at, qt], "docs §3.3 matrix (OW from the UI page)")
        add(["CheckHoursOfOperation", "CheckMetricData", "DistributeByPercentage"], [cf, cq, at, qt])
        add(["UpdateContactRecordingBehavior"], [cf, cq, ow, at, qt])
        add(["Compare", "Loop", "UpdateContactAttributes", "InvokeLambdaFunction", "UpdateContactTextToSpeechVoice",
             "UpdateFlowLoggingBehavior"], all)
        add(["UpdateContactMediaStreamingBehavior"], [cf, cq, cw, aw, ow, at, qt], "docs §3.2 (not hold flows)")
        add(["CreateCallbackContact", "UpdateContactCallbackNumber"], [cf, cq, at, qt], "docs §3.2 other actions")
        add(["UpdateContactRoutingBehavior"], [cf, cq, ow, at, qt], "docs §3.2 (UI block page)")
        add(["CompleteOutboundCall"], [ow], "docs §3.2 other actions")
        add(["Wait", "UpdateFlowAttributes", "InvokeFlowModule", "EndFlowModuleExecution"], all,
            "docs §3.2 (no restriction documented)")
        return t
    }()
}
