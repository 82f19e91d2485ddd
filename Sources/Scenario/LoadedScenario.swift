import Foundation
import Telephony

/// A scenario file read and checked: the engine's configuration plus the flow files it names,
/// which the caller decodes with the `Flows` layer.
public struct LoadedScenario: Sendable {
    public var config: InstanceConfig
    public var flowFiles: [FlowFileRef]
    /// Where the scenario came from, for messages: a file path or "built-in".
    public var source: String
    /// Every place that names a flow, so that once the flow files are decoded the caller can
    /// check their types where the scenario did not declare them.
    public var flowUses: [FlowUse]
    /// Flow files shipped inside the binary (the built-in lessons' scenarios), by resolved path;
    /// they are read from here instead of the disk.
    public var embeddedFiles: [String: Data]

    public init(config: InstanceConfig, flowFiles: [FlowFileRef], source: String, flowUses: [FlowUse] = [],
                embeddedFiles: [String: Data] = [:]) {
        self.config = config
        self.flowFiles = flowFiles
        self.source = source
        self.flowUses = flowUses
        self.embeddedFiles = embeddedFiles
    }
}

/// A place in the scenario that runs a flow: a claimed number, a quick connect, a default role.
public struct FlowUse: Sendable, Equatable {
    public var name: String
    /// The flow type this place runs, in the API spelling (`CONTACT_FLOW`).
    public var type: String
    public var line: Int
    /// The key path, e.g. `phoneNumbers[0].flow`.
    public var location: String

    public init(name: String, type: String, line: Int, location: String) {
        self.name = name
        self.type = type
        self.line = line
        self.location = location
    }
}

/// A flow the scenario declares under `flows:`, or a flow module under `modules:`.
public struct FlowFileRef: Sendable, Equatable {
    /// The name phone numbers, quick connects and default flows refer to it by.
    public var name: String
    /// Resolved relative to the scenario file's folder.
    public var path: String
    /// The declared flow type in the API spelling (`AGENT_TRANSFER`), when the scenario gives one.
    public var type: String?
    /// The line of its entry in the scenario file, so problems in the flow can point back to it.
    public var line: Int

    /// A flow module (exported module JSON), which only InvokeFlowModule runs.
    public var isModule: Bool

    public init(name: String, path: String, type: String? = nil, line: Int, isModule: Bool = false) {
        self.name = name
        self.path = path
        self.type = type
        self.line = line
        self.isModule = isModule
    }
}
