import Telephony

/// What the CCP suggests when a move is refused: the "Now:" line, every control that applies now
/// with its key, from the same predicate that dims the others (`AgentControls.offered`).
enum Coach {
    static func advice(_ view: AgentView, selectedParty: Int) -> String? {
        let enabled = AgentControls.offered(view, selectedParty: selectedParty).filter(\.enabled)
        guard !enabled.isEmpty else { return nil }
        return "Now: " + enabled.map { "\($0.key) \($0.label)" }.joined(separator: ", ")
    }
}
