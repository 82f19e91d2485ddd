/// Accepting an offer, then the whispers, then the connection (docs §6 rules 11, 27).
extension Engine {
    func offerRefusal(_ ctx: AgentContext, verb: String) -> String? {
        if case .offered = ctx.agent.slot { return nil }
        return "There is no incoming call to \(verb)."
    }

    func accept(_ username: String) {
        guard case .offered(let id, _)? = agent(username)?.slot, let contact = contacts[id] else { return }
        updateAgent(username) { $0.slot = .working(id) }
        let legId: LegID
        if let transferLeg = contact.transferLeg, calls[contact.callId]?.leg(transferLeg)?.isActive == true {
            legId = transferLeg
            updateLeg(contact.callId, transferLeg) { $0.party = .agent(username); $0.since = now }
        } else {
            legId = newLegId()
            var leg = Leg(id: legId, party: .agent(username), state: .connecting, at: now, addedBy: nil)
            leg.contactId = id
            calls[contact.callId]?.add(leg)
        }
        updateLeg(contact.callId, legId) { $0.contactId = id }
        updateContact(id) {
            $0.agentLeg = legId
            $0.phase = .agentWhisper
            $0.phaseSince = now
        }
        emit(.accepted(contact: id, agent: AgentID(username)))
        // The agent whisper runs first, while the caller is still in queue (docs §3.4).
        startRun(flowName(for: .agentWhisper, contact: id), role: .agentWhisper, contact: id, listener: .agent(username))
    }

    func reject(_ username: String) {
        guard case .offered(let id, _)? = agent(username)?.slot else { return }
        declineOffer(id, by: username, slot: .rejected(id, since: now), how: .rejected)
    }

    func agentWhisperFinished(_ id: ContactID) {
        guard let c = contacts[id], c.phase == .agentWhisper else { return }
        if c.method == .callback {
            dialCallback(id)
            return
        }
        stopRuns(on: c.callId) { $0.contactId == id && $0.role == .customerQueue }
        updateContact(id) {
            $0.dequeuedAt = $0.queue == nil ? nil : now
            $0.phase = .customerWhisper
            $0.phaseSince = now
        }
        startRun(flowName(for: .customerWhisper, contact: id), role: .customerWhisper, contact: id, listener: .contactSide(id))
    }

    func customerWhisperFinished(_ id: ContactID) {
        guard let c = contacts[id], c.phase == .customerWhisper, let u = c.agent, let legId = c.agentLeg else { return }
        change(.leg(legId, .connected), on: c.callId)
        updateContact(id) {
            $0.phase = .connected
            $0.phaseSince = now
            $0.connectedToAgentAt = now
        }
        if let call = calls[c.callId] {
            if call.primaryAgent == nil || call.agentLeg(call.primaryAgent!) == nil { call.setPrimaryAgent(u) }
            // The caller joins the conversation unless the transferring agent still holds them.
            let sourceOnCall = c.sourceAgent.map { call.agentLeg($0) != nil } ?? false
            if !sourceOnCall, call.customer == .queued || call.customer == .flow || call.customer == .connected {
                change(.caller(.connected), on: c.callId)
            }
        }
        if let transferLeg = c.transferLeg, transferLeg != legId {
            change(.leg(transferLeg, .disconnected), on: c.callId)
        }
        emit(.connected(contact: id, agent: AgentID(u)))
        emit(.contactStateChanged(contact: id, agent: AgentID(u), state: .connected))
        notifyAgents(on: c.callId, "\(agent(u)?.config.displayName ?? u) connected", except: u)
        reconcileHoldFlows(c.callId)
        botConnected(u, contact: id)
        if c.method == .inbound || c.method == .queueTransfer { customerConnected(c.callId) }
    }
}
