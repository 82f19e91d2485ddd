import Telephony

/// Picks the next action as docs §3.1 says: the first Condition that holds, else the matching
/// Errors entry (NoMatchingCondition / NoMatchingError), else NextAction.
enum Transitions {
    enum Next: Equatable {
        case action(CompiledAction.Target)
        /// No transition at all: the flow simply ends (terminal actions, a last prompt).
        case end
        /// An error with nowhere to go.
        case stuck(String)

        /// The identifier of the action the transition leads to in `flow`.
        func target(in flow: CompiledFlow) -> String? {
            if case .action(let target) = self { return flow.identifier(of: target) }
            return nil
        }
    }

    static func next(after compiled: CompiledAction, outcome: ActionOutcome) -> Next {
        let action = compiled.action
        switch outcome {
        case .success:
            if let n = compiled.next { return .action(n) }
            return .end
        case .value(let value):
            if let i = compiled.conditions.firstIndex(where: { $0.holds(for: value) }) {
                return .action(compiled.conditionTargets[i])
            }
            if let n = compiled.errorTarget(.noMatchingCondition) { return .action(n) }
            if let n = compiled.next { return .action(n) }
            if let n = compiled.errorTarget(.noMatchingError) { return .action(n) }
            if compiled.conditions.isEmpty { return .end }
            return .stuck("\(action.type) \(action.identifier): no condition matches \"\(value)\" and there is no NoMatchingCondition branch")
        case .error(let type, let note):
            if let n = compiled.errorTarget(type) ?? compiled.errorTarget(.noMatchingError) { return .action(n) }
            let why = note.map { " (\($0))" } ?? ""
            return .stuck("\(action.type) \(action.identifier) failed with \(type)\(why) and has no error branch")
        }
    }
}
