/// Leave and End call. The leaving agent's part ends and goes to after contact work; the others
/// stay connected, held parties are taken off hold (docs §6 rules 14, 15, 17).
extension Engine {
    func leaveRefusal(_ ctx: AgentContext) -> String? {
        guard ctx.onCall, ctx.contact?.phase == .connected else { return "You're not on a call." }
        if !ctx.hasOtherLegs { return "Leave needs another party on the call; End call hangs up." }
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

    func leave(_ ctx: AgentContext) {
        guard let call = ctx.call else { return }
        let username = ctx.username
        // Held parties are taken off hold and connected to the others (docs §1.5 scenarios 1–3).
        if call.customer == .hold { setState(.customer, .connected, on: call) }
        // The other legs are read in place, field by field: copying them out was most of Leave's own cost (issue 9).
        var othersOn = false
        var othersAllExternal = true
        if let own = ctx.leg?.id {
            for i in call.legs.indices where call.legs[i].state.isActive && call.legs[i].id != own {
                othersOn = true
                if case .external = call.legs[i].party {} else { othersAllExternal = false }
                if call.legs[i].state == .hold { setState(.leg(call.legs[i].id), .connected, on: call) }
            }
        }
        // The call is still up. When another agent's segment carries on, the leaving agent's
        // segment ends AGENT_DISCONNECT (docs §2.5); when only third parties stay with the caller,
        // the contact is still on the call and ends when the caller's call does (docs §2.4).
        let onlyThirdParties = call.customer.isActive && othersOn && othersAllExternal
        endAgentPart(username, reason: .agentDisconnect, callerStaysOn: onlyThirdParties)
        // The call stays up while the caller or the agent in charge is on it; with only third
        // parties left it ends (docs §6 rule 17).
        if call.customer == .disconnected && call.primaryAgent == username {
            emit(.agentLeft(agent: AgentID(username), call: call.id))
            terminate(call.id, reason: .agentDisconnect)
            return
        }
        if call.primaryAgent == username {
            var next: String?
            for i in call.legs.indices where call.legs[i].state.isActive {
                if case .agent(let u) = call.legs[i].party { next = u; break }
            }
            call.setPrimaryAgent(next)
        }
        emit(.agentLeft(agent: AgentID(username), call: call.id))
        afterLegChange(call.id)
    }

    func endCall(_ username: String) {
        if let ctx = context(username) { endCall(ctx) }
    }

    func endCall(_ ctx: AgentContext) {
        guard let contact = ctx.contact else { return }
        let username = ctx.username
        if contact.phase == .dialing {
            endUnansweredOutbound(contact.id, reason: .agentDisconnect)
            return
        }
        if contact.phase == .agentWhisper || contact.phase == .customerWhisper {
            hangUpDuringWhisper(username)
            return
        }
        if !ctx.hasOtherLegs {
            guard let call = ctx.call else { return }
            endAgentPart(username, reason: .agentDisconnect)
            if let flow = contact.hooks[.customerRemaining], flows.hasFlow(flow) {
                runDisconnectFlow(flow, after: contact, on: call.id)
            } else {
                disconnectCustomer(of: call.id, reason: .agentDisconnect, by: username)
            }
        } else {
            leave(ctx)
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
}
