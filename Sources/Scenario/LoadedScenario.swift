import Telephony

/// A scenario file read and checked: the engine's configuration plus the flow files it names,
/// which the caller decodes with the `Flows` layer.
public struct LoadedScenario: Sendable {
    public var config: InstanceConfig
    public var flowFiles: [FlowFileRef]
    /// Where the scenario came from, for messages: a file path or "built-in".
    public var source: String

    public init(config: InstanceConfig, flowFiles: [FlowFileRef], source: String) {
        self.config = config
        self.flowFiles = flowFiles
        self.source = source
    }
}

/// A flow the scenario declares under `flows:`.
public struct FlowFileRef: Sendable, Equatable {
    /// The name phone numbers, quick connects and default flows refer to it by.
    public var name: String
    /// Resolved relative to the scenario file's folder.
    public var path: String
    /// The declared flow type in the API spelling (`AGENT_TRANSFER`), when the scenario gives one.
    public var type: String?
    /// The line of its entry in the scenario file, so problems in the flow can point back to it.
    public var line: Int

    public init(name: String, path: String, type: String? = nil, line: Int) {
        self.name = name
        self.path = path
        self.type = type
        self.line = line
    }
}
