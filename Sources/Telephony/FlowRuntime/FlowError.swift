/// The error types a flow action's `Errors` branches name (docs §3.1, §6 rules 24, 26): what the interpreter
/// and the engine report when an action fails, looked up by `rawValue` among the action's error branches.
public enum FlowError: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// Any failure without a more specific type; every action's catch-all branch.
    case noMatchingError = "NoMatchingError"
    /// A result no condition matches.
    case noMatchingCondition = "NoMatchingCondition"
    /// TransferContactToQueue, DequeueContactAndTransferToQueue: the queue is full.
    case queueAtCapacity = "QueueAtCapacity"
    /// GetParticipantInput: no input in time.
    case inputTimeLimitExceeded = "InputTimeLimitExceeded"
    /// UpdateContactCallbackNumber: not a phone number.
    case invalidCallbackNumber = "InvalidCallbackNumber"
    /// UpdateContactCallbackNumber: a number that cannot be dialled.
    case callbackNumberNotDialable = "CallbackNumberNotDialable"
    /// GetParticipantInput with phone number validation: the digits are no phone number.
    case invalidPhoneNumber = "InvalidPhoneNumber"
    /// TransferParticipantToThirdParty: the call did not connect (docs §6 rule 26).
    case callFailed = "CallFailed"
    /// TransferParticipantToThirdParty: no answer within ThirdPartyConnectionTimeLimitSeconds (docs §6 rule 26).
    case connectionTimeLimitExceeded = "ConnectionTimeLimitExceeded"

    /// The name flows write.
    public var description: String { rawValue }
}
