/// Clear contact: ends after contact work (or a missed or rejected offer) and frees the slot;
/// a pending next status applies now (docs §6 rules 6, 8).
extension Engine {
    func clearRefusal(_ agent: AgentState) -> String? {
        switch agent.slot {
        case .missed, .rejected: return nil
        case .working(let id) where contacts[id]?.phase == .afterContactWork: return nil
        case .free: return "There is no contact to clear."
        case .offered: return "The call is ringing: Accept or Reject it."
        case .working: return "Clear contact is available once the call has ended (After contact work)."
        }
    }

    func clear(_ username: String) {
        guard let a = agent(username) else { return }
        clear(a)
    }

    /// `clear` for a caller that holds the agent: each lookup of it again cost an atomic retain and release, and a
    /// bot's clear looked it up four times (issue 9).
    func clear(_ a: AgentState) {
        guard let id = a.slot.contactId else { return }
        clearContact(id, of: a, named: a.username)
        if let next = a.nextStatus { apply(next, to: a.username) }
        dispatch()
    }

    /// Completes the agent's part of a segment; the record is complete from here (docs §6 rule 22),
    /// unless the caller is still on the call with third parties (then when that call ends).
    func clearContact(_ id: ContactID, by username: String) {
        clearContact(id, of: agent(username), named: username)
    }

    private func clearContact(_ id: ContactID, of a: AgentState?, named username: String) {
        if case .working(id)? = a?.slot {
            updateContact(id) {
                $0.acwEndedAt = now
                $0.enter(.ended, at: now)
                if !$0.awaitsCallerDisconnect { complete($0) }
            }
        }
        a?.free(at: now)
        emit(.cleared(contact: id, agent: AgentID(username)))
    }
}
