import Telephony

/// Picks the next action as docs §3.1 says: the first Condition that holds, else the matching
/// Errors entry (NoMatchingCondition / NoMatchingError), else NextAction.
enum Transitions {
    enum Next: Equatable {
        case action(String)
        /// No transition at all: the flow simply ends (terminal actions, a last prompt).
        case end
        /// An error with nowhere to go.
        case stuck(String)

        var target: String? {
            if case .action(let id) = self { return id }
            return nil
        }
    }

    static func next(after action: FlowAction, outcome: ActionOutcome) -> Next {
        let t = action.transitions
        switch outcome {
        case .success:
            if let n = t.nextAction { return .action(n) }
            return .end
        case .value(let value):
            if let c = t.conditions.first(where: { ConditionEvaluator.holds($0, for: value) }) {
                return .action(c.nextAction)
            }
            if let n = t.errorTarget("NoMatchingCondition") { return .action(n) }
            if let n = t.nextAction { return .action(n) }
            if let n = t.errorTarget("NoMatchingError") { return .action(n) }
            if t.conditions.isEmpty { return .end }
            return .stuck("\(action.type) \(action.identifier): no condition matches \"\(value)\" and there is no NoMatchingCondition branch")
        case .error(let type, let note):
            if let n = t.errorTarget(type) ?? t.errorTarget("NoMatchingError") { return .action(n) }
            let why = note.map { " (\($0))" } ?? ""
            return .stuck("\(action.type) \(action.identifier) failed with \(type)\(why) and has no error branch")
        }
    }
}
