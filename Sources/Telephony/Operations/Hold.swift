/// Hold and resume, per party or all at once (docs §1.5 hold semantics, §6 rule 19).
extension Engine {
    func holdRefusal(_ target: PartyTarget, _ ctx: AgentContext) -> String? {
        guard ctx.onCall, let call = ctx.call, ctx.contact?.phase == .connected else { return "You're not on a call." }
        switch target {
        case .all:
            // The advice names the move that applies to the caller's state: holding a caller already on
            // hold is refused too (issue 11 review point 1).
            if !ctx.hasOtherLegs {
                return partyState(.customer, on: call) == .hold
                    ? "Hold all needs a third party on the call, and the caller is on hold; to resume the caller, resume customer."
                    : "Hold all needs a third party on the call; to hold the caller, hold customer."
            }
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
    func holdable(_ ctx: AgentContext) -> [ConnectionRef] {
        guard let call = ctx.call else { return [] }
        var refs: [ConnectionRef] = []
        if call.customer.isActive, controlRefusal(.customer, ctx, verb: "hold") == nil { refs.append(.customer) }
        for leg in ctx.otherLegs where ctx.controls(leg) && leg.state != .connecting { refs.append(.leg(leg.id)) }
        return refs
    }

    func hold(_ target: PartyTarget, by username: String) {
        guard let ctx = context(username), let call = ctx.call else { return }
        let refs: [ConnectionRef]
        switch target {
        case .all: refs = holdable(ctx)
        case .party(let h): refs = resolveParty(h, ctx).map { [$0] } ?? []
        }
        for ref in refs where partyState(ref, on: call) == .connected { setState(ref, .hold, on: call) }
        reconcileHoldFlows(call.id)
    }

    func resume(_ target: PartyTarget, by username: String) {
        guard let ctx = context(username), let call = ctx.call else { return }
        let refs: [ConnectionRef]
        switch target {
        case .all: refs = holdable(ctx)
        case .party(let h): refs = resolveParty(h, ctx).map { [$0] } ?? []
        }
        for ref in refs where partyState(ref, on: call) == .hold { setState(ref, .connected, on: call) }
        reconcileHoldFlows(call.id)
    }

    /// Starting a consult holds everyone the agent is talking to (docs §6 rule 10).
    func holdOthers(on callId: CallID, except own: LegID?) {
        guard let call = calls[callId] else { return }
        if call.customer == .connected { setState(.customer, .hold, on: call) }
        // Legs are read in place: iterating `call.legs` copies each leg whole.
        for i in call.legs.indices where call.legs[i].state == .connected && call.legs[i].id != own {
            setState(.leg(call.legs[i].id), .hold, on: call)
        }
    }

}
