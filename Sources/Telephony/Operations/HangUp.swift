/// Hanging up one party with its own x (docs §1.5: to end the call for everyone the agent
/// chooses the x next to each party).
extension Engine {
    func hangUpRefusal(_ handle: String, _ ctx: AgentContext) -> String? {
        guard ctx.onCall, ctx.contact?.phase == .connected else { return "You're not on a call." }
        guard let ref = resolveParty(handle, ctx) else { return unknownParty(handle, ctx) }
        return controlRefusal(ref, ctx, verb: "hang up")
    }

    func hangUp(_ handle: String, by username: String) {
        guard let ctx = context(username), let call = ctx.call, let ref = resolveParty(handle, ctx) else { return }
        switch ref {
        case .customer:
            disconnectCustomer(of: call.id, reason: .agentDisconnect, by: username)
        case .leg(let id):
            guard let leg = call.leg(id) else { return }
            switch leg.party {
            case .agent(let u):
                if let contact = leg.contactId, agentWorking(on: contact, named: u) != nil {
                    // Another agent ended this agent's part while the caller was still on (docs §2.4).
                    endAgentPart(u, reason: .agentDisconnect)
                    afterLegChange(call.id)
                } else if let transfer = leg.contactId {
                    // Not accepted yet: only the transfer is cancelled, not the agent's other work.
                    transferFailed(transfer, why: "cancelled by \(agent(username)?.config.displayName ?? username)")
                }
            case .pending:
                if let transfer = leg.contactId { transferFailed(transfer, why: "cancelled by \(agent(username)?.config.displayName ?? username)") }
            case .external:
                setState(.leg(id), .disconnected, on: call)
                emit(.legHungUp(call: call.id, leg: id, by: AgentID(username)))
                afterLegChange(call.id)
            }
        }
    }
}
