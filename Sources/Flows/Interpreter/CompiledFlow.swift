import Telephony

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

    /// The action at `position`, which a `Target.at` of this flow gives.
    func action(at position: Int) -> CompiledAction { actions[position] }

    /// The identifier a transition names: the action's own, or the one the flow wrote when no action has it.
    func identifier(of target: CompiledAction.Target) -> String {
        switch target {
        case .at(let position): return actions[position].action.identifier
        case .missing(let identifier): return identifier
        }
    }

    /// The position of the action `cursor` waits on in this flow: found through its resume hint when the hint names
    /// it, else by name. The cursor is read in place: binding its action to a local retained the identifier at every
    /// resume.
    func waitingPosition(_ cursor: borrowing FlowCursor) -> Int? {
        guard let identifier = cursor.action else { return nil }
        if let position = cursor.resumeHint?.action, actions.indices.contains(position),
           actions[position].action.identifier == identifier {
            return position
        }
        return document.position(of: identifier)
    }
}
