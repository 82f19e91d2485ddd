/// The flow language seen from the engine: the engine knows flows only by name and asks the
/// runtime (the `Flows` layer) to run them step by step against a `FlowHost`.
public protocol FlowRuntime: Sendable {
    func hasFlow(_ name: String) -> Bool
    /// Runs instant actions from where `cursor` stands until the flow needs time or ends.
    /// With `.start` the cursor's action is ignored and the flow begins at its StartAction.
    func run(_ cursor: inout FlowCursor, input: FlowInput, host: any FlowHost) -> FlowStep
}

/// Where a flow execution stands: which flow (or flow module), which action is waiting, the Loop counters (keyed by
/// action identifier, docs §3.2 Loop), and where each InvokeFlowModule in progress returns to.
public struct FlowCursor: Sendable, Equatable {
    public var flow: String
    public var action: String?
    public var loopCounters: [String: Int]
    /// Innermost last: the flow and the InvokeFlowModule action whose Success branch follows the module's end.
    public var returns: [FlowReturn]
    /// The outcome the waiting action reached, taken when the run resumes after its `.pause`.
    public var delayedOutcome: ActionOutcome?
    /// Where the runtime last found `flow` and `action`, in its own numbering, so that a resumed run
    /// is found without looking names up (issue 9). A runtime checks that the hint still names
    /// them before using it. Not part of the cursor's value: `==` ignores it.
    public var resumeHint: (flow: Int, action: Int)?

    public init(flow: String, action: String? = nil, resumeHint: (flow: Int, action: Int)? = nil) {
        self.flow = flow
        self.action = action
        self.loopCounters = [:]
        self.returns = []
        self.delayedOutcome = nil
        self.resumeHint = resumeHint
    }

    public static func == (a: FlowCursor, b: FlowCursor) -> Bool {
        a.flow == b.flow && a.action == b.action && a.loopCounters == b.loopCounters && a.returns == b.returns
            && a.delayedOutcome == b.delayedOutcome
    }
}

public struct FlowReturn: Sendable, Equatable {
    public var flow: String
    public var action: String

    public init(flow: String, action: String) {
        self.flow = flow
        self.action = action
    }
}

/// Keys of UpdateContactEventHooks (docs §6 rule 28) that the engine acts on.
public enum EventHook: String, Sendable, CaseIterable, Codable {
    case customerQueue = "CustomerQueue"
    case customerHold = "CustomerHold"
    case customerWhisper = "CustomerWhisper"
    case agentHold = "AgentHold"
    case agentWhisper = "AgentWhisper"
    case customerRemaining = "CustomerRemaining"
}

/// What a flow may read and change while it runs. The engine makes one for each run as it steps, for
/// the contact the flow runs on.
public protocol FlowHost {
    var now: Millis { get }
    /// The value of a reference such as `$.Attributes.x`, `$.Queue.Name`, `$.Agent.UserName`,
    /// `$.CustomerEndpoint.Address`, `$.External.x`, `$.StoredCustomerInput`; nil when it does not resolve.
    func value(of path: String) -> String?
    /// The same for a reference read once when its flow was compiled; by default, by its text.
    func value(of path: AttributePath) -> String?
    func setAttributes(_ attributes: [(key: String, value: String)])
    /// UpdateFlowAttributes: values `$.FlowAttributes.x` reads for the rest of this flow.
    func setFlowAttributes(_ attributes: [(key: String, value: String)])
    /// A recorded prompt (PromptId, Media) by id or ARN; nil when the scenario does not declare it.
    func recordedPrompt(_ id: String) -> Prompt?
    func setStoredInput(_ value: String)
    func setExternalResults(_ values: [(key: String, value: String)])
    /// Returns false when the flow is unknown.
    func setHook(_ hook: EventHook, flow: String) -> Bool
    /// A queue by name or ARN; returns false when no such queue exists.
    func setTargetQueue(_ queue: String) -> Bool
    /// An agent's queue by username or ARN; returns false when no such agent exists.
    func setTargetAgent(_ agent: String) -> Bool
    /// TransferContactToQueue, before the flow ends into the queue: nil when the contact can go to its working
    /// queue, else the error branch to take (QueueAtCapacity, NoMatchingError). It moves nothing itself.
    func queueTransferError() -> FlowError?
    /// DequeueContactAndTransferToQueue from a customer queue flow: nil on success, else the error branch.
    func dequeueAndTransfer(toQueue queue: String?, agent: String?) -> FlowError?
    /// TransferContactToAgent: false when the agent is not free to take it.
    func transferToAgent() -> Bool
    /// nil when no hours apply (no queue set and none named): the flow takes its error branch.
    func isWithinHours(_ hoursName: String?) -> Bool?
    /// CheckMetricData; nil when no queue applies.
    func metric(_ metric: String, queue: String?, agent: String?) -> Double?
    /// UpdatePreviousContactParticipantState: AgentOnHold, CustomerOnHold, OffHold. False when
    /// there is no previous contact with an agent on it.
    func setPreviousContactParticipantState(_ state: String) -> Bool
    /// A flow name or reference known to the scenario, for TransferToFlow; nil when unknown.
    func resolveFlow(_ reference: String) -> String?
    /// Responses a scenario declares for a Lambda ARN; nil when none is declared (error branch).
    func invokeLambda(_ arn: String, parameters: [(key: String, value: String)]) -> [(key: String, value: String)]?
    /// UpdateContactRoutingBehavior: queue priority (1 is highest) and time in queue added or taken
    /// away for routing order.
    func setRoutingBehavior(priority: Int?, timeAdjustment: Millis?)
    /// UpdateContactCallbackNumber: nil on success, else InvalidCallbackNumber or CallbackNumberNotDialable.
    func setCallbackNumber(_ number: String) -> FlowError?
    /// CreateCallbackContact: queues a CALLBACK contact to ring the customer back (docs §2.5); nil
    /// on success, else the error type.
    func createCallback(_ request: CallbackRequest) -> FlowError?
    /// A declared Lex bot interprets what the caller said; the intent, slots and the session attributes the flow
    /// passed stay on the contact for `$.Lex.*`. nil when the bot is not declared; `.some(nil)` when no intent matches.
    func lexInteraction(bot: String, utterance: String, sessionAttributes: [(key: String, value: String)]) -> String??
    /// UpdateContactTextToSpeechVoice: the voice `$.TextToSpeechVoiceId` reads.
    func setVoice(_ voice: String)
    /// UpdateContactMediaStreamingBehavior: starts or stops the customer audio stream `$.MediaStreams.*` describes.
    func setMediaStreaming(_ enabled: Bool)
    /// Uniform in 1...100, from the engine's seeded generator (DistributeByPercentage).
    func randomPercent() -> Int
    /// Every action as it runs, for traces and coverage.
    func trace(_ event: FlowTraceEvent)
    /// False when nobody reads the trace, so the interpreter need not build it.
    var isTracing: Bool { get }
    /// Virtual ms the resource the action just used takes to answer (a test's mocked `DelaySeconds`), consumed;
    /// 0 for an instant answer (ResourceDelay.swift has the default).
    func takeResponseDelay() -> Millis
    /// The delayed answer arrived: `completed` when the action goes on by a non-error branch.
    func responseArrived(completed: Bool)
}

extension FlowHost {
    public func value(of path: AttributePath) -> String? { value(of: path.text) }
}

public struct CallbackRequest: Sendable, Equatable {
    public var queue: String?
    public var agent: String?
    public var initialDelay: Millis
    public var maximumAttempts: Int
    public var retryDelay: Millis

    public init(queue: String?, agent: String?, initialDelay: Millis, maximumAttempts: Int, retryDelay: Millis) {
        self.queue = queue
        self.agent = agent
        self.initialDelay = initialDelay
        self.maximumAttempts = maximumAttempts
        self.retryDelay = retryDelay
    }
}

public struct FlowTraceEvent: Sendable, Equatable {
    public var flow: String
    public var action: String
    public var type: String
    /// The branch taken: "Success", a condition's value, an error type, or nil while it waits.
    public var branch: String?
    /// The action the branch led to; nil when the flow ends there or the action waits.
    public var next: String?
    public var note: String?

    public init(flow: String, action: String, type: String, branch: String?, next: String? = nil, note: String? = nil) {
        self.flow = flow
        self.action = action
        self.type = type
        self.branch = branch
        self.next = next
        self.note = note
    }
}
