/// A contact record in Amazon Connect's field names (docs §2). Absent values are written as null,
/// as real records carry them.
public struct ContactRecord: Sendable, Equatable, Encodable {
    public var AWSAccountId: String
    public var AWSContactTraceRecordFormatVersion = "2017-03-10"
    public var Agent: AgentInfo?
    public var AgentConnectionAttempts: Int
    public var Attributes: [String: String]
    public var Channel = "VOICE"
    public var ConnectedToSystemTimestamp: String?
    public var ContactId: String
    public var CustomerEndpoint: Endpoint?
    public var DisconnectReason: String?
    public var DisconnectTimestamp: String?
    public var InitialContactId: String
    public var InitiationMethod: String
    public var InitiationTimestamp: String
    public var InstanceARN: String
    public var LastUpdateTimestamp: String
    public var NextContactId: String?
    public var PreviousContactId: String?
    public var Queue: QueueInfo?
    public var SystemEndpoint: Endpoint?
    public var TransferCompletedTimestamp: String?
    public var TransferredToEndpoint: Endpoint?

    public struct AgentInfo: Sendable, Equatable, Encodable {
        public var ARN: String
        public var Username: String
        public var ConnectedToAgentTimestamp: String?
        public var AgentInteractionDuration: Int
        public var CustomerHoldDuration: Int
        public var NumberOfHolds: Int
        public var LongestHoldDuration: Int
        public var AfterContactWorkStartTimestamp: String?
        public var AfterContactWorkEndTimestamp: String?
        public var AfterContactWorkDuration: Int?
        public var RoutingProfile: NamedResource
        /// A supervisor's MONITOR record only: its silent monitor and barge spells (docs §2.2).
        public var StateTransitions: [StateTransition]? = nil

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
        public var StateStartTimestamp: String
        public var StateEndTimestamp: String
    }

    public struct QueueInfo: Sendable, Equatable, Encodable {
        public var ARN: String
        public var Name: String
        public var EnqueueTimestamp: String?
        public var DequeueTimestamp: String?
        public var Duration: Int

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
        public var ARN: String
        public var Name: String
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
