/// One interaction group: an event to wait for, the actions run when it matches, how often it must match and
/// which observations become active after it (docs/connect-testing-language.md §2.2).
public struct Observation: Sendable, Equatable {
    /// Unique within the test case; the target of `NextObservations`; reported as `ObservationId`.
    public var identifier: String
    public var event: Event
    public var actions: [Action]
    public var usage: Usage
    /// `Transitions.NextObservations`: identifiers activated after this observation succeeds.
    public var nextObservations: [String]

    public init(identifier: String, event: Event, actions: [Action] = [], usage: Usage = .exactly(1), nextObservations: [String] = []) {
        self.identifier = identifier
        self.event = event
        self.actions = actions
        self.usage = usage
        self.nextObservations = nextObservations
    }

    /// The actions in run order: array order, except that a `NextAction` names the one that follows (§2.4).
    public var actionsInRunOrder: [Action] {
        var ordered: [Action] = []
        var seen = Set<String>()
        var index = 0
        while index < actions.count {
            var action = actions[index]
            while !seen.contains(action.identifier) {
                ordered.append(action)
                seen.insert(action.identifier)
                guard let next = action.nextAction, let following = actions.first(where: { $0.identifier == next }) else { break }
                action = following
            }
            index += 1
        }
        return ordered
    }
}

/// `Usage`: how many times an observation must match (§2.2). The API Reference writes `EXACTLY` (its skeleton
/// also `ANY`); the Developer Guide writes `Exactly`, `AtLeast`, `AtMost`, `Always`. `Times` defaults to 1
/// where the AWS example leaves it out.
public enum Usage: Sendable, Equatable {
    case exactly(Int)
    case atLeast(Int)
    case atMost(Int)
    /// `Always` (Developer Guide): matches every time its event occurs, no count.
    case always
    /// `ANY` (API Reference skeleton): no count either; treated like `Always`.
    case any
}
