/// Quick connects: agent and queue transfers run a transfer flow for the transferring agent;
/// phone numbers are dialled straight away (docs §6 rules 9–12).
extension Engine {
    /// The quick connects an agent sees: those of the queues in its routing profile.
    public func quickConnects(for username: String) -> [QuickConnectConfig] {
        agentNumber(username).map { agentQuickConnects[$0] } ?? []
    }

    /// Where the quick connect `name` is in the list of the agent at `agentAt` (`agentQuickConnects`): the exact name
    /// first, then ignoring case. Its place, not a copy of it: a copy retained its list of queues (issue 9).
    func quickConnectIndex(_ name: String, forAgentAt agentAt: Int) -> Int? {
        agentQuickConnects[agentAt].firstIndex { $0.name == name }
            ?? agentQuickConnects[agentAt].firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    func quickConnectRefusal(_ name: String, _ ctx: AgentContext) -> String? {
        guard let k = quickConnectIndex(name, forAgentAt: ctx.agentAt) else {
            let known = agentQuickConnects[ctx.agentAt].map(\.name)
            return "No quick connect named \"\(name)\". Yours: \(known.isEmpty ? "none" : known.joined(separator: ", "))."
        }
        let target = agentQuickConnects[ctx.agentAt][k].target
        if case .phoneNumber(let number) = target { return dialRefusal(number, ctx) }
        guard ctx.onCall, ctx.contact?.phase == .connected else {
            return "Agent and queue quick connects transfer a call: " + liveCallFirst(ctx)
        }
        if case .user(let u) = target, u == ctx.username { return "You can't transfer a call to yourself." }
        return addConnectionRefusal(ctx)
    }

    /// What to do first when a move needs a connected call and the agent has none: only a move open in
    /// the agent's state, so the advice never names one that is refused too (issue 11 review 2, point 2:
    /// "accept or make a call" while nothing rang, "Clear contact" on a ringing call).
    func liveCallFirst(_ ctx: AgentContext) -> String {
        switch ctx.agent.slot {
        case .free:
            return ctx.agent.status == .offline
                ? "you're Offline: choose a status first." : "make a call first, or wait for one to ring."
        case .offered: return "accept the ringing call first."
        case .missed, .rejected: return "this contact has ended: Clear contact first."
        case .working(let id) where contacts[id]?.phase == .afterContactWork:
            return "this contact has ended: Clear contact first."
        case .working: return "wait until the call is connected."
        }
    }

    /// Rules for adding anyone to a call (docs §6 rules 16, 18).
    func addConnectionRefusal(_ ctx: AgentContext) -> String? {
        guard let call = ctx.call else { return "You're not on a call." }
        if !call.customer.isActive { return "The caller has hung up: no one can be added to this call." }
        if let ringing = ctx.firstOtherLeg(in: .connecting) {
            return "Wait until \(legLabel(ringing)) answers or the attempt ends before adding another party."
        }
        let limit = config.multiParty ? 6 : 3
        let parties = 1 + call.activeLegCount
        if parties >= limit {
            return "This call already has \(parties) participants, the most \(config.multiParty ? "a multi-party" : "a three-party") call allows."
        }
        if !ctx.isPrimary { return "In a three-party call only the agent in charge can add parties." }
        return nil
    }

    func quickConnect(_ name: String, _ ctx: AgentContext) {
        guard let k = quickConnectIndex(name, forAgentAt: ctx.agentAt) else { return }
        // Read field by field: the fields a transfer names, without the quick connect's list of queues.
        let label = agentQuickConnects[ctx.agentAt][k].name
        let target = agentQuickConnects[ctx.agentAt][k].target
        let flow = agentQuickConnects[ctx.agentAt][k].flow
        switch target {
        case .phoneNumber(let number):
            dial(number, by: ctx.username, label: label)
        case .user(let user):
            startTransfer(by: ctx, label: label, target: target, party: .agent(user), transferTarget: user,
                          queue: nil, flow: flow ?? config.defaultFlows.agentTransfer)
        case .queue(let q):
            startTransfer(by: ctx, label: label, target: target, party: .pending(queue: q), transferTarget: nil,
                          queue: .queue(q), flow: flow ?? config.defaultFlows.queueTransfer)
        }
    }

    /// A new TRANSFER segment with its own leg on the call; the transfer flow plays to the
    /// transferring agent while the caller is held. `label` and `target`: the quick connect's name and target.
    private func startTransfer(by ctx: AgentContext, label: String, target: QuickConnectConfig.Target, party: LegParty,
                               transferTarget: String?, queue: QueueRef?, flow: String) {
        guard let source = ctx.contact, let call = ctx.call else { return }
        let username = ctx.username
        holdOthers(on: call.id, except: ctx.leg?.id)
        let id = newContact(callId: call.id, method: .transfer, previous: source.id)
        let legId = newLegId()
        // Streams marks the agent leg connected as soon as the contact is routed (docs §1.4).
        calls[call.id]?.add(Leg(id: legId, party: party, state: .connecting, at: now, addedBy: username, contactId: id,
                                showsConnectedEarly: transferTarget != nil, label: label))
        updateContact(id) {
            $0.setSource(agent: username, at: ctx.agentAt)
            $0.transferLeg = legId
            $0.transferTarget = transferTarget
            $0.targetQueue = queue
            $0.hooks = source.hooks
            $0.attributes = source.attributes
            $0.attributeOrder = source.attributeOrder
        }
        emit(.quickConnect(contact: id, agent: AgentID(username), name: label, target: target))
        reconcileHoldFlows(call.id)
        startRun(flow, role: .transfer, contact: id, listener: .contactSide(id))
    }

    /// The transfer did not reach an agent: its leg drops and the transferring agent keeps the call.
    func transferFailed(_ id: ContactID, why: String) {
        guard let c = contacts[id], c.phase.isLive else { return }
        removeWaiting(id)
        stopRuns(on: c.callId) { $0.contactId == id }
        if let u = c.agent, let at = c.agentAt, case .offered(id, _) = agents[at].slot {
            offerEndedUnaccepted(id, agent: u, slot: .missed(id, since: now), how: .transferEnded(why))
        }
        updateContact(id) {
            $0.enter(.ended, at: now)
            if $0.enqueuedAt != nil && $0.dequeuedAt == nil { $0.dequeuedAt = now }
            $0.disconnectedAt = now
            complete($0)
        }
        if let leg = c.transferLeg, let label = calls[c.callId]?.leg(leg).map(legLabel) {
            change(.leg(leg, .disconnected), on: c.callId)
            notifyAgents(on: c.callId, .text("Transfer to \(label) failed: \(why)"))
        }
        emit(.transferFailed(contact: id, why: why))
        afterLegChange(c.callId)
    }
}
