/// Muting and unmuting another party of a call: one operation for an agent on its own call and for a
/// supervisor who barged in. On a multi-party call "Any agent on the call can mute any other
/// participant on the call", while "An agent can only unmute themselves, not another agent. However,
/// an agent can unmute participants who are not agents"; on a three-party call "Primary agent can only
/// mute themselves. Secondary agent can only mute themselves." (AWS admin guide,
/// three-party-multi-party-comparison). Barge needs multi-party calls, and Streams 2.4.1 lets a barged
/// supervisor "mute agents" (docs/supervisor.md). A muted party stays in the conversation: it hears
/// everyone, and no one hears it (Audio/Bridge.swift).
extension Engine {
    /// The party a `mute PARTY` or `unmute PARTY` names, on the call its sender acts on (the call it
    /// barged into, or its own call), or why there is none.
    private enum MuteTarget {
        case party(call: CallID, PartyKey)
        case refused(String)
    }

    private func muteTarget(_ handle: String, _ ctx: AgentContext) -> MuteTarget {
        if let m = activeMonitoring(ctx.username) {
            guard m.mode == .barge else { return .refused(Self.takeControl) }
            guard let party = bargeTarget(handle, m) else { return .refused("No party \(handle) on this call.") }
            return .party(call: m.call, party)
        }
        guard ctx.onCall, let call = ctx.call, ctx.contact?.phase == .connected else {
            return .refused("You're not on a call: mute another party of a call you're on, or monitor a call and barge in first.")
        }
        guard ctx.multiParty else {
            return .refused("On a three-party call each agent mutes only themselves: muting another party needs multi-party calls.")
        }
        if resolveAgent(handle) == ctx.username { return .refused("That's you: your own Mute button mutes and unmutes you.") }
        guard let ref = resolveParty(handle, ctx) else { return .refused(unknownParty(handle, ctx)) }
        guard case .leg(let id) = ref else { return .party(call: call.id, .customer(call.id)) }
        guard let leg = call.leg(id) else { return .refused(unknownParty(handle, ctx)) }
        // No one is on a connection still ringing or routing to a queue yet.
        if leg.state == .connecting { return .refused("\(legLabel(leg)) is still connecting.") }
        switch leg.party {
        case .agent(let a): return .party(call: call.id, .agent(a))
        case .external: return .party(call: call.id, .external(id))
        case .pending: return .refused("\(legLabel(leg)) is still connecting.")
        }
    }

    /// Why `mute PARTY` (or `unmute PARTY`) does not apply to this agent or supervisor now; nil when it does.
    func partyMuteRefusal(_ handle: String, unmute: Bool, _ ctx: AgentContext) -> String? {
        let party: PartyKey
        switch muteTarget(handle, ctx) {
        case .refused(let reason): return reason
        case .party(_, let p): party = p
        }
        let name = label(of: party)
        guard unmute else { return isMuted(party) ? "\(name) is already muted." : nil }
        guard isMuted(party) else { return "\(name) is not muted." }
        if case .agent = party { return "Only \(name) can unmute themselves: an agent can't unmute another agent." }
        return nil
    }

    /// Mutes (or unmutes) a party of the call `u` acts on; the other agents on the call are told who
    /// did it, and `u` reads what it did.
    func muteParty(_ handle: String, unmute: Bool, by u: String) {
        guard let ctx = context(u), case .party(let callId, let party) = muteTarget(handle, ctx) else { return }
        if case .agent(let a) = party {
            setMuted(!unmute, a)
        } else if unmute {
            mutedParties.remove(party)
        } else {
            mutedParties.insert(party)
        }
        emit(.partyMuted(call: callId, party: party, by: AgentID(u), muted: !unmute))
        guard let call = calls[callId] else { return }
        let name = agent(u)?.config.displayName ?? u
        let who = activeMonitoring(u) == nil ? name : "\(name) (supervisor)"
        let target = label(of: party)
        let verb = unmute ? "unmuted" : "muted"
        for leg in call.legs where leg.isActive {
            guard case .agent(let a) = leg.party, a != u else { continue }
            let text = party == .agent(a)
                ? "\(who) muted you: no one on the call hears you until you unmute"
                : "\(who) \(verb) \(target)"
            hear(.agent(a), .system, text, from: "CCP")
        }
        hear(.agent(u), .system, unmute ? "You unmuted \(target)" : "You muted \(target): no one on the call hears them", from: "CCP")
    }
}
