import Telephony

/// An action made ready to run: the parameters the interpreter reads on every pass are decoded
/// once, when the flow is compiled, instead of from JSON each time the action runs.
final class CompiledAction: Sendable {
    /// Where a transition leads: an action of the flow by its position, or an identifier no action has. Positions
    /// only, with no string, for the actions that exist: a transition is copied at every action a run takes, and a
    /// copy of an identifier was retained and released each time (issue 9). The identifier is the action's own
    /// (`CompiledFlow.identifier(of:)`), so a resumed run checks its waiting action by comparing a string with itself.
    enum Target: Sendable, Equatable {
        case at(Int)
        case missing(String)

        /// The transition to `identifier` in `flow`.
        init(to identifier: String, in flow: FlowDocument) {
            self = flow.position(of: identifier).map(Target.at) ?? .missing(identifier)
        }
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
    /// The scalar parameters as text (`FlowAction.text`), read once: a few, found by comparing keys.
    private let texts: [(key: String, value: String)]

    init(_ action: FlowAction, in flow: FlowDocument) {
        self.action = action
        let target = { Target(to: $0, in: flow) }
        next = action.transitions.nextAction.map(target)
        errorTargets = action.transitions.errors.map { target($0.nextAction) }
        conditions = action.transitions.conditions.map(CompiledCondition.init)
        conditionTargets = action.transitions.conditions.map { target($0.nextAction) }
        behaviour = ActionCatalog.facts(for: action.kind).behaviour
        if case .object(let members, _) = action.parameters {
            texts = members.compactMap { key, value in value.scalarText.map { (key, $0) } }
        } else {
            texts = []
        }
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

    /// What `action.text(key)` reads, without hashing the key into the parameters.
    func text(_ key: String) -> String? {
        for entry in texts where entry.key == key { return entry.value }
        return nil
    }

    func errorTarget(_ errorType: String) -> Target? {
        action.transitions.errors.firstIndex { $0.errorType == errorType }.map { errorTargets[$0] }
    }
}
