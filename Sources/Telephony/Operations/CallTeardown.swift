/// How a call comes apart: an agent's part ends and goes to after contact work, the caller hangs up, a call
/// left with only third parties ends, the whole call ends (docs §6 rules 6, 14–17, 23).
extension Engine {
    /// Amazon Connect's smallest ACW timeout (docs §1.6, §6 rule 6): a configuration built in code
    /// with less is held to it (scenario files are refused).
    static let shortestACWTimeout: Millis = 1000

    /// The agent's leg ends: its segment goes to after contact work (docs §6 rules 6, 15).
    func endAgentPart(_ username: String, reason: DisconnectReason?, callerStaysOn: Bool = false) {
        // The agent is found by index once and read in place: each lookup by name took the agent (an atomic retain
        // and release) and this ran three (issue 9).
        guard let i = agentNumber(username), case .working(let id) = agents[i].slot, let c = contacts[id],
              c.phase.isLive else { return }
        if let leg = c.agentLeg { change(.leg(leg, .disconnected), on: c.callId) }
        stopRuns(on: c.callId) { $0.contactId == id && ($0.role == .agentWhisper || $0.listener == .agent(username)) }
        let wasConnected = c.phase == .connected
        updateContact(id) { c in
            if let start = c.holds.startedAt { closeHold(&c.holds, start: start) }
            if c.enqueuedAt != nil && c.dequeuedAt == nil { c.dequeuedAt = now }
            c.enter(.afterContactWork, at: now)
            c.acwStartedAt = now
            if callerStaysOn {
                c.awaitsCallerDisconnect = true
            } else {
                c.disconnectedAt = c.disconnectedAt ?? now
                if c.disconnectReason == nil { c.disconnectReason = reason }
            }
        }
        agents[i].muted = false
        emit(.afterContactWork(contact: id, agent: AgentID(username)))
        emit(.contactStateChanged(contact: id, agent: AgentID(username), state: .ended))
        if !wasConnected { emit(.abandonedInWhisper(contact: id, agent: nil)) }
        if agentACWTimeouts[i] > 0 {
            schedule(after: max(agentACWTimeouts[i], Self.shortestACWTimeout), .acwTimesOut(agent: i, contact: id))
        }
        botEnteredACW(agentAt: i, contact: id)
    }

    /// After any party leaves: a call with only third parties, or with one party left, ends
    /// (docs §6 rule 17).
    func afterLegChange(_ callId: CallID, thirdPartyLeft: Bool = false) {
        guard let call = calls[callId], !call.ended else { return }
        reconcileHoldFlows(callId)
        // Legs are read field by field, not copied out (issue 9).
        let activeCount = call.activeLegCount
        let agentsOn = call.hasAnsweredAgent
        switch call.customer {
        case .pending, .flow, .queued, .ringing:
            return
        case .disconnected:
            if !agentsOn || activeCount < 2 { terminate(callId, reason: thirdPartyLeft ? .thirdPartyDisconnect : .customerDisconnect) }
        case .connected, .hold:
            // A supervisor who barged in (and perhaps dropped the agent) stays on with the caller.
            if supervisors(of: callId).contains(where: { $0.mode == .barge }) { return }
            if activeCount == 0 {
                disconnectCustomer(of: callId, reason: thirdPartyLeft ? .thirdPartyDisconnect : .agentDisconnect)
            } else if !agentsOn, call.onlyUnclaimedRingingLegs {
                disconnectCustomer(of: callId, reason: .thirdPartyDisconnect)
            }
        }
    }

    /// The caller is gone: every segment with an agent on it ends for that agent. `by`: the agent or
    /// supervisor who hung the caller up, who has its own line for it (the CCP's "You hung up the caller").
    func disconnectCustomer(of callId: CallID, reason: DisconnectReason, by: String? = nil) {
        guard let call = calls[callId], call.customer.isActive else { return }
        settleCallerDisconnect(callId, reason: reason)
        setState(.customer, .disconnected, on: call)
        stopRuns(on: callId) { $0.listener == .customer(callId) }
        call.forEachContact { id in
            updateContact(id) { c in
                if c.disconnectReason == nil && c.phase.isLive { c.disconnectReason = reason }
                if c.phase.isLive { c.disconnectedAt = now }
            }
        }
        emit(.customerDisconnected(call: callId, reason: reason))
        notifyAgents(on: callId, callerGoneLine(call, reason: reason, by: by), except: by)
        // No one can join a call whose caller has gone (docs §6 rule 18): pending transfers end.
        call.forEachContact { id in
            guard let c = contacts[id], c.sourceAgent != nil, c.connectedToAgentAt == nil, c.phase.isLive else { return }
            if let u = c.agent, let at = c.agentAt, agents[at].slot == .working(id) {
                endAgentPart(u, reason: reason)
            } else {
                transferFailed(id, why: "the caller hung up")
            }
        }
        if !call.hasAnsweredAgent || call.activeLegCount < 2 { terminate(callId, reason: reason) }
        else { reconcileHoldFlows(callId) }
    }

    /// The one line the agents still on the call hear when the caller's side ends, by who ended it
    /// (docs §6 rule 23, DisconnectReason): "The caller hung up" only when they did (CUSTOMER_DISCONNECT),
    /// never after an agent or supervisor hung the caller up (issue 11 review 2, point 6). An outbound
    /// call's other end is the number dialled, not a caller.
    func callerGoneLine(_ call: Call, reason: DisconnectReason, by: String?) -> TranscriptLine.Words {
        let outbound = call.contacts.first.flatMap { contacts[$0]?.method } == .outbound
        let caller = outbound ? call.customerNumber : "the caller"
        if let by {
            return .hungUp(who: agent(by)?.config.displayName ?? by, supervisor: monitoring[by] != nil, whom: caller)
        }
        switch reason {
        case .customerDisconnect: return outbound ? .partyHungUp(caller) : .text("The caller hung up")
        case .contactFlowDisconnect: return .flowDisconnected(caller)
        default: return .text("The call ended")
        }
    }

    /// The caller's call ended: segments whose agent left the caller with third parties get its
    /// reason and time now, and complete if their agent has cleared them (docs §2.4, §6 rule 23).
    /// A segment whose agent a supervisor dropped keeps BARGED: that is why its agent left.
    func settleCallerDisconnect(_ callId: CallID, reason: DisconnectReason) {
        calls[callId]?.forEachContact { id in
            guard contacts[id]?.awaitsCallerDisconnect == true else { return }
            updateContact(id) { c in
                c.awaitsCallerDisconnect = false
                c.disconnectedAt = now
                if c.disconnectReason == nil { c.disconnectReason = reason }
                if c.phase == .ended { complete(c) }
            }
        }
    }

    /// Ends the whole call: every leg drops, every live segment ends.
    func terminate(_ callId: CallID, reason: DisconnectReason) {
        guard let call = calls[callId], !call.ended else { return }
        call.end()
        settleCallerDisconnect(callId, reason: reason)
        if call.customer.isActive { setState(.customer, .disconnected, on: call) }
        // Legs are read in place, field by field; a leg an earlier one's ending already dropped is left as it is.
        for i in call.legs.indices where call.legs[i].state.isActive {
            if case .agent(let u) = call.legs[i].party, let id = call.legs[i].contactId, agentWorking(on: id, named: u) != nil {
                endAgentPart(u, reason: reason)
            } else {
                change(.leg(call.legs[i].id, .disconnected), on: call)
            }
        }
        call.forEachContact { id in
            guard let c = contacts[id] else { return }
            if let u = c.agent, let at = c.agentAt, case .offered(id, _) = agents[at].slot {
                // The caller hung up before the agent accepted: Missed (docs §1.2).
                offerEndedUnaccepted(id, agent: u, slot: .missed(id, since: now), how: .callerHungUp)
            }
            if c.phase.isLive {
                removeWaiting(id)
                updateContact(id) {
                    $0.enter(.ended, at: now)
                    if $0.enqueuedAt != nil && $0.dequeuedAt == nil { $0.dequeuedAt = now }
                    $0.disconnectedAt = $0.disconnectedAt ?? now
                    if $0.disconnectReason == nil { $0.disconnectReason = reason }
                    complete($0)
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
