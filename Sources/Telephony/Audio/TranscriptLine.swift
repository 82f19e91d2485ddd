/// One thing a party heard. Consecutive repeats of a loop are folded into one line with a count.
public struct TranscriptLine: Sendable, Equatable {
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

    /// What the line says, kept as the facts it is made of: the words are written only when a screen, a
    /// script or a check reads `text`, since most lines are never read (issue 9: text made on read).
    enum Words: Sendable, Equatable {
        case text(String)
        case incomingCall(from: String)
        case connected(String)
        /// `who` hung up `whom`; a supervisor is named as one.
        case hungUp(who: String, supervisor: Bool, whom: String)
        case partyHungUp(String)
        case flowDisconnected(String)

        var text: String {
            switch self {
            case .text(let text): return text
            case .incomingCall(let from): return "Incoming call from \(from)"
            case .connected(let name): return "\(name) connected"
            case .hungUp(let who, let supervisor, let whom): return "\(who)\(supervisor ? " (supervisor)" : "") hung up \(whom)"
            case .partyHungUp(let party): return "\(party) hung up"
            case .flowDisconnected(let caller): return "The flow disconnected \(caller)"
            }
        }
    }

    public var at: Millis
    public var kind: Kind
    var words: Words
    public var text: String {
        get { words.text }
        set { words = .text(newValue) }
    }
    /// Who or what produced it: a flow name, a party's label.
    public var source: String
    public var count: Int
    public var lastAt: Millis

    public init(at: Millis, kind: Kind, text: String, source: String) {
        self.init(at: at, kind: kind, words: .text(text), source: source)
    }

    init(at: Millis, kind: Kind, words: Words, source: String) {
        self.at = at
        self.kind = kind
        self.words = words
        self.source = source
        self.count = 1
        self.lastAt = at
    }

    /// Lines are equal by what they read, however their words are kept.
    public static func == (a: TranscriptLine, b: TranscriptLine) -> Bool {
        a.at == b.at && a.kind == b.kind && a.source == b.source && a.count == b.count && a.lastAt == b.lastAt
            && (a.words == b.words || a.text == b.text)
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
