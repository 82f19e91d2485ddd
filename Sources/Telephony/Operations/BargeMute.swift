/// Mute and unmute by a supervisor who barged in. Barge needs multi-party calls, and on a multi-party
/// call "Any agent on the call can mute any other participant on the call", while "An agent can only
/// unmute themselves, not another agent. However, an agent can unmute participants who are not
/// agents" (AWS admin guide, three-party-multi-party-comparison); Streams 2.4.1 lets a barged
/// supervisor "mute agents" (docs/supervisor.md). A muted party stays in the conversation: it hears
/// everyone, and no one hears it (Audio/Bridge.swift).
extension Engine {
    /// Why a supervisor's `mute PARTY` or `unmute PARTY` does not apply; nil when it does. `m` is the
    /// supervisor's monitoring, nil when it monitors nothing.
    func bargeMuteRefusal(_ handle: String, unmute: Bool, _ m: Monitoring?) -> String? {
        guard let m else {
            return "Muting another party is a barged-in supervisor's move: monitor a call and barge in first."
        }
        guard m.mode == .barge else { return Self.takeControl }
        guard let party = bargeTarget(handle, m) else { return "No party \(handle) on this call." }
        let name = label(of: party)
        guard unmute else { return isMuted(party) ? "\(name) is already muted." : nil }
        guard isMuted(party) else { return "\(name) is not muted." }
        if case .agent = party { return "Only \(name) can unmute themselves: an agent can't unmute another agent." }
        return nil
    }

    /// Mutes (or unmutes) a party of the call `u` barged into; the agents on the call are told who
    /// did it, and the supervisor reads what it did.
    func bargeMute(_ handle: String, unmute: Bool, by u: String, _ m: Monitoring) {
        guard let party = bargeTarget(handle, m) else { return }
        if case .agent(let a) = party {
            setMuted(!unmute, a)
        } else if unmute {
            mutedParties.remove(party)
        } else {
            mutedParties.insert(party)
        }
        emit(.partyMuted(call: m.call, party: party, by: AgentID(u), muted: !unmute))
        guard let call = calls[m.call] else { return }
        let who = agent(u)?.config.displayName ?? u
        let name = label(of: party)
        let verb = unmute ? "unmuted" : "muted"
        for leg in call.legs where leg.isActive {
            guard case .agent(let a) = leg.party else { continue }
            let text = party == .agent(a)
                ? "\(who) (supervisor) muted you: no one on the call hears you until you unmute"
                : "\(who) (supervisor) \(verb) \(name)"
            hear(.agent(a), .system, text, from: "CCP")
        }
        hear(.agent(u), .system, unmute ? "You unmuted \(name)" : "You muted \(name): no one on the call hears them", from: "CCP")
    }
}
