/// A flow made ready to run: its actions compiled, found by identifier without copying the flow.
final class CompiledFlow: Sendable {
    let document: FlowDocument
    let start: CompiledAction.Target
    private let actions: [CompiledAction]

    init(_ document: FlowDocument) {
        self.document = document
        start = CompiledAction.Target(to: document.startAction, in: document)
        actions = document.actions.map { CompiledAction($0, in: document) }
    }

    var name: String { document.name }

    func action(_ identifier: String) -> CompiledAction? {
        document.position(of: identifier).map { actions[$0] }
    }

    func action(at target: CompiledAction.Target) -> CompiledAction? {
        target.position.map { actions[$0] }
    }

    /// The action at `position` when it is the one named `identifier`: a resume hint checked.
    func action(at position: Int, named identifier: String) -> CompiledAction? {
        guard actions.indices.contains(position), actions[position].action.identifier == identifier else { return nil }
        return actions[position]
    }
}
