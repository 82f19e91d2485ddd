/// Who hears whom. On a call, every party in the connected state is in one conversation; held,
/// connecting and disconnected parties are outside it; a muted party (an agent's own mute, or any
/// party another agent or a barged-in supervisor muted) is heard by no one (docs §1.5 hold semantics, §6 rules 13–19;
/// docs/supervisor.md).
extension Engine {
    /// The parties in conversation on a call.
    func bridge(of call: Call) -> [PartyKey] {
        var parties: [PartyKey] = []
        if call.customer == .connected { parties.append(.customer(call.id)) }
        for leg in call.legs where leg.state == .connected {
            switch leg.party {
            case .agent(let u): parties.append(.agent(u))
            case .external: parties.append(.external(leg.id))
            case .pending: break
            }
        }
        return parties
    }

    func isMuted(_ party: PartyKey) -> Bool {
        if case .agent(let u) = party { return agent(u)?.muted ?? false }
        return !mutedParties.isEmpty && mutedParties.contains(party)
    }

    /// The conversation on a call: the bridge, plus supervisors who barged in (heard by all);
    /// supervisors monitoring silently listen to it without being in it (Operations/Monitor.swift).
    func conversation(of call: Call) -> (speakers: [PartyKey], silent: [PartyKey]) {
        var speakers = bridge(of: call)
        var silent: [PartyKey] = []
        for s in supervisors(of: call.id) {
            if s.mode == .barge { speakers.append(.agent(s.username)) } else { silent.append(.agent(s.username)) }
        }
        return (speakers, silent)
    }

    /// True when `listener` hears `speaker` right now.
    public func hears(_ listener: PartyKey, _ speaker: PartyKey) -> Bool {
        guard listener != speaker, !isMuted(speaker), let call = call(of: speaker) else { return false }
        let parties = conversation(of: call)
        return parties.speakers.contains(speaker)
            && (parties.speakers.contains(listener) || parties.silent.contains(listener))
    }

    /// Everyone who hears `speaker`, in call order, silent supervisors last.
    func hearers(of speaker: PartyKey) -> [PartyKey] {
        guard !isMuted(speaker), let call = call(of: speaker) else { return [] }
        let parties = conversation(of: call)
        guard parties.speakers.contains(speaker) else { return [] }
        return parties.speakers.filter { $0 != speaker } + parties.silent
    }

    /// The live call a party is on.
    func call(of party: PartyKey) -> Call? {
        switch party {
        case .customer(let id): return calls[id]
        case .external(let leg):
            return calls.first { c in c.legs.contains { $0.id == leg } }
        case .agent(let u):
            guard let contact = agent(u)?.slot.contactId, let c = contacts[contact] else {
                // A supervisor is on the call it monitors.
                return activeMonitoring(u).flatMap { calls[$0.call] }
            }
            return calls[c.callId]
        }
    }

    /// The name a party goes by in other parties' transcripts.
    func label(of party: PartyKey) -> String {
        switch party {
        case .agent(let u): return agent(u)?.config.displayName ?? u
        case .customer(let id): return calls[id].map { customersByNumber[$0.customerNumber]?.name ?? $0.customerNumber } ?? "Customer"
        case .external(let leg):
            for call in calls.values {
                if let l = call.leg(leg), case .external(let number) = l.party {
                    return externalsByNumber[number]?.name ?? number
                }
            }
            return "External"
        }
    }
}
