import Telephony
import Testing

/// The events of a walkthrough asserted exhaustively, in the style of The Composable Architecture's
/// `TestStore.receive`: each `receive` takes the next event and must match it exactly, and `finish`
/// fails on any event left unreceived. `names` narrows what counts (the contact and connection
/// events of a walkthrough, say, without the prompts of its flows); within it nothing is skipped.
final class ExhaustiveEvents {
    private var pending: ArraySlice<EngineEvent>
    private let names: Set<EventName>?

    /// The events of `log` whose names are in `names` (every event when nil).
    init(_ log: EventLog, only names: Set<EventName>? = nil) {
        self.names = names
        pending = ArraySlice(log.all.filter { names?.contains($0.kind.name) ?? true })
    }

    /// The next event must be `kind`, at `at` ms when given.
    func receive(_ kind: EngineEvent.Kind, at: Millis? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let next = pending.popFirst() else {
            Issue.record("expected \(kind), but no event is left", sourceLocation: sourceLocation)
            return
        }
        #expect(next.kind == kind, "at \(next.at) ms", sourceLocation: sourceLocation)
        if let at { #expect(next.at == at, "\(kind)", sourceLocation: sourceLocation) }
    }

    /// Nothing may be left: an event the test did not expect is a failure, as in TCA's exhaustive store.
    func finish(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(pending.isEmpty, "unreceived events: \(pending.map { "\($0.at) \($0.kind)" })", sourceLocation: sourceLocation)
        pending = []
    }
}
