/// What flows leave on a contact besides its attributes, read back through system attributes
/// (docs/system-attributes.md): the latest Lex interaction, the text-to-speech voice, the customer audio stream.
public struct ContactFlowData: Sendable, Equatable {
    /// UpdateContactTextToSpeechVoice; Joanna until a flow sets one (docs §3.2 other actions).
    public var voice = "Joanna"
    public var lex: LexResult?
    public var mediaStream: MediaStream?
    /// `$.SegmentAttributes.*`: this segment's own attributes (admin guide, "Use contact segment attributes"),
    /// here only those a test case's InitializationData gives; no flow action sets them.
    public var segmentAttributes = [String: String]()

    public init() {}
}

/// The outcome of the latest ConnectParticipantWithLexBot: `$.Lex.IntentName`, `$.Lex.Slots.*`,
/// `$.Lex.SessionAttributes.*` (admin guide, attribute list: Amazon Lex contact attributes).
public struct LexResult: Sendable, Equatable {
    public var intent: String
    public var slots: [String: String]
    public var sessionAttributes: [String: String]

    public init(intent: String, slots: [String: String] = [:], sessionAttributes: [String: String] = [:]) {
        self.intent = intent
        self.slots = slots
        self.sessionAttributes = sessionAttributes
    }
}

/// The customer audio stream UpdateContactMediaStreamingBehavior starts and stops: `$.MediaStreams.Customer.Audio.*`
/// (admin guide, attribute list: media stream attributes). No audio exists here; the ARN names a stream that would.
public struct MediaStream: Sendable, Equatable {
    public var streamARN: String
    /// Virtual milliseconds since the scenario's start.
    public var startedAt: Millis
    public var stoppedAt: Millis?
}
