/// A contact record in Amazon Connect's field names (docs §2). Absent values are written as null,
/// as real records carry them.
///
/// Instants are kept as `Timestamp`s, contact ids as `ContactID`s and ARNs as `RecordARN`s, written as text
/// when read (the `…Timestamp`, `…ContactId` and `…ARN` properties, JSON): a record carries up to eighteen, each
/// text a heap string whose reference count every copy of the record touched, and making the ids' text was a
/// fifth of a record's instructions (issue 9: text made on read).
public struct ContactRecord: Sendable, Equatable, Encodable {
    public var AWSAccountId: String
    public var AWSContactTraceRecordFormatVersion = "2017-03-10"
    public var Agent: AgentInfo?
    public var AgentConnectionAttempts: Int
    public var Attributes: [String: String]
    public var Channel = "VOICE"
    /// ConnectedToSystemTimestamp.
    public var connectedToSystemAt: Timestamp?
    /// ContactId.
    public var contactId: ContactID
    public var CustomerEndpoint: Endpoint?
    public var DisconnectReason: String?
    /// DisconnectTimestamp.
    public var disconnectedAt: Timestamp?
    /// InitialContactId.
    public var initialContactId: ContactID
    public var InitiationMethod: String
    /// InitiationTimestamp.
    public var initiatedAt: Timestamp
    /// InstanceARN.
    var instanceARN: RecordARN
    /// LastUpdateTimestamp.
    public var lastUpdatedAt: Timestamp
    /// NextContactId.
    public var nextContactId: ContactID?
    /// PreviousContactId.
    public var previousContactId: ContactID?
    public var Queue: QueueInfo?
    public var SystemEndpoint: Endpoint?
    /// TransferCompletedTimestamp.
    public var transferCompletedAt: Timestamp?
    public var TransferredToEndpoint: Endpoint?

    public var ContactId: String { contactId.description }
    public var InitialContactId: String { initialContactId.description }
    public var NextContactId: String? { nextContactId?.description }
    public var PreviousContactId: String? { previousContactId?.description }
    public var ConnectedToSystemTimestamp: String? { connectedToSystemAt?.iso8601 }
    public var DisconnectTimestamp: String? { disconnectedAt?.iso8601 }
    public var InitiationTimestamp: String { initiatedAt.iso8601 }
    public var LastUpdateTimestamp: String { lastUpdatedAt.iso8601 }
    public var TransferCompletedTimestamp: String? { transferCompletedAt?.iso8601 }
    public var InstanceARN: String {
        get { instanceARN.text }
        set { instanceARN = RecordARN(text: newValue) }
    }

    public struct AgentInfo: Sendable, Equatable, Encodable {
        /// ARN.
        var arn: RecordARN
        public var Username: String
        /// ConnectedToAgentTimestamp.
        public var connectedToAgentAt: Timestamp?
        public var AgentInteractionDuration: Int
        public var CustomerHoldDuration: Int
        public var NumberOfHolds: Int
        public var LongestHoldDuration: Int
        /// AfterContactWorkStartTimestamp.
        public var afterContactWorkStartedAt: Timestamp?
        /// AfterContactWorkEndTimestamp.
        public var afterContactWorkEndedAt: Timestamp?
        public var AfterContactWorkDuration: Int?
        public var RoutingProfile: NamedResource
        /// A supervisor's MONITOR record only: its silent monitor and barge spells (docs §2.2).
        public var StateTransitions: [StateTransition]? = nil

        public var ARN: String {
            get { arn.text }
            set { arn = RecordARN(text: newValue) }
        }
        public var ConnectedToAgentTimestamp: String? { connectedToAgentAt?.iso8601 }
        public var AfterContactWorkStartTimestamp: String? { afterContactWorkStartedAt?.iso8601 }
        public var AfterContactWorkEndTimestamp: String? { afterContactWorkEndedAt?.iso8601 }

        enum CodingKeys: String, CodingKey {
            case ARN, Username, ConnectedToAgentTimestamp, AgentInteractionDuration, CustomerHoldDuration,
                 NumberOfHolds, LongestHoldDuration, AfterContactWorkStartTimestamp, AfterContactWorkEndTimestamp,
                 AfterContactWorkDuration, RoutingProfile, StateTransitions
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(ARN, forKey: .ARN)
            try c.encode(Username, forKey: .Username)
            try c.encode(ConnectedToAgentTimestamp, forKey: .ConnectedToAgentTimestamp)
            try c.encode(AgentInteractionDuration, forKey: .AgentInteractionDuration)
            try c.encode(CustomerHoldDuration, forKey: .CustomerHoldDuration)
            try c.encode(NumberOfHolds, forKey: .NumberOfHolds)
            try c.encode(LongestHoldDuration, forKey: .LongestHoldDuration)
            try c.encode(AfterContactWorkStartTimestamp, forKey: .AfterContactWorkStartTimestamp)
            try c.encode(AfterContactWorkEndTimestamp, forKey: .AfterContactWorkEndTimestamp)
            try c.encode(AfterContactWorkDuration, forKey: .AfterContactWorkDuration)
            try c.encode(RoutingProfile, forKey: .RoutingProfile)
            try c.encodeIfPresent(StateTransitions, forKey: .StateTransitions)
        }
    }

    /// One spell of a supervisor's monitoring: `SILENT_MONITOR` or `BARGE`, from start to end.
    public struct StateTransition: Sendable, Equatable, Encodable {
        public var State: String
        /// StateStartTimestamp.
        public var startedAt: Timestamp
        /// StateEndTimestamp.
        public var endedAt: Timestamp

        public var StateStartTimestamp: String { startedAt.iso8601 }
        public var StateEndTimestamp: String { endedAt.iso8601 }

        enum CodingKeys: String, CodingKey { case State, StateStartTimestamp, StateEndTimestamp }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(State, forKey: .State)
            try c.encode(StateStartTimestamp, forKey: .StateStartTimestamp)
            try c.encode(StateEndTimestamp, forKey: .StateEndTimestamp)
        }
    }

    public struct QueueInfo: Sendable, Equatable, Encodable {
        /// ARN.
        var arn: RecordARN
        public var Name: String
        /// EnqueueTimestamp.
        public var enqueuedAt: Timestamp?
        /// DequeueTimestamp.
        public var dequeuedAt: Timestamp?
        public var Duration: Int

        public var ARN: String {
            get { arn.text }
            set { arn = RecordARN(text: newValue) }
        }
        public var EnqueueTimestamp: String? { enqueuedAt?.iso8601 }
        public var DequeueTimestamp: String? { dequeuedAt?.iso8601 }

        enum CodingKeys: String, CodingKey { case ARN, Name, EnqueueTimestamp, DequeueTimestamp, Duration }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(ARN, forKey: .ARN)
            try c.encode(Name, forKey: .Name)
            try c.encode(EnqueueTimestamp, forKey: .EnqueueTimestamp)
            try c.encode(DequeueTimestamp, forKey: .DequeueTimestamp)
            try c.encode(Duration, forKey: .Duration)
        }
    }

    public struct Endpoint: Sendable, Equatable, Encodable {
        public var Address: String
        public var `Type` = "TELEPHONE_NUMBER"
    }

    public struct NamedResource: Sendable, Equatable, Encodable {
        /// ARN.
        var arn: RecordARN
        public var Name: String

        public var ARN: String {
            get { arn.text }
            set { arn = RecordARN(text: newValue) }
        }

        enum CodingKeys: String, CodingKey { case ARN, Name }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(ARN, forKey: .ARN)
            try c.encode(Name, forKey: .Name)
        }
    }

    enum CodingKeys: String, CodingKey {
        case AWSAccountId, AWSContactTraceRecordFormatVersion, Agent, AgentConnectionAttempts, Attributes, Channel,
             ConnectedToSystemTimestamp, ContactId, CustomerEndpoint, DisconnectReason, DisconnectTimestamp,
             InitialContactId, InitiationMethod, InitiationTimestamp, InstanceARN, LastUpdateTimestamp, NextContactId,
             PreviousContactId, Queue, SystemEndpoint, TransferCompletedTimestamp, TransferredToEndpoint
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(AWSAccountId, forKey: .AWSAccountId)
        try c.encode(AWSContactTraceRecordFormatVersion, forKey: .AWSContactTraceRecordFormatVersion)
        try c.encode(Agent, forKey: .Agent)
        try c.encode(AgentConnectionAttempts, forKey: .AgentConnectionAttempts)
        try c.encode(Attributes, forKey: .Attributes)
        try c.encode(Channel, forKey: .Channel)
        try c.encode(ConnectedToSystemTimestamp, forKey: .ConnectedToSystemTimestamp)
        try c.encode(ContactId, forKey: .ContactId)
        try c.encode(CustomerEndpoint, forKey: .CustomerEndpoint)
        try c.encode(DisconnectReason, forKey: .DisconnectReason)
        try c.encode(DisconnectTimestamp, forKey: .DisconnectTimestamp)
        try c.encode(InitialContactId, forKey: .InitialContactId)
        try c.encode(InitiationMethod, forKey: .InitiationMethod)
        try c.encode(InitiationTimestamp, forKey: .InitiationTimestamp)
        try c.encode(InstanceARN, forKey: .InstanceARN)
        try c.encode(LastUpdateTimestamp, forKey: .LastUpdateTimestamp)
        try c.encode(NextContactId, forKey: .NextContactId)
        try c.encode(PreviousContactId, forKey: .PreviousContactId)
        try c.encode(Queue, forKey: .Queue)
        try c.encode(SystemEndpoint, forKey: .SystemEndpoint)
        try c.encode(TransferCompletedTimestamp, forKey: .TransferCompletedTimestamp)
        try c.encode(TransferredToEndpoint, forKey: .TransferredToEndpoint)
    }
}
