/// One flow, decoded from any export shape into the flow language's model (docs §3.1).
public struct FlowDocument: Sendable, Equatable {
    /// The name the scenario knows it by (file name, export Name or Metadata.name).
    public var name: String
    /// The declared type when the export carries one (wrapper Type, Metadata.type, legacy type).
    public var type: FlowType?
    public var version: String
    public var startAction: String
    /// Fixed once read: the identifier index is built from them.
    public let actions: [FlowAction]
    /// Where it came from, for messages: a file path or "built-in".
    public var source: String
    /// Which export shape it was read from.
    public var shape: FlowExportShape
    /// A flow module (a scenario's `modules:`), run by InvokeFlowModule and ended by EndFlowModuleExecution; not a
    /// flow a phone number, hook or TransferToFlow may name.
    public var isModule: Bool

    private var index: [String: Int]

    public init(
        name: String, type: FlowType?, version: String = "2019-10-30", startAction: String,
        actions: [FlowAction], source: String, shape: FlowExportShape = .flowLanguage, isModule: Bool = false
    ) {
        self.isModule = isModule
        self.name = name
        self.type = type
        self.version = version
        self.startAction = startAction
        self.actions = actions
        self.source = source
        self.shape = shape
        var index: [String: Int] = [:]
        for (i, a) in actions.enumerated() where index[a.identifier] == nil { index[a.identifier] = i }
        self.index = index
    }

    public func action(_ identifier: String) -> FlowAction? {
        position(of: identifier).map { actions[$0] }
    }

    /// Where the first action with this identifier stands in `actions`.
    public func position(of identifier: String) -> Int? { index[identifier] }
}

public enum FlowExportShape: String, Sendable, Equatable {
    /// `{"Version","StartAction","Metadata","Actions"}` at the top level.
    case flowLanguage
    /// `{"ContactFlow":{"Name","Type","Content":"<flow JSON>"}}` (DescribeContactFlow).
    case describeContactFlow
    /// `{"Name","Type","Content":"<flow JSON>"}` (CreateContactFlow input).
    case createContactFlow
    /// `{"modules":[…],"version":"1","type":…,"start":…}` (the legacy console export, docs §3.7).
    case legacyModules
    /// `{"ContactFlowModule":{"Name","Content":"<flow JSON>",…}}` (DescribeContactFlowModule).
    case describeContactFlowModule
}
