import Flows

/// Flows a scenario may name without declaring a file: the ones the `Flows` layer ships, with
/// their types.
enum BuiltInFlowNames {
    static let types: [String: FlowType] = Dictionary(
        BuiltInFlows.all.compactMap { flow in flow.type.map { (flow.name, $0) } }, uniquingKeysWith: { a, _ in a })

    /// In a stable order for "known flows: …" lists.
    static let names: [String] = types.keys.sorted()
}
