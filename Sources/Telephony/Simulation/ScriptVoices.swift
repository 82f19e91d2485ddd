/// A script's words for a simulated party replace that party's own lines on the call (README,
/// Demos): a caller the script speaks for does not also say its scenario `says`, a bot agent the
/// script speaks for does not also greet, an external number does not also say its greeting. Two
/// voices for one party (the scenario's line, then the script's) would tell the audience two stories.
public enum SimulatedVoice: Hashable, Sendable {
    /// The caller of the call (the called party on an outbound call).
    case caller
    /// A simulated agent, by username.
    case agent(String)
    /// An external number on the call.
    case external(String)
}

struct VoiceOnCall: Hashable {
    var voice: SimulatedVoice
    var call: CallID
}

extension Engine {
    /// From now on the script gives this party its words on this call: its own lines are not spoken there.
    public func scriptSpeaks(for voice: SimulatedVoice, on call: CallID) {
        scriptVoices.insert(VoiceOnCall(voice: voice, call: call))
    }

    /// Whether a script speaks for the party on the call, so its own scenario lines stay unsaid.
    func scriptSpeaks(_ voice: SimulatedVoice, on call: CallID) -> Bool {
        scriptVoices.contains(VoiceOnCall(voice: voice, call: call))
    }

    /// The call of the agent's contact; nil when it has none.
    func currentCall(of username: String) -> CallID? {
        agent(username)?.slot.contactId.flatMap { contacts[$0]?.callId }
    }
}
