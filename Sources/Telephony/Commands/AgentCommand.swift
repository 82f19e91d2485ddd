/// What an agent can do at the CCP. The same values come from keys, the `:` line and scripts.
public enum AgentCommand: Sendable, Equatable {
    case setStatus(String)
    case accept
    case reject
    case quickConnect(String)
    /// Number pad: dials when idle, adds an external party during a call.
    case dial(String)
    /// Number pad during a call: tones to the parties the agent is talking to.
    case sendDigits(String)
    case hold(PartyTarget)
    case resume(PartyTarget)
    case swap
    case join
    /// Leave a call that has other parties on it; they stay connected (docs §6 rule 14).
    case leave
    /// End call: hangs up a two-party call; with more parties it is Leave.
    case endCall
    case hangUp(String)
    case clear
    case mute
    case unmute
    /// An agent on a multi-party call, or a supervisor who barged in, mutes another party of the call:
    /// heard by no one until unmuted ("Any agent on the call can mute any other participant", docs/supervisor.md).
    case muteParty(String)
    /// Unmutes another party; only a party that is not an agent ("An agent can only unmute themselves,
    /// not another agent. However, an agent can unmute participants who are not agents").
    case unmuteParty(String)
    case say(String)
    /// Supervisors: listen to an agent's live call without being heard (silent monitor), or with
    /// no name, go back to listening after a barge.
    case monitor(String?)
    /// Supervisors: join the monitored call, heard by everyone (needs multi-party calls).
    case barge

    /// The verb, for messages and the event log.
    public var verb: String {
        switch self {
        case .setStatus: return "status"
        case .accept: return "accept"
        case .reject: return "reject"
        case .quickConnect: return "quick-connect"
        case .dial: return "dial"
        case .sendDigits: return "dtmf"
        case .hold: return "hold"
        case .resume: return "resume"
        case .swap: return "swap"
        case .join: return "join"
        case .leave: return "leave"
        case .endCall: return "end"
        case .hangUp: return "hangup"
        case .clear: return "clear"
        case .mute, .muteParty: return "mute"
        case .unmute, .unmuteParty: return "unmute"
        case .say: return "say"
        case .monitor: return "monitor"
        case .barge: return "barge"
        }
    }
}

public enum PartyTarget: Sendable, Equatable {
    case all
    /// A party handle as the agent's view lists it: `customer`, a username, a number, a queue name.
    case party(String)
}

/// What the simulated world does: callers, external numbers, and who drives which agent.
public enum WorldCommand: Sendable, Equatable {
    case call(from: String, to: String)
    /// `customer` may name a caller's number; nil means the latest caller still on a call.
    case customerSays(customer: String?, text: String)
    case customerPresses(customer: String?, digits: String)
    case customerHangsUp(customer: String?)
    case externalAnswers(String)
    case externalHangsUp(String)
    case externalSays(number: String, text: String)
    /// A person now drives this agent: its simulated behaviour stops.
    case takeControl(agent: String)
}

/// A command the engine would not carry out, with the reason the CCP would show.
public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
