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

    /// While the agent is on a call the number pad sends tones and adds a number as a party;
    /// otherwise it builds a number to dial.
    public static func isInCall(_ view: AgentView) -> Bool {
        guard let banner = view.contact?.banner else { return false }
        return [.connected, .onHold, .connecting].contains(banner)
    }
}

/// The conference buttons the CCP shows follow the parties' connection states, as shown (docs §5.2,
/// §1.5): one party held and another connected (or still connecting): Join, Swap, Hold all; every
/// party held: Resume all; everyone joined: Hold all. A two-party call has none (each party row
/// holds and resumes its party).
public enum ConferenceButtons {
    public static func of(_ contact: ContactView) -> [Control] {
        let live = contact.parties.filter { $0.state != .disconnected }
        guard live.count >= 2 else { return [] }
        let held = live.filter { $0.state == .hold }.count
        if held == live.count { return [.resumeAll] }
        if held == 0 { return [.holdAll] }
        return [.join, .swap, .holdAll]
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
