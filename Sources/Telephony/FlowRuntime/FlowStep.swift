/// What a running flow asks the engine to do next. Instant actions (attributes, comparisons, loops,
/// setting queues and hooks) happen inside the interpreter through `FlowHost`; a step is returned
/// only when time must pass or the flow hands the contact over.
public enum FlowStep: Sendable, Equatable {
    /// Play to the flow's participant, then resume with `.completed`.
    case play(Prompt)
    /// Loop these prompts until the flow is stopped from outside; with an interval, resume with
    /// `.interrupted` when it elapses (MessageParticipantIteratively).
    case loopPrompts([Prompt], interruptEvery: Millis?)
    /// Play the prompt (if any), then wait for DTMF: resume with `.digits` or `.timedOut`.
    case getInput(prompt: Prompt?, request: InputRequest)
    /// Play the prompt (if any), then wait for the caller to speak: resume with `.speech` or
    /// `.timedOut` (ConnectParticipantWithLexBot).
    case listen(prompt: Prompt?, timeout: Millis)
    /// Dial an external number for the participant (TransferParticipantToThirdParty); resume with
    /// `.thirdParty(…)` when the call attempt or the call ends (only when `resume` is true).
    case transferToThirdParty(ThirdPartyRequest)
    /// Nothing plays while a resource takes this long (virtual ms) to answer (a test's mocked `DelaySeconds`);
    /// resume with `.completed`.
    case pause(Millis)
    /// Hang up the participant (DisconnectParticipant). The flow is over.
    case disconnect
    /// The flow is over; why tells the engine what becomes of the contact.
    case end(FlowEnd)
}

public enum FlowEnd: Sendable, Equatable {
    /// EndFlowExecution, or an action with no next action.
    case finished
    /// TransferContactToQueue succeeded: the contact now waits in its target queue.
    case queued
    /// TransferContactToAgent succeeded: the contact is being offered to the agent.
    case transferredToAgent
    /// TransferParticipantToThirdParty connected with ContinueFlowExecution False.
    case transferredOut
    /// The flow could not go on (a transition to a missing action, an error with no branch).
    case failed(String)
}

/// What the engine tells a flow when it resumes it.
public enum FlowInput: Sendable, Equatable {
    case start
    case completed
    case interrupted
    case digits(String)
    case speech(String)
    case timedOut
    case thirdParty(ThirdPartyOutcome)
}

public enum ThirdPartyOutcome: Sendable, Equatable {
    /// The third party answered and later hung up while the caller stayed: the Success branch.
    case finished
    case callFailed
    case timeLimitExceeded
}

public struct InputRequest: Sendable, Equatable {
    /// Time to wait for the first digit.
    public var timeout: Millis
    /// StoreInput True: collect a string until the terminator or the maximum length.
    public var store: Bool
    public var maxDigits: Int
    public var terminator: String?
    public var cancelKeyEnabled: Bool

    public init(timeout: Millis, store: Bool = false, maxDigits: Int = 1, terminator: String? = nil,
                cancelKeyEnabled: Bool = true) {
        self.timeout = timeout
        self.store = store
        self.maxDigits = maxDigits
        self.terminator = terminator
        self.cancelKeyEnabled = cancelKeyEnabled
    }
}

public struct ThirdPartyRequest: Sendable, Equatable {
    public var number: String
    /// Seconds to wait for an answer; nil means the engine's default.
    public var timeLimit: Millis?
    /// ContinueFlowExecution: resume the flow when the third party hangs up (docs §6 rule 26).
    public var resume: Bool
    /// Sent when the third party answers; commas are half-second pauses.
    public var dtmf: String?
    public var callerIdNumber: String?
    public var callerIdName: String?

    public init(number: String, timeLimit: Millis? = nil, resume: Bool = true, dtmf: String? = nil,
                callerIdNumber: String? = nil, callerIdName: String? = nil) {
        self.number = number
        self.timeLimit = timeLimit
        self.resume = resume
        self.dtmf = dtmf
        self.callerIdNumber = callerIdNumber
        self.callerIdName = callerIdName
    }
}
