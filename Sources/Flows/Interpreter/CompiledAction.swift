import Telephony

/// An action made ready to run: the parameters the interpreter reads on every pass are decoded
/// once, when the flow is compiled, instead of from JSON each time the action runs.
final class CompiledAction: Sendable {
    /// Where a transition leads: the identifier, and its position in the flow when it exists.
    struct Target: Sendable, Equatable {
        let identifier: String
        let position: Int?
    }

    let action: FlowAction
    let next: Target?
    /// Parallel to the action's Errors and Conditions.
    let errorTargets: [Target]
    let conditions: [CompiledCondition]
    let conditionTargets: [Target]
    /// What the action plays first (MessageParticipant, GetParticipantInput, a Lex bot).
    let prompt: PromptSource?
    /// MessageParticipantIteratively's messages in order, without those that name no prompt.
    let messages: [PromptSource]
    /// MessageParticipantIteratively's InterruptFrequencySeconds as written; resolved when the loop starts.
    let interrupt: NumericParameter.Reading
    /// What the interpreter does with this type (the validator warns from the same table).
    let behaviour: RunBehaviour

    init(_ action: FlowAction, in flow: FlowDocument) {
        self.action = action
        let target = { Target(identifier: $0, position: flow.position(of: $0)) }
        next = action.transitions.nextAction.map(target)
        errorTargets = action.transitions.errors.map { target($0.nextAction) }
        conditions = action.transitions.conditions.map(CompiledCondition.init)
        conditionTargets = action.transitions.conditions.map { target($0.nextAction) }
        behaviour = ActionCatalog.facts(for: action.kind).behaviour
        switch action.kind {
        case .messageParticipant, .getParticipantInput, .connectParticipantWithLexBot:
            prompt = PromptSource(action.parameters)
            messages = []
            interrupt = .absent
        case .messageParticipantIteratively:
            prompt = nil
            messages = (action.parameter("Messages")?.arrayValue ?? []).compactMap(PromptSource.init)
            interrupt = Self.interruptParameter.read(action.parameters)
        default:
            prompt = nil
            messages = []
            interrupt = .absent
        }
    }
}

extension CompiledAction {
    static let interruptParameter = ActionCatalog.facts(for: .messageParticipantIteratively).numbers[0]

    func errorTarget(_ error: FlowError) -> Target? { errorTarget(error.rawValue) }

    func errorTarget(_ errorType: String) -> Target? {
        action.transitions.errors.firstIndex { $0.errorType == errorType }.map { errorTargets[$0] }
    }
}
