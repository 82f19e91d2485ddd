/// Hold and resume by a supervisor who barged in. Barge needs multi-party calls, and on a multi-party
/// call "All agents are have the same call control capabilities", "Any agent on the call can put any
/// party on hold" (AWS admin guide, three-party-multi-party-comparison); Streams 2.4.1 lets a barged
/// supervisor "take over control" of the call (docs/supervisor.md). A held party leaves the
/// conversation, so the supervisor and the others stop hearing it and it hears its hold flow
/// (Audio/Bridge.swift, Audio/HoldFlows.swift).
extension Engine {
    /// Why a monitoring supervisor's hold or resume does not apply; nil when it does.
    func bargeHoldRefusal(_ target: PartyTarget, resume: Bool, _ m: Monitoring) -> String? {
        guard m.mode == .barge else { return Self.takeControl }
        guard let call = calls[m.call] else { return "The call is over." }
        switch target {
        case .all:
            let states = bargeParties(m).map { partyState($0, on: call) }
            if resume { return states.contains(.hold) ? nil : "No one is on hold." }
            return states.contains(.connected) ? nil : "Everyone is already on hold."
        case .party(let handle):
            guard let ref = bargeConnection(handle, m) else { return "No party \(handle) on this call." }
            switch (partyState(ref, on: call), resume) {
            case (.connected, false), (.hold, true): return nil
            case (.hold, false): return "\(handle) is already on hold."
            case (.connected, true): return "\(handle) is not on hold."
            case (.connecting, _): return "\(handle) is still connecting."
            case (.disconnected, _): return "\(handle) has left the call."
            }
        }
    }

    /// Puts on hold (or takes off hold) the party, or every party, of the call `u` barged into; the
    /// agents on the call are told who did it.
    func bargeHold(_ target: PartyTarget, resume: Bool, by u: String, _ m: Monitoring) {
        guard let call = calls[m.call] else { return }
        let refs: [ConnectionRef]
        switch target {
        case .all: refs = bargeParties(m)
        case .party(let handle): refs = bargeConnection(handle, m).map { [$0] } ?? []
        }
        let from: ConnectionState = resume ? .hold : .connected
        let changed = refs.filter { partyState($0, on: call) == from }
        for ref in changed { setState(ref, resume ? .connected : .hold, on: call) }
        reconcileHoldFlows(call.id)
        let who = agent(u)?.config.displayName ?? u
        for ref in changed {
            let name = label(of: partyKey(ref, on: call))
            let text = resume ? "\(who) (supervisor) took \(name) off hold" : "\(who) (supervisor) put \(name) on hold"
            for leg in call.legs where leg.isActive {
                if case .agent(let a) = leg.party { hear(.agent(a), .system, text, from: "CCP") }
            }
            hear(.agent(u), .system, resume ? "You took \(name) off hold" : "You put \(name) on hold", from: "CCP")
        }
    }

    /// Every party on the monitored call a supervisor can hold: the caller and the active legs.
    private func bargeParties(_ m: Monitoring) -> [ConnectionRef] {
        guard let call = calls[m.call] else { return [] }
        var refs: [ConnectionRef] = call.customer.isActive ? [.customer] : []
        for leg in call.legs where leg.isActive {
            if case .pending = leg.party { continue }
            refs.append(.leg(leg.id))
        }
        return refs
    }

    /// A party of the monitored call by the handles commands use, as a connection.
    private func bargeConnection(_ handle: String, _ m: Monitoring) -> ConnectionRef? {
        guard let call = calls[m.call] else { return nil }
        switch bargeTarget(handle, m) {
        case .customer?: return .customer
        case .agent(let a)?: return call.legs.last { $0.isActive && $0.party == .agent(a) }.map { .leg($0.id) }
        case .external(let leg)?: return .leg(leg)
        case nil: return nil
        }
    }

    private func partyKey(_ ref: ConnectionRef, on call: Call) -> PartyKey {
        switch ref {
        case .customer: return .customer(call.id)
        case .leg(let id):
            if case .agent(let a)? = call.leg(id)?.party { return .agent(a) }
            return .external(id)
        }
    }
}
