/// The CCP's buttons (docs §1.7): the one vocabulary for a control from key to engine. The keymap's actions
/// name them (`Action.control` in CCP), the agent's view says which are enabled and why not (`AgentView.controls`),
/// scripts name them (`scriptName`), and each one that acts on the contact issues one engine command
/// (`command(muted:)`), whose refusal is the button's.
public enum Control: String, Sendable, CaseIterable, Codable {
    case accept, reject, quickConnects, numberPad, join, holdAll, resumeAll, swap, leave, endCall, mute, clear

    /// The engine command the button issues; nil for the buttons that open a panel (quick connects, number pad).
    /// Mute toggles: it unmutes a muted agent.
    public func command(muted: Bool) -> AgentCommand? {
        switch self {
        case .accept: return .accept
        case .reject: return .reject
        case .quickConnects, .numberPad: return nil
        case .join: return .join
        case .holdAll: return .hold(.all)
        case .resumeAll: return .resume(.all)
        case .swap: return .swap
        case .leave: return .leave
        case .endCall: return .endCall
        case .mute: return muted ? .unmute : .mute
        case .clear: return .clear
        }
    }

    /// The control's name in scripts (`expect disabled hold-all`).
    public var scriptName: String {
        switch self {
        case .quickConnects: return "quick-connects"
        case .numberPad: return "number-pad"
        case .holdAll: return "hold-all"
        case .resumeAll: return "resume-all"
        case .endCall: return "end-call"
        default: return rawValue
        }
    }

    /// Every name scripts accept for a control: its own, and `end` for End call (the command's verb).
    public static let scriptNames: [String: Control] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.scriptName, $0) }).merging(["end": .endCall]) { own, _ in own }
}
