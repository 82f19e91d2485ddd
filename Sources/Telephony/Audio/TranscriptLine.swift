/// One thing a party heard. Consecutive repeats of a loop are folded into one line with a count.
public struct TranscriptLine: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// A flow prompt (text to speech).
        case prompt
        /// A recorded prompt: music, a beep.
        case recording
        /// A whisper flow's prompt.
        case whisper
        /// Somebody on the call spoke.
        case speech
        /// Touch tones.
        case dtmf
        /// Something the phone itself tells the listener: ringing, a party joined or left.
        case system
    }

    public var at: Millis
    public var kind: Kind
    public var text: String
    /// Who or what produced it: a flow name, a party's label.
    public var source: String
    public var count: Int
    public var lastAt: Millis

    public init(at: Millis, kind: Kind, text: String, source: String) {
        self.at = at
        self.kind = kind
        self.text = text
        self.source = source
        self.count = 1
        self.lastAt = at
    }
}

/// Who can hear and be heard: every transcript belongs to one of these.
public enum PartyKey: Hashable, Sendable, Codable, CustomStringConvertible {
    case agent(String)
    /// A caller, by the call's id.
    case customer(CallID)
    /// An external number on a call, by the leg's id.
    case external(LegID)

    public var description: String {
        switch self {
        case .agent(let u): return "agent \(u)"
        case .customer(let c): return "customer of call \(c)"
        case .external(let l): return "external leg \(l)"
        }
    }
}
