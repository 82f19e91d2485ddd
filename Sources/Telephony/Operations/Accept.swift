/// Accepting or rejecting an offer; accepting starts the whispers (Whispers.swift) (docs §6 rules 5, 11, 27).
extension Engine {
    func offerRefusal(_ ctx: AgentContext, verb: String) -> String? {
        if case .offered = ctx.agent.slot { return nil }
        return "There is no incoming call to \(verb)."
    }

    func accept(_ username: String) {
        guard let a = agent(username), case .offered(let id, _) = a.slot, let contact = contacts[id] else { return }
        a.slot = .working(id)
        cancelOfferExpiry(of: a)
        // The call and the segment are changed through the references held here: looking them up again for each
        // change cost a retain and a release each time (issue 9).
        let call = calls[contact.callId]
        let legId: LegID
        if let transferLeg = contact.transferLeg, call?.legState(transferLeg)?.isActive == true {
            legId = transferLeg
            call?.changeLeg(transferLeg) {
                $0.party = .agent(username)
                $0.since = now
                $0.contactId = id
            }
        } else {
            legId = newLegId()
            call?.add(Leg(id: legId, party: .agent(username), state: .connecting, at: now, addedBy: nil, contactId: id))
        }
        contact.agentLeg = legId
        contact.enter(.agentWhisper, at: now)
        emit(.accepted(contact: id, agent: AgentID(username)))
        startAgentWhisper(id, for: username)
    }

    func reject(_ username: String) {
        guard case .offered(let id, _)? = agent(username)?.slot else { return }
        declineOffer(id, by: username, slot: .rejected(id, since: now), how: .rejected)
    }
}
