/// Hold and resume, per party or all at once (docs §1.5 hold semantics, §6 rule 19).
extension Engine {
    func holdRefusal(_ target: PartyTarget, _ ctx: AgentContext) -> String? {
        guard ctx.onCall, let call = ctx.call, ctx.contact?.phase == .connected else { return "You're not on a call." }
        switch target {
        case .all:
            if ctx.otherLegs.isEmpty { return "Hold all needs a third party on the call; to hold the caller, hold customer." }
            let connected = holdable(ctx).filter { partyState($0, on: call) == .connected }
            guard connected.isEmpty else { return nil }
            return earlyLegRefusal(ctx) ?? "Everyone is already on hold."
        case .party(let handle):
            guard let ref = resolveParty(handle, ctx) else { return unknownParty(handle, ctx) }
            if let r = controlRefusal(ref, ctx, verb: "hold") { return r }
            switch partyState(ref, on: call) {
            case .connected: return nil
            case .hold: return "\(handle) is already on hold."
            case .connecting: return "\(handle) is still connecting."
            case .disconnected: return "\(handle) has left the call."
            }
        }
    }

    func resumeRefusal(_ target: PartyTarget, _ ctx: AgentContext) -> String? {
        guard ctx.onCall, let call = ctx.call, ctx.contact?.phase == .connected else { return "You're not on a call." }
        switch target {
        case .all:
            return holdable(ctx).contains { partyState($0, on: call) == .hold } ? nil : "No one is on hold."
        case .party(let handle):
            guard let ref = resolveParty(handle, ctx) else { return unknownParty(handle, ctx) }
            if let r = controlRefusal(ref, ctx, verb: "resume") { return r }
            return partyState(ref, on: call) == .hold ? nil : "\(handle) is not on hold."
        }
    }

    func unknownParty(_ handle: String, _ ctx: AgentContext) -> String {
        "No party \"\(handle)\" on this call. Parties: \(partyHandles(ctx).joined(separator: ", "))."
    }

    /// The parties this agent can hold or resume.
    func holdable(_ ctx: AgentContext) -> [PartyRef] {
        guard let call = ctx.call else { return [] }
        var refs: [PartyRef] = []
        if call.customer.isActive, controlRefusal(.customer, ctx, verb: "hold") == nil { refs.append(.customer) }
        for leg in ctx.otherLegs where ctx.controls(leg) && leg.state != .connecting { refs.append(.leg(leg.id)) }
        return refs
    }

    func hold(_ target: PartyTarget, by username: String) {
        guard let ctx = context(username), let call = ctx.call else { return }
        let refs: [PartyRef]
        switch target {
        case .all: refs = holdable(ctx)
        case .party(let h): refs = resolveParty(h, ctx).map { [$0] } ?? []
        }
        for ref in refs where partyState(ref, on: call) == .connected { setState(ref, .hold, on: call.id) }
        reconcileHoldFlows(call.id)
    }

    func resume(_ target: PartyTarget, by username: String) {
        guard let ctx = context(username), let call = ctx.call else { return }
        let refs: [PartyRef]
        switch target {
        case .all: refs = holdable(ctx)
        case .party(let h): refs = resolveParty(h, ctx).map { [$0] } ?? []
        }
        for ref in refs where partyState(ref, on: call) == .hold { setState(ref, .connected, on: call.id) }
        reconcileHoldFlows(call.id)
    }

    /// Starting a consult holds everyone the agent is talking to (docs §6 rule 10).
    func holdOthers(on callId: CallID, except own: LegID?) {
        guard let call = calls[callId] else { return }
        if call.customer == .connected { setState(.customer, .hold, on: callId) }
        for leg in call.legs where leg.state == .connected && leg.id != own { setState(.leg(leg.id), .hold, on: callId) }
    }

    /// The one place a party's connection state changes, keeping the records' hold tallies.
    func setState(_ ref: PartyRef, _ state: ConnectionState, on callId: CallID) {
        switch ref {
        case .customer:
            guard let call = calls[callId] else { return }
            let old = call.customer
            let new: CallerState = state == .hold ? .hold : (state == .disconnected ? .disconnected : .connected)
            guard old != new else { return }
            updateCall(callId) { $0.customer = new; $0.customerSince = now }
            tallyHolds(callId, wasHeld: old == .hold, isHeld: new == .hold)
            emit(.connectionStateChanged(call: callId, party: .customer, state: state))
        case .leg(let id):
            updateLeg(callId, id) { $0.state = state; $0.since = now }
            emit(.connectionStateChanged(call: callId, party: .leg(id), state: state))
        }
    }

    /// Customer holds count against every agent segment connected at the time (docs §2.2).
    func tallyHolds(_ callId: CallID, wasHeld: Bool, isHeld: Bool) {
        guard let call = calls[callId] else { return }
        for id in call.contacts {
            guard let c = contacts[id], c.phase == .connected else { continue }
            updateContact(id) { c in
                if isHeld && !wasHeld {
                    c.holds.count += 1
                    c.holds.startedAt = now
                } else if wasHeld && !isHeld, let start = c.holds.startedAt {
                    closeHold(&c.holds, start: start)
                }
            }
        }
    }

    func closeHold(_ t: inout HoldTally, start: Millis) {
        let d = now - start
        t.total += d
        t.longest = max(t.longest, d)
        t.startedAt = nil
    }
}
