/// The action types of the flow language this emulator knows, decided once when an action is read, so running a
/// flow never compares type names. `ActionCatalog` says for each what the validator allows and what the
/// interpreter does with it; both read that one table.
public enum ActionKind: String, Sendable, Equatable, CaseIterable {
    case messageParticipant = "MessageParticipant"
    case messageParticipantIteratively = "MessageParticipantIteratively"
    case getParticipantInput = "GetParticipantInput"
    case connectParticipantWithLexBot = "ConnectParticipantWithLexBot"
    case transferParticipantToThirdParty = "TransferParticipantToThirdParty"
    case disconnectParticipant = "DisconnectParticipant"
    case endFlowExecution = "EndFlowExecution"
    case updateContactEventHooks = "UpdateContactEventHooks"
    case updateContactTargetQueue = "UpdateContactTargetQueue"
    case transferContactToQueue = "TransferContactToQueue"
    case dequeueContactAndTransferToQueue = "DequeueContactAndTransferToQueue"
    case transferContactToAgent = "TransferContactToAgent"
    case transferToFlow = "TransferToFlow"
    case updateContactAttributes = "UpdateContactAttributes"
    case updateFlowAttributes = "UpdateFlowAttributes"
    case compare = "Compare"
    case checkHoursOfOperation = "CheckHoursOfOperation"
    case checkMetricData = "CheckMetricData"
    case loop = "Loop"
    case distributeByPercentage = "DistributeByPercentage"
    case wait = "Wait"
    case invokeLambdaFunction = "InvokeLambdaFunction"
    case updatePreviousContactParticipantState = "UpdatePreviousContactParticipantState"
    case updateContactCallbackNumber = "UpdateContactCallbackNumber"
    case createCallbackContact = "CreateCallbackContact"
    case updateContactRoutingBehavior = "UpdateContactRoutingBehavior"
    case updateContactRecordingBehavior = "UpdateContactRecordingBehavior"
    case updateContactTextToSpeechVoice = "UpdateContactTextToSpeechVoice"
    case updateFlowLoggingBehavior = "UpdateFlowLoggingBehavior"
    case updateContactMediaStreamingBehavior = "UpdateContactMediaStreamingBehavior"
    case updateContactData = "UpdateContactData"
    case completeOutboundCall = "CompleteOutboundCall"
    case invokeFlowModule = "InvokeFlowModule"
    case endFlowModuleExecution = "EndFlowModuleExecution"
    /// Any other type: what happens to it is `ActionCatalog.unknown`.
    case other = ""

    public init(type: String) { self = ActionKind(rawValue: type) ?? .other }
}
