import Telephony

/// What the system did, as a test case observes it (docs/connect-testing-language.md §2.3): the runner's own
/// view of the engine, so that matching and the execution rules are tested without one.
public enum ObservedEvent: Sendable, Equatable {
    /// The run begins, before the contact is placed.
    case testInitiated
    /// The system played or sent a message to the simulated customer: its text, and the prompt id (or ARN)
    /// when it was a recorded prompt.
    case message(text: String, promptId: String?)
    /// A flow action starts using a resource: its flow-language `ActionType` and the resource as the flow
    /// named it (a name, an id or an ARN).
    case flowActionStarted(actionType: String, resource: String)
    /// That action finished on a non-error branch, with its result data in order (`$.External.*` for a Lambda,
    /// `$.Lex.*` for a Lex bot).
    case flowActionCompleted(actionType: String, resource: String, results: [FlowResultValue])
    /// The run ends (EndTest, the 5-minute limit).
    case testCompleted

    /// The `Type` spelling, for messages.
    public var typeName: String {
        switch self {
        case .testInitiated: return "TestInitiated"
        case .message: return "MessageReceived"
        case .flowActionStarted: return "FlowActionStarted"
        case .flowActionCompleted: return "FlowActionCompleted"
        case .testCompleted: return "TestCompleted"
        }
    }

    /// One line for the report: what happened.
    public var summary: String {
        switch self {
        case .testInitiated: return "the test started"
        case .testCompleted: return "the test completed"
        case .message(let text, let prompt): return "the customer heard \"\(text)\"" + (prompt.map { " (prompt \($0))" } ?? "")
        case .flowActionStarted(let type, let resource): return "\(type) \(resource) started"
        case .flowActionCompleted(let type, let resource, _): return "\(type) \(resource) completed"
        }
    }
}

extension FlowResourceUse {
    /// The flow-language action type and the resource, as an observation names them.
    public var observed: (actionType: String, resource: String) {
        switch self {
        case .invokeLambda(let arn): return ("InvokeLambdaFunction", arn)
        case .checkHours(let hours): return ("CheckHoursOfOperation", hours)
        case .transferToQueue(let queue): return ("TransferContactToQueue", queue)
        case .dequeueAndTransfer(let queue): return ("DequeueAndTransferToQueue", queue)
        case .lexBot(let bot): return ("ConnectParticipantWithLexBot", bot)
        }
    }
}
