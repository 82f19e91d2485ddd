/// What an observation waits for (docs/connect-testing-language.md §2.3). Every documented event has
/// `Actor: "System"`.
public struct Event: Sendable, Equatable {
    /// `Identifier`: "the API needs it for the UI to render properly"; optional here.
    public var identifier: String?
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        /// The run begins, before the flow runs: the place for overrides.
        case testInitiated
        /// The run ends or is terminated: final checks and logging.
        case testCompleted
        /// The system plays a prompt or sends a message to the simulated customer.
        case messageReceived(MessageMatch)
        /// A flow action of that type starts.
        case flowActionStarted(FlowActionTarget)
        /// That flow action completes on a non-error branch.
        case flowActionCompleted(FlowActionTarget)
    }

    public init(identifier: String? = nil, kind: Kind) {
        self.identifier = identifier
        self.kind = kind
    }

    /// The `Type` spelling of each kind, for messages and results.
    public var typeName: String {
        switch kind {
        case .testInitiated: return "TestInitiated"
        case .testCompleted: return "TestCompleted"
        case .messageReceived: return "MessageReceived"
        case .flowActionStarted: return "FlowActionStarted"
        case .flowActionCompleted: return "FlowActionCompleted"
        }
    }
}

/// The properties of a `MessageReceived` event; each is optional, and `PromptId`, `Text` and `SSML` exclude
/// each other.
public struct MessageMatch: Sendable, Equatable {
    public enum Expected: Sendable, Equatable {
        /// A prompt id or ARN, or a single JSONPath.
        case promptId(String)
        case text(String)
        case ssml(String)
    }

    /// `MatchingCriteria.Type`: `Similarity` (designer "Similar": a semantic match) or `Inclusion` (designer
    /// "Contains": the message contains the text).
    public enum Criteria: String, Sendable, Equatable, CaseIterable {
        case similarity = "Similarity"
        case inclusion = "Inclusion"
    }

    /// `Media`: an audio file in S3 (`SourceType` is only `S3`; `MediaType` audio only).
    public struct Media: Sendable, Equatable {
        public var uri: String
        public var sourceType: String
        public var mediaType: String?
        public init(uri: String, sourceType: String = "S3", mediaType: String? = nil) {
            self.uri = uri
            self.sourceType = sourceType
            self.mediaType = mediaType
        }
    }

    public var expected: Expected?
    public var media: Media?
    /// nil when the test case does not say; the AWS pages give no default.
    public var criteria: Criteria?

    public init(expected: Expected? = nil, media: Media? = nil, criteria: Criteria? = nil) {
        self.expected = expected
        self.media = media
        self.criteria = criteria
    }
}

/// A flow action named by its type and the resource it works on (`ActionType` + `ActionParameters`), as
/// observed by `FlowActionStarted`/`FlowActionCompleted` and overridden by `OverrideSystemBehavior` (§2.3, §2.4).
public enum FlowActionTarget: Sendable, Equatable {
    /// `InvokeLambdaFunction`, `LambdaFunctionARN`.
    case invokeLambdaFunction(lambdaFunctionARN: String)
    /// `CheckHoursOfOperation`, `HoursOfOperationId` (an id or ARN).
    case checkHoursOfOperation(hoursOfOperationId: String)
    /// `TransferContactToQueue`, `QueueId` (an id or ARN) and an optional `AgentId`.
    case transferContactToQueue(queueId: String, agentId: String?)
    /// `DequeueAndTransferToQueue`, `QueueId`: overridable, not observable.
    case dequeueAndTransferToQueue(queueId: String)
    /// `ConnectParticipantWithLexBot`, `LexV2Bot.AliasArn`.
    case connectParticipantWithLexBot(aliasArn: String)
    /// `ConnectParticipantWithAgenticCX`, `AgentConfiguration`: observable on completion only.
    case connectParticipantWithAgenticCX(workspaceId: String?, applicationId: String?, alias: String?)

    /// The flow-language `ActionType` spelling.
    public var actionType: String {
        switch self {
        case .invokeLambdaFunction: return "InvokeLambdaFunction"
        case .checkHoursOfOperation: return "CheckHoursOfOperation"
        case .transferContactToQueue: return "TransferContactToQueue"
        case .dequeueAndTransferToQueue: return "DequeueAndTransferToQueue"
        case .connectParticipantWithLexBot: return "ConnectParticipantWithLexBot"
        case .connectParticipantWithAgenticCX: return "ConnectParticipantWithAgenticCX"
        }
    }

    /// The resource the action works on (ARN or id), the key overrides queue up by.
    public var resource: String {
        switch self {
        case .invokeLambdaFunction(let arn): return arn
        case .checkHoursOfOperation(let id): return id
        case .transferContactToQueue(let id, _), .dequeueAndTransferToQueue(let id): return id
        case .connectParticipantWithLexBot(let arn): return arn
        case .connectParticipantWithAgenticCX(let workspace, let application, let alias):
            return [workspace, application, alias].compactMap { $0 }.joined(separator: "/")
        }
    }

    /// Action types a `FlowActionStarted` event can name (§2.3).
    public static let startedTypes = ["InvokeLambdaFunction", "CheckHoursOfOperation", "TransferContactToQueue", "ConnectParticipantWithLexBot"]
    /// Action types a `FlowActionCompleted` event can name (§2.3).
    public static let completedTypes = ["InvokeLambdaFunction", "ConnectParticipantWithLexBot", "ConnectParticipantWithAgenticCX"]
    /// Action types `OverrideSystemBehavior` can override (§2.4 table).
    public static let overridableTypes = ["InvokeLambdaFunction", "CheckHoursOfOperation", "ConnectParticipantWithLexBot",
                                          "TransferContactToQueue", "DequeueAndTransferToQueue"]
}
