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

    /// The username of the agent who is the only party in conversation on a call (barged-in supervisors
    /// count), else nil. Found without gathering the conversation into an array when no one monitors:
    /// hold loops ask it at every change while someone is held (issue 9: the array cost about 900 instructions
    /// a contact).
    func soleSpeakingAgent(on call: Call) -> String? {
        guard monitoring.isEmpty else {
            let speakers = conversation(of: call).speakers
            guard speakers.count == 1, case .agent(let u) = speakers[0] else { return nil }
            return u
        }
        guard call.customer != .connected else { return nil }
        var sole: String?
        var speaking = 0
        for i in call.legs.indices where call.legs[i].state == .connected {
            switch call.legs[i].party {
            case .agent(let u): sole = u
            case .external: sole = nil
            case .pending: continue
            }
            speaking += 1
            if speaking > 1 { return nil }
        }
        return sole
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
