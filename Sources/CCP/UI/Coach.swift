import Telephony

/// What the CCP suggests when a move is refused: the buttons that do apply now, with their keys.
enum Coach {
    static func advice(_ view: AgentView) -> String? {
        let enabled = AgentPanel.buttons(view, panel: 0).filter(\.enabled)
        guard !enabled.isEmpty else { return nil }
        return "Now: " + enabled.map { "\($0.key) \($0.label)" }.joined(separator: ", ")
    }
}
