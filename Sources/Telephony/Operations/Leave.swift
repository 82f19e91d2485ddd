/// Leave and End call. The leaving agent's part ends and goes to after contact work; the others
/// stay connected, held parties are taken off hold (docs §6 rules 14, 15, 17).
extension Engine {
    func leaveRefusal(_ ctx: AgentContext) -> String? {
        guard ctx.onCall, ctx.contact?.phase == .connected else { return "You're not on a call." }
        if ctx.otherLegs.isEmpty { return "Leave needs another party on the call; End call hangs up." }
        return nil
    }

    func endCallRefusal(_ ctx: AgentContext) -> String? {
        if ctx.contact?.phase == .dialing { return nil }
        // Hanging up while the whisper plays (the banner says Connecting) is allowed (docs §6 rule 27).
        if ctx.onCall, ctx.contact?.phase == .agentWhisper || ctx.contact?.phase == .customerWhisper { return nil }
        guard ctx.onCall, ctx.contact?.phase == .connected else {
            if case .offered = ctx.agent.slot { return "The call is ringing: Accept or Reject it." }
            return "There is no call to end."
        }
        return nil
    }

    func leave(_ username: String) {
        guard let ctx = context(username), let call = ctx.call else { return }
        let others = ctx.otherLegs
        // Held parties are taken off hold and connected to the others (docs §1.5 scenarios 1–3).
        if call.customer == .hold { setState(.customer, .connected, on: call.id) }
        for leg in others where leg.state == .hold { setState(.leg(leg.id), .connected, on: call.id) }
        // The call is still up. When another agent's segment carries on, the leaving agent's
        // segment ends AGENT_DISCONNECT (docs §2.5); when only third parties stay with the caller,
        // the contact is still on the call and ends when the caller's call does (docs §2.4).
        let onlyThirdParties = call.customer.isActive && !others.isEmpty && others.allSatisfy {
            if case .external = $0.party { return true } else { return false }
        }
        endAgentPart(username, reason: .agentDisconnect, callerStaysOn: onlyThirdParties)
        // The call stays up while the caller or the agent in charge is on it; with only third
        // parties left it ends (docs §6 rule 17).
        if call.customer == .disconnected && call.primaryAgent == username {
            emit(.agentLeft(agent: AgentID(username), call: call.id))
            terminate(call.id, reason: .agentDisconnect)
            return
        }
        if call.primaryAgent == username {
            let next = call.legs.first { leg in
                if case .agent = leg.party { return leg.isActive } else { return false }
            }.flatMap { if case .agent(let u) = $0.party { return u } else { return nil } }
            call.setPrimaryAgent(next)
        }
        emit(.agentLeft(agent: AgentID(username), call: call.id))
        afterLegChange(call.id)
    }

    func endCall(_ username: String) {
        guard let ctx = context(username), let contact = ctx.contact else { return }
        if contact.phase == .dialing {
            endUnansweredOutbound(contact.id, reason: .agentDisconnect)
            return
        }
        if contact.phase == .agentWhisper || contact.phase == .customerWhisper {
            hangUpDuringWhisper(username)
            return
        }
        if ctx.otherLegs.isEmpty {
            guard let call = ctx.call else { return }
            endAgentPart(username, reason: .agentDisconnect)
            if let flow = contact.hooks[.customerRemaining], flows.hasFlow(flow) {
                runDisconnectFlow(flow, after: contact, on: call.id)
            } else {
                disconnectCustomer(of: call.id, reason: .agentDisconnect)
            }
        } else {
            leave(username)
        }
    }

    /// Set disconnect flow (the CustomerRemaining hook): the caller stays on and hears an inbound
    /// flow in a new DISCONNECT segment (docs §3.4 Disconnect).
    func runDisconnectFlow(_ flow: String, after previous: Contact, on callId: CallID) {
        if calls[callId]?.customer == .hold { setState(.customer, .connected, on: callId) }
        change(.caller(.flow), on: callId)
        let id = newContact(callId: callId, method: .disconnect, previous: previous.id)
        updateContact(id) {
            $0.attributes = previous.attributes
            $0.attributeOrder = previous.attributeOrder
            $0.connectedToSystemAt = now
        }
        reconcileHoldFlows(callId)
        startRun(flow, role: .inbound, contact: id, listener: .customer(callId))
    }

    /// Amazon Connect's smallest ACW timeout (docs §1.6, §6 rule 6): a configuration built in code
    /// with less is held to it (scenario files are refused).
    static let shortestACWTimeout: Millis = 1000

    /// The agent's leg ends: its segment goes to after contact work (docs §6 rules 6, 15).
    func endAgentPart(_ username: String, reason: DisconnectReason?, callerStaysOn: Bool = false) {
        guard case .working(let id)? = agent(username)?.slot, let c = contacts[id], c.phase.isLive else { return }
        if let leg = c.agentLeg { change(.leg(leg, .disconnected), on: c.callId) }
        stopRuns(on: c.callId) { $0.contactId == id && ($0.role == .agentWhisper || $0.listener == .agent(username)) }
        let wasConnected = c.phase == .connected
        updateContact(id) { c in
            if let start = c.holds.startedAt { closeHold(&c.holds, start: start) }
            if c.enqueuedAt != nil && c.dequeuedAt == nil { c.dequeuedAt = now }
            c.phase = .afterContactWork
            c.phaseSince = now
            c.acwStartedAt = now
            if callerStaysOn {
                c.awaitsCallerDisconnect = true
            } else {
                c.disconnectedAt = c.disconnectedAt ?? now
                if c.disconnectReason == nil { c.disconnectReason = reason }
            }
        }
        updateAgent(username) { $0.muted = false }
        emit(.afterContactWork(contact: id, agent: AgentID(username)))
        emit(.contactStateChanged(contact: id, agent: AgentID(username), state: .ended))
        if !wasConnected { emit(.abandonedInWhisper(contact: id, agent: nil)) }
        if let timeout = agent(username).flatMap({ profiles[$0.config.routingProfile] })?.acwTimeout, timeout > 0 {
            schedule(after: max(timeout, Self.shortestACWTimeout), .acwTimesOut(agent: username, contact: id))
        }
        botEnteredACW(username, contact: id)
    }

    /// After any party leaves: a call with only third parties, or with one party left, ends
    /// (docs §6 rule 17).
    func afterLegChange(_ callId: CallID, thirdPartyLeft: Bool = false) {
        guard let call = calls[callId], !call.ended else { return }
        reconcileHoldFlows(callId)
        let active = call.activeLegs
        let agentsOn = active.contains { if case .agent = $0.party { return $0.state != .connecting } else { return false } }
        switch call.customer {
        case .pending, .flow, .queued, .ringing:
            return
        case .disconnected:
            if !agentsOn || active.count < 2 { terminate(callId, reason: thirdPartyLeft ? .thirdPartyDisconnect : .customerDisconnect) }
        case .connected, .hold:
            if active.isEmpty {
                disconnectCustomer(of: callId, reason: thirdPartyLeft ? .thirdPartyDisconnect : .agentDisconnect)
            } else if !agentsOn, !active.contains(where: { $0.state != .connecting || $0.contactId != nil }) {
                disconnectCustomer(of: callId, reason: .thirdPartyDisconnect)
            }
        }
    }

    /// The caller is gone: every segment with an agent on it ends for that agent.
    func disconnectCustomer(of callId: CallID, reason: DisconnectReason) {
        guard let call = calls[callId], call.customer.isActive else { return }
        settleCallerDisconnect(callId, reason: reason)
        setState(.customer, .disconnected, on: callId)
        stopRuns(on: callId) { $0.listener == .customer(callId) }
        for id in call.contacts {
            updateContact(id) { c in
                if c.disconnectReason == nil && c.phase.isLive { c.disconnectReason = reason }
                if c.phase.isLive { c.disconnectedAt = now }
            }
        }
        emit(.customerDisconnected(call: callId, reason: reason))
        notifyAgents(on: callId, "The caller hung up")
        // No one can join a call whose caller has gone (docs §6 rule 18): pending transfers end.
        for id in call.contacts {
            guard let c = contacts[id], c.sourceAgent != nil, c.connectedToAgentAt == nil, c.phase.isLive else { continue }
            if let u = c.agent, agent(u)?.slot == .working(id) {
                endAgentPart(u, reason: reason)
            } else {
                transferFailed(id, why: "the caller hung up")
            }
        }
        let agentsOn = call.activeLegs.contains { leg in
            if case .agent = leg.party { return leg.state != .connecting } else { return false }
        }
        if !agentsOn || call.activeLegs.count < 2 { terminate(callId, reason: reason) }
        else { reconcileHoldFlows(callId) }
    }

    /// The caller's call ended: segments whose agent left the caller with third parties get its
    /// reason and time now, and complete if their agent has cleared them (docs §2.4, §6 rule 23).
    func settleCallerDisconnect(_ callId: CallID, reason: DisconnectReason) {
        for id in calls[callId]?.contacts ?? [] where contacts[id]?.awaitsCallerDisconnect == true {
            updateContact(id) { c in
                c.awaitsCallerDisconnect = false
                c.disconnectedAt = now
                c.disconnectReason = reason
                if c.phase == .ended { c.completed = true }
            }
        }
    }

    /// Ends the whole call: every leg drops, every live segment ends.
    func terminate(_ callId: CallID, reason: DisconnectReason) {
        guard let call = calls[callId], !call.ended else { return }
        call.end()
        settleCallerDisconnect(callId, reason: reason)
        if call.customer.isActive { setState(.customer, .disconnected, on: callId) }
        for leg in call.legs where leg.isActive {
            if case .agent(let u) = leg.party, let id = leg.contactId, case .working(id)? = agent(u)?.slot {
                endAgentPart(u, reason: reason)
            } else {
                change(.leg(leg.id, .disconnected), on: callId)
            }
        }
        for id in call.contacts {
            guard let c = contacts[id] else { continue }
            if let u = c.agent, case .offered(id, _)? = agent(u)?.slot {
                // The caller hung up before the agent accepted: Missed (docs §1.2).
                offerEndedUnaccepted(id, agent: u, slot: .missed(id, since: now), how: .callerHungUp)
            }
            if c.phase.isLive {
                removeWaiting(id)
                updateContact(id) {
                    $0.phase = .ended
                    $0.phaseSince = now
                    if $0.enqueuedAt != nil && $0.dequeuedAt == nil { $0.dequeuedAt = now }
                    $0.disconnectedAt = $0.disconnectedAt ?? now
                    if $0.disconnectReason == nil { $0.disconnectReason = reason }
                    $0.completed = true
                }
            } else if c.disconnectReason == nil && !c.completed {
                updateContact(id) { $0.disconnectReason = reason }
            }
        }
        stopRuns(on: callId) { _ in true }
        emit(.callEnded(call: callId, reason: reason))
        dispatch()
    }
}
