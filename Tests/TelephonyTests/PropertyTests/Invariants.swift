import Telephony

/// What must hold after every step of every walk. Each has a test of the same name.
enum Invariant: String, CaseIterable, Sendable {
    case refusedCommandChangesNothing
    case refusalPredictsPerform
    case commandsActOnlyOnTheActorsCall
    case agentIsOnAtMostOneContact
    case offersGoOnlyToIdleAvailableAgents
    case agentsOffACallHearNoOne
    case hearingIsSymmetric
    case mutedAgentIsHeardByNoOne
    case heldPartyHearsNoOne
    case recordsLinkIntoChains
    case completedRecordsAreFinal
    case everyEndedContactHasACompletedRecord
    case connectingPartyHearsNoOne
}

/// Banners of an agent that is on the contact (or finishing it), as opposed to one that was
/// merely offered it and let it go.
private let holdingBanners: Set<Banner> = [.incoming, .connecting, .connected, .onHold, .afterContactWork]
private let onCallBanners: Set<Banner> = [.connecting, .connected, .onHold]

extension Walk {
    /// A refused command changes nothing anyone can see, and tells no one (no event).
    func checkUnchanged(_ before: Observation, _ after: Observation) {
        guard before != after || !stepEventsForRefusal.isEmpty else { return }
        var what: [String] = []
        if before.now != after.now { what.append("the clock moved") }
        if before.nextEventTime != after.nextEventTime {
            what.append("next event \(before.nextEventTime.map(String.init) ?? "none") → \(after.nextEventTime.map(String.init) ?? "none")")
        }
        for (u, v) in after.views where before.views[u] != v { what.append("\(u)'s view changed: \(diff(before.views[u], v))") }
        for (id, c) in after.callers where before.callers[id] != c { what.append("call \(id)'s caller view changed") }
        if before.records != after.records { what.append("records changed") }
        if before.openContacts != after.openContacts { what.append("open contacts \(before.openContacts) → \(after.openContacts)") }
        for (p, t) in after.transcripts where (before.transcripts[p] ?? []) != t {
            what.append("\(p) heard \(t.dropFirst(before.transcripts[p]?.count ?? 0).map(\.text))")
        }
        if !stepEventsForRefusal.isEmpty { what.append("events emitted: \(stepEventsForRefusal.map(\.type))") }
        fail(.refusedCommandChangesNothing, what.joined(separator: "; "))
    }

    /// An agent's command reaches only the call it is on: agents working other calls see no
    /// change to their contact and hear nothing new from it.
    func checkIsolation(actor: String, _ before: Observation, _ after: Observation) {
        let families = before.families
        let actor = engine.resolveAgent(actor) ?? actor
        let actorFamily = before.views[actor]?.contact.flatMap { families[$0.contactId] }
        for (u, v) in before.views where u != actor {
            guard let c = v.contact, holdingBanners.contains(c.banner) || c.banner == .missed,
                  let family = families[c.contactId], family != actorFamily else { continue }
            if after.views[u]?.contact != c {
                fail(.commandsActOnlyOnTheActorsCall,
                     "\(actor)'s command changed \(u)'s contact \(c.contactId) on another call: \(diff(v, after.views[u]))")
            }
            let heard = (after.transcripts[.agent(u)] ?? []).dropFirst(before.transcripts[.agent(u)]?.count ?? 0)
            if !heard.isEmpty {
                fail(.commandsActOnlyOnTheActorsCall, "\(actor)'s command made \(u), on another call, hear \(heard.map(\.text))")
            }
        }
    }

    /// One voice contact per agent (docs §6 rule 7): no two agents hold the same contact, and an
    /// agent another agent sees on hold is on that same call.
    func checkContacts(_ o: Observation) {
        let families = o.families
        var holders: [String: String] = [:]
        for (u, v) in o.views.sorted(by: { $0.key < $1.key }) {
            guard let c = v.contact else { continue }
            if families[c.contactId] == nil {
                fail(.agentIsOnAtMostOneContact, "\(u) shows contact \(c.contactId), which has no record")
            }
            guard holdingBanners.contains(c.banner) else { continue }
            if let other = holders[c.contactId] {
                fail(.agentIsOnAtMostOneContact, "\(other) and \(u) both hold contact \(c.contactId) (\(c.banner.rawValue))")
            }
            holders[c.contactId] = u
        }
        for (u, v) in o.views {
            guard let c = v.contact else { continue }
            for p in c.parties where p.kind == .agent && p.state == .hold {
                let theirs = o.views[p.handle]?.contact
                let sameCall = theirs.map { families[$0.contactId] == families[c.contactId] } ?? false
                if theirs.map({ !onCallBanners.contains($0.banner) }) ?? true || !sameCall {
                    fail(.agentIsOnAtMostOneContact,
                         "\(u) sees \(p.handle) on hold on \(c.contactId), but \(p.handle) shows \(theirs.map { "\($0.banner.rawValue) on \($0.contactId)" } ?? "no contact")")
                }
            }
        }
        let agents = engine.agentUsernames
        for a in agents {
            for b in agents where a != b && engine.hears(.agent(a), .agent(b)) {
                let fa = o.views[a]?.contact.flatMap { families[$0.contactId] }
                let fb = o.views[b]?.contact.flatMap { families[$0.contactId] }
                if fa == nil || fa != fb {
                    fail(.agentIsOnAtMostOneContact, "\(a) hears \(b) but they are not on the same call (\(fa ?? "none") vs \(fb ?? "none"))")
                }
            }
        }
    }

    /// Routing offers a contact only to an Available agent with no next status, who is on no
    /// other contact and not in after contact work (docs §6 rules 5, 7, 8).
    func checkOffers(_ before: Observation, _ after: Observation) {
        let completed = completedThisStep
        for (u, v) in after.views {
            guard let c = v.contact, c.banner == .incoming else { continue }
            let previous = before.views[u]?.contact
            if previous?.contactId == c.contactId && previous?.banner == .incoming { continue }
            if v.status != "Available" || v.nextStatus != nil {
                fail(.offersGoOnlyToIdleAvailableAgents,
                     "\(u) is offered \(c.contactId) while \(v.status)\(v.nextStatus.map { " (next status \($0))" } ?? "")")
            }
            // The agent's part of its previous contact must be over: the record completed, or its
            // after contact work ended while the caller talks on with third parties (docs §2.4).
            // Within one step the agent may leave, time out of ACW and be cleared, so the banner
            // seen before the step can be any of the holding ones (seeds 171, 179, 467).
            let acwEnded = after.records.first { $0.ContactId == previous?.contactId }?.Agent?.AfterContactWorkEndTimestamp != nil
            if let p = previous, p.contactId != c.contactId, holdingBanners.contains(p.banner), !completed.contains(p.contactId),
               !acwEnded {
                fail(.offersGoOnlyToIdleAvailableAgents,
                     "\(u) is offered \(c.contactId) while its contact \(p.contactId) (\(p.banner.rawValue)) is not completed")
            }
        }
    }

    /// Who hears whom follows from the states (docs §1.5 hold semantics, §6 rules 13–19).
    func checkHearing(_ o: Observation) {
        var parties: [PartyKey] = engine.agentUsernames.map { .agent($0) }
        for (id, caller) in o.callers.sorted(by: { $0.key < $1.key }) where caller.state != .disconnected {
            parties.append(.customer(CallID(id)))
        }
        parties += externalLegsOnLiveCalls.map { .external($0) }
        func muted(_ p: PartyKey) -> Bool {
            if case .agent(let u) = p { return o.views[u]?.muted ?? false }
            return false
        }
        // Each ordered pair is asked once: the matrix is the walk's most expensive check.
        let n = parties.count
        var matrix = [Bool](repeating: false, count: n * n)
        for i in 0..<n {
            for j in 0..<n where i != j { matrix[i * n + j] = engine.hears(parties[i], parties[j]) }
        }
        var hearsAnyone: [PartyKey: Bool] = [:]
        var heardByAnyone: [PartyKey: Bool] = [:]
        for i in 0..<n {
            for j in 0..<n where i != j && matrix[i * n + j] {
                hearsAnyone[parties[i]] = true
                heardByAnyone[parties[j]] = true
            }
            for j in (i + 1)..<max(n, i + 1) where !muted(parties[i]) && !muted(parties[j]) && matrix[i * n + j] != matrix[j * n + i] {
                fail(.hearingIsSymmetric,
                     "hears(\(parties[i]), \(parties[j])) is \(matrix[i * n + j]) but hears(\(parties[j]), \(parties[i])) is \(matrix[j * n + i])")
            }
        }
        for (u, v) in o.views {
            let me = PartyKey.agent(u)
            if v.muted, heardByAnyone[me] == true {
                fail(.mutedAgentIsHeardByNoOne, "\(u) is muted but \(parties.filter { engine.hears($0, me) }) hear them")
            }
            let banner = v.contact?.banner
            if banner == nil || !onCallBanners.contains(banner!) {
                if hearsAnyone[me] == true || heardByAnyone[me] == true {
                    fail(.agentsOffACallHearNoOne, "\(u) shows \(banner?.rawValue ?? "no contact") but hears or is heard: hears \(parties.filter { engine.hears(me, $0) }), heard by \(parties.filter { engine.hears($0, me) })")
                }
            }
            if banner == .onHold, hearsAnyone[me] == true {
                fail(.heldPartyHearsNoOne, "\(u)'s banner is On hold but they hear \(parties.filter { engine.hears(me, $0) })")
            }
            for p in v.contact?.parties ?? [] where p.state == .hold {
                switch p.kind {
                case .agent:
                    if hearsAnyone[.agent(p.handle)] == true {
                        fail(.heldPartyHearsNoOne, "\(u) sees \(p.handle) on hold, but \(p.handle) hears \(parties.filter { engine.hears(.agent(p.handle), $0) })")
                    }
                case .external:
                    // A number can be on several calls; only an unambiguous leg is checked.
                    let legs = externalLegsOnLiveCalls.filter { externalNumber(of: $0) == p.handle }
                    if legs.count == 1, hearsAnyone[.external(legs[0])] == true {
                        fail(.heldPartyHearsNoOne, "\(u) sees \(p.handle) on hold, but it hears \(parties.filter { engine.hears(.external(legs[0]), $0) })")
                    }
                case .customer, .queue: break
                }
            }
        }
        // A party still connecting (ringing, or an agent in a whisper) hears no one and is heard
        // by no one (docs §1.5, §6 rule 27).
        for (u, v) in o.views {
            guard let c = v.contact else { continue }
            let me = PartyKey.agent(u)
            if c.banner == .connecting, !c.parties.contains(where: { $0.state == .connecting }),
               hearsAnyone[me] == true || heardByAnyone[me] == true {
                fail(.connectingPartyHearsNoOne, "\(u) is connecting on \(c.contactId) but hears \(parties.filter { engine.hears(me, $0) }), heard by \(parties.filter { engine.hears($0, me) })")
            }
            for p in c.parties where p.state == .connecting && p.kind == .external {
                let legs = externalLegsOnLiveCalls.filter { externalNumber(of: $0) == p.handle }
                guard legs.count == 1 else { continue }
                let leg = PartyKey.external(legs[0])
                if hearsAnyone[leg] == true || heardByAnyone[leg] == true {
                    fail(.connectingPartyHearsNoOne, "\(u) sees \(p.handle) connecting, but it hears \(parties.filter { engine.hears(leg, $0) }), heard by \(parties.filter { engine.hears($0, leg) })")
                }
            }
        }
        for (id, caller) in o.callers where caller.state == .onHold {
            let me = PartyKey.customer(CallID(id))
            if hearsAnyone[me] == true || !caller.hearing.isEmpty {
                fail(.heldPartyHearsNoOne, "the caller of call \(id) is On hold but hears \(caller.hearing) / \(parties.filter { engine.hears(me, $0) })")
            }
        }
    }

    /// Records link into chains by InitialContactId / PreviousContactId / NextContactId (docs §2.5, §6 rule 21).
    func checkRecordChains(_ o: Observation) {
        let byId = Dictionary(o.records.map { ($0.ContactId, $0) }, uniquingKeysWith: { a, _ in a })
        if byId.count != o.records.count { fail(.recordsLinkIntoChains, "two records share a ContactId") }
        for r in o.records {
            let id = r.ContactId
            if let p = r.PreviousContactId {
                // Two transfers from one segment both name it as previous; its NextContactId is the
                // newest (docs §2.5 inference), so only the next link must point back.
                guard byId[p] != nil else {
                    fail(.recordsLinkIntoChains, "\(id) names previous \(p), which has no record")
                    continue
                }
            } else if r.InitiationMethod == "TRANSFER" || r.InitiationMethod == "QUEUE_TRANSFER" {
                fail(.recordsLinkIntoChains, "\(id) is a \(r.InitiationMethod) record without a PreviousContactId")
            }
            if let n = r.NextContactId, byId[n]?.PreviousContactId != id {
                fail(.recordsLinkIntoChains, "\(id) names next \(n), whose PreviousContactId is \(byId[n]?.PreviousContactId ?? "missing")")
            }
            var root = r
            var seen: Set<String> = [id]
            while let p = root.PreviousContactId, let previous = byId[p], seen.insert(p).inserted { root = previous }
            if root.PreviousContactId != nil, seen.contains(root.PreviousContactId!) {
                fail(.recordsLinkIntoChains, "the chain through \(id) loops")
            }
            if r.InitialContactId != root.ContactId {
                fail(.recordsLinkIntoChains, "\(id)'s InitialContactId is \(r.InitialContactId) but its chain starts at \(root.ContactId)")
            }
        }
    }

    /// A completed record is what the instance exports: it does not change afterwards (docs §6 rule 22).
    func checkCompletedRecordsAreFinal(_ before: Observation, _ after: Observation) {
        let done = completedThisStep
        let was = Dictionary(before.records.map { ($0.ContactId, $0) }, uniquingKeysWith: { a, _ in a })
        let wasDone = completedBefore
        for r in after.records {
            guard wasDone.contains(r.ContactId), let old = was[r.ContactId] else { continue }
            if !done.contains(r.ContactId) {
                fail(.completedRecordsAreFinal, "\(r.ContactId) was completed and is open again")
            } else if old != r {
                fail(.completedRecordsAreFinal, "completed record \(r.ContactId) changed: \(recordDiff(old, r))")
            }
        }
        completedBefore = done
    }

    /// The ids of completed records, exactly (issue 13 point 5: not inferred from a count).
    var completedNow: Set<String> { engine.completedContactIds }

    private func diff(_ a: AgentView?, _ b: AgentView?) -> String {
        guard let a, let b else { return "\(a == nil ? "none" : "a view") → \(b == nil ? "none" : "a view")" }
        var parts: [String] = []
        if a.status != b.status { parts.append("status \(a.status) → \(b.status)") }
        if a.nextStatus != b.nextStatus { parts.append("next status \(a.nextStatus ?? "none") → \(b.nextStatus ?? "none")") }
        if a.muted != b.muted { parts.append("muted \(a.muted) → \(b.muted)") }
        if a.contact?.banner != b.contact?.banner {
            parts.append("banner \(a.contact?.banner.rawValue ?? "none") → \(b.contact?.banner.rawValue ?? "none")")
        }
        if a.contact?.parties != b.contact?.parties {
            func show(_ v: AgentView) -> String { (v.contact?.parties ?? []).map { "\($0.handle):\($0.state.rawValue)" }.joined(separator: ",") }
            parts.append("parties [\(show(a))] → [\(show(b))]")
        }
        if a.controls != b.controls { parts.append("controls changed") }
        return parts.isEmpty ? "other fields" : parts.joined(separator: ", ")
    }

    private func recordDiff(_ a: ContactRecord, _ b: ContactRecord) -> String {
        // Field by field through reflection, so a new record field is covered without an edit here.
        let old = Mirror(reflecting: a).children
        let new = Array(Mirror(reflecting: b).children)
        var parts: [String] = []
        for (i, field) in old.enumerated() {
            let x = String(describing: field.value)
            let y = String(describing: new[i].value)
            if x != y { parts.append("\(field.label ?? "?") \(x) → \(y)") }
        }
        return parts.isEmpty ? "no visible field" : parts.joined(separator: "; ")
    }
}
