/// The entry point for agent commands: one predicate says whether a command applies now and why
/// not; the same predicate dims the CCP's buttons (`AgentView.controls`).
extension Engine {
    /// Carries out the command, or returns why it does not apply; a refused command changes nothing.
    @discardableResult
    public func perform(_ command: AgentCommand, as username: String) -> Refusal? {
        noteStateChange()
        defer { settleCompletedContacts() }
        guard let u = resolveAgent(username), let ctx = context(u) else { return Refusal("No agent named \(username).") }
        if let reason = refusal(command, ctx) { return Refusal(reason) }
        emit(.command(agent: AgentID(u), verb: command.verb))
        if supervise(command, by: u) { return nil }
        // The context the refusal read serves the command too: nothing since has changed the world
        // (the command event is only reported, and `supervise` changes nothing when it declines).
        switch command {
        case .setStatus(let s): setStatus(s, for: u)
        case .accept: accept(u)
        case .reject: reject(u)
        case .quickConnect(let name): quickConnect(name, ctx)
        case .dial(let number): dial(number, by: u)
        case .sendDigits(let digits): sendDigits(digits, by: u)
        case .hold(let target): hold(target, by: u)
        case .resume(let target): resume(target, by: u)
        case .swap: swap(by: u)
        case .join: join(by: u)
        case .leave: leave(ctx)
        case .endCall: endCall(ctx)
        case .hangUp(let handle): hangUp(handle, by: u)
        case .clear: clear(u)
        case .mute: setMuted(true, u)
        case .unmute: setMuted(false, u)
        case .say(let text):
            if let call = currentCall(of: u) { scriptSpeaks(for: .agent(u), on: call) }
            speak(.agent(u), .speech, text)
        case .muteParty(let handle): muteParty(handle, unmute: false, by: u)
        case .unmuteParty(let handle): muteParty(handle, unmute: true, by: u)
        case .monitor, .barge: break
        }
        return nil
    }

    /// Why the command does not apply to this agent now; nil when it does.
    public func refusal(_ command: AgentCommand, as username: String) -> String? {
        guard let u = resolveAgent(username), let ctx = context(u) else { return "No agent named \(username)." }
        return refusal(command, ctx)
    }

    /// `perform` resolves the agent once and asks here, rather than resolving it again for the question.
    func refusal(_ command: AgentCommand, _ ctx: AgentContext) -> String? {
        if let answer = supervisorRefusal(command, ctx) { return answer.reason }
        switch command {
        case .setStatus(let s): return statusRefusal(s)
        case .accept, .reject: return offerRefusal(ctx, verb: command == .accept ? "accept" : "reject")
        case .quickConnect(let name): return quickConnectRefusal(name, ctx)
        case .dial(let number): return dialRefusal(number, ctx)
        case .sendDigits(let digits): return digitsRefusal(digits, ctx)
        case .hold(let target): return holdRefusal(target, ctx)
        case .resume(let target): return resumeRefusal(target, ctx)
        case .swap: return swapRefusal(ctx)
        case .join: return joinRefusal(ctx)
        case .leave: return leaveRefusal(ctx)
        case .endCall: return endCallRefusal(ctx)
        case .hangUp(let handle): return hangUpRefusal(handle, ctx)
        case .clear: return clearRefusal(ctx.agent)
        case .mute: return ctx.onCall ? (ctx.agent.muted ? "You are already muted." : nil) : "You're not on a call."
        case .unmute: return ctx.agent.muted ? nil : "You are not muted."
        case .say(let text):
            if text.isEmpty { return "Say what? Give the words to say." }
            return ctx.leg?.state == .connected ? nil : "No one can hear you: you're not connected to anyone."
        case .muteParty(let handle): return partyMuteRefusal(handle, unmute: false, ctx)
        case .unmuteParty(let handle): return partyMuteRefusal(handle, unmute: true, ctx)
        case .monitor, .barge: return nil
        }
    }

    func context(_ username: String) -> AgentContext? {
        guard let agentAt = agentNumber(username) else { return nil }
        let a = agents[agentAt]
        let contact = a.slot.contactId.flatMap { contacts[$0] }
        let call = contact.flatMap { calls[$0.callId] }
        // Asked of the call in place: unwrapping it into another name for the question cost a retain and a release.
        let leg = contact?.agentLeg.flatMap { call?.activeLeg($0) }
        return AgentContext(agent: a, agentAt: agentAt, contact: contact, call: call, leg: leg,
                            multiParty: config.multiParty)
    }
}

/// An agent with the contact and call it is on, as commands see them.
struct AgentContext {
    let agent: AgentState
    /// The agent's index in the engine's agents.
    let agentAt: Int
    let contact: Contact?
    let call: Call?
    /// The agent's own leg while it is on the call.
    let leg: ActiveLeg?
    let multiParty: Bool

    var username: String { agent.username }

    /// Accepted and still on the call (connecting, connected or held).
    var onCall: Bool {
        guard let contact, leg != nil else { return false }
        return contact.phase.isLive && contact.phase != .offered
    }

    /// In charge of the call: in three-party mode only the primary agent controls the caller and
    /// the parties it added (docs §6 rule 20); in multi-party mode every agent does.
    /// Before anyone is connected (the agent whisper of the first agent) there is no one else in charge.
    var isPrimary: Bool { multiParty || call?.primaryAgent == nil || call?.primaryAgent == username }

    /// Other agents and numbers on the call, not counting this agent's own leg.
    var otherLegs: [Leg] {
        guard let call, let leg else { return [] }
        let legs = call.legs
        return legs.indices.compactMap { legs[$0].state.isActive && legs[$0].id != leg.id ? legs[$0] : nil }
    }

    /// Whether any other agent or number is on the call; unlike `otherLegs`, copies no leg.
    var hasOtherLegs: Bool {
        guard let call, let leg else { return false }
        for i in call.legs.indices where call.legs[i].state.isActive && call.legs[i].id != leg.id { return true }
        return false
    }

    /// The first other leg in `state`, found field by field so that only that leg is copied.
    func firstOtherLeg(in state: ConnectionState) -> Leg? {
        guard let call, let leg, state.isActive else { return nil }
        for i in call.legs.indices where call.legs[i].state == state && call.legs[i].id != leg.id { return call.legs[i] }
        return nil
    }

    func controls(_ leg: Leg) -> Bool { multiParty || leg.addedBy == username || (isPrimary && leg.addedBy == nil) }
}
