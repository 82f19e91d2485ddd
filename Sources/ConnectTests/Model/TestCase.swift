import Flows

/// One Amazon Connect test case, decoded from its Testing-language JSON: a graph of observations, plus what
/// the Create/DescribeTestCase API wraps around the content when the file came in that shape.
/// Source: docs/connect-testing-language.md §2 (schema) and §3 (API shapes).
public struct TestCase: Sendable, Equatable {
    /// `Version`: "2025-06-21" (API Reference) or "2019-10-30" (Developer Guide); both are accepted (§2.1).
    public var version: String
    /// `Metadata`: UI data with no effect at run time; kept as written.
    public var metadata: JSONValue?
    public var observations: [Observation]
    /// Name, entry point and the other API fields; nil for a bare test-case content file.
    public var api: APIFields?
    /// The file line each observation is written on, by `Identifier` (for the API shape, the line of the
    /// `Content` string): where a report points when the observation fails. Empty for a test case built in code.
    public var lines: [String: Int] = [:]

    public init(version: String, metadata: JSONValue? = nil, observations: [Observation], api: APIFields? = nil) {
        self.version = version
        self.metadata = metadata
        self.observations = observations
        self.api = api
    }

    /// Observations that no `NextObservations` names: active when the run starts and, being open, they fire
    /// whenever their event occurs (§1 execution rules 2 and 4).
    public var startingObservations: [Observation] {
        let targets = Set(observations.flatMap(\.nextObservations))
        return observations.filter { !targets.contains($0.identifier) }
    }

    public func observation(_ identifier: String) -> Observation? {
        observations.first { $0.identifier == identifier }
    }
}

/// The fields of CreateTestCase's request and DescribeTestCase's `TestCase` around `Content` (§3).
public struct APIFields: Sendable, Equatable {
    public var id: String?
    public var arn: String?
    public var name: String?
    public var description: String?
    public var entryPoint: EntryPoint?
    /// `InitializationData`: a string, "the initial custom attributes for your test", kept as written.
    public var initializationData: String?
    /// What it sets on the test's contact before the flow runs (its reading is in `InitialContactData`).
    public var initialData: InitialContactData?
    /// `PUBLISHED` or `SAVED`.
    public var status: Status?

    public enum Status: String, Sendable, Equatable, CaseIterable {
        case published = "PUBLISHED"
        case saved = "SAVED"
    }

    public init(id: String? = nil, arn: String? = nil, name: String? = nil, description: String? = nil,
                entryPoint: EntryPoint? = nil, initializationData: String? = nil, status: Status? = nil) {
        self.id = id
        self.arn = arn
        self.name = name
        self.description = description
        self.entryPoint = entryPoint
        self.initializationData = initializationData
        self.status = status
    }
}

/// How the simulated contact enters the instance (§3, API_VoiceCallEntryPointParameters).
public enum EntryPoint: Sendable, Equatable {
    /// `VOICE_CALL`: numbers in E.164 (`\+[1-9]\d{1,14}`), `FlowId` at most 500 characters; each optional.
    case voiceCall(sourcePhoneNumber: String?, destinationPhoneNumber: String?, flowId: String?)
    /// `CHAT`: a flow id. termccp is voice-only (README Limits); the runner reports chat as unsupported.
    case chat(flowId: String?)
}

/// `InitializationData` read as contact data. AWS documents only "the initial custom attributes for your test"
/// (API_CreateTestCase) and no JSON shape; termccp reads the shape reported from the live service,
/// `{"Attributes": {…}, "SegmentAttributes": {…}}` (docs/connect-testing-language.md §4, unverified), and, as
/// the API's words say, a flat object of custom attributes. A segment attribute is a scalar or the API's
/// `{"ValueString": …}`.
public struct InitialContactData: Sendable, Equatable {
    /// `$.Attributes.*`: user-defined contact attributes.
    public var attributes: [String: String]
    /// `$.SegmentAttributes.*`.
    public var segmentAttributes: [String: String]

    public init(attributes: [String: String] = [:], segmentAttributes: [String: String] = [:]) {
        self.attributes = attributes
        self.segmentAttributes = segmentAttributes
    }
}
