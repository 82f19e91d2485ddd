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
    /// MessageParticipantIteratively's InterruptFrequencySeconds, when it interrupts at all.
    let interruptEvery: Millis?

    init(_ action: FlowAction, in flow: FlowDocument) {
        self.action = action
        let target = { Target(identifier: $0, position: flow.position(of: $0)) }
        next = action.transitions.nextAction.map(target)
        errorTargets = action.transitions.errors.map { target($0.nextAction) }
        conditions = action.transitions.conditions.map(CompiledCondition.init)
        conditionTargets = action.transitions.conditions.map { target($0.nextAction) }
        switch action.kind {
        case .messageParticipant, .getParticipantInput, .connectParticipantWithLexBot:
            prompt = PromptSource(action.parameters)
            messages = []
            interruptEvery = nil
        case .messageParticipantIteratively:
            prompt = nil
            messages = (action.parameter("Messages")?.arrayValue ?? []).compactMap(PromptSource.init)
            interruptEvery = action.parameter("InterruptFrequencySeconds")?.numberValue
                .map { Millis($0 * 1000) }.flatMap { $0 > 0 ? $0 : nil }
        default:
            prompt = nil
            messages = []
            interruptEvery = nil
        }
    }
}

extension CompiledAction {
    func errorTarget(_ errorType: String) -> Target? {
        action.transitions.errors.firstIndex { $0.errorType == errorType }.map { errorTargets[$0] }
    }
}
