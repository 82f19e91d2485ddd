import Telephony

/// One line of the quick connects list: a configured quick connect, or the typed number itself
/// (the CCP's Quick connects panel doubles as the place to enter a number).
public enum QuickConnectChoice: Equatable, Sendable {
    case quickConnect(QuickConnectEntry)
    case dial(String)
}

/// The lists a panel can open, computed the same way for drawing and for choosing, so the entry
/// under the cursor is the one that gets chosen.
public enum Menus {
    public static func quickConnects(_ view: AgentView, filter: String) -> [QuickConnectChoice] {
        let needle = filter.lowercased()
        let matches = view.quickConnects.filter {
            needle.isEmpty || $0.name.lowercased().contains(needle) || $0.type.lowercased().contains(needle)
        }
        return (looksLikeNumber(filter) ? [.dial(filter)] : []) + matches.map(QuickConnectChoice.quickConnect)
    }

    public static func statuses(_ view: AgentView, filter: String) -> [String] {
        let needle = filter.lowercased()
        return view.selectableStatuses.filter { needle.isEmpty || $0.lowercased().contains(needle) }
    }

    static func looksLikeNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return digits.count >= 3 && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// Tones go to the call while the agent is talking; otherwise the number pad builds a number to dial.
    public static func isInCall(_ view: AgentView) -> Bool {
        guard let banner = view.contact?.banner else { return false }
        return [.connected, .onHold, .connecting].contains(banner)
    }
}

/// The CCP's words for its buttons (docs §1.7).
public enum ControlLabel {
    public static func of(_ control: Control) -> String {
        switch control {
        case .accept: return "Accept call"
        case .reject: return "Reject"
        case .quickConnects: return "Quick connects"
        case .numberPad: return "Number pad"
        case .join: return "Join"
        case .holdAll: return "Hold all"
        case .resumeAll: return "Resume all"
        case .swap: return "Swap"
        case .leave: return "Leave"
        case .endCall: return "End call"
        case .mute: return "Mute"
        case .clear: return "Clear contact"
        }
    }
}
