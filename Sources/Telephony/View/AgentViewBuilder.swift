/// Reads the CCP's view of an agent out of the engine's state.
extension Engine {
    public func view(of username: String) -> AgentView? {
        guard let u = resolveAgent(username), let ctx = context(u) else { return nil }
        let a = ctx.agent
        var status = a.status.label
        var kind = a.status.kind
        var since = a.statusSince
        switch a.slot {
        // The CCP shows a rejected voice contact as missed (Streams issues 977, 792); events and
        // records keep that it was rejected.
        case .missed(_, let t), .rejected(_, let t): status = "Missed"; kind = .error; since = t
        default: break
        }
        // A supervisor's CCP shows Monitoring while it listens ([AG/monitor-conversations]).
        if let m = activeMonitoring(u) {
            status = m.mode == .barge ? "Barged in" : "Monitoring"
            kind = .system
            since = m.since
        }
        var controls: [Control: String?] = [:]
        for control in Control.allCases { controls[control] = controlRefusal(control, ctx) }
        return AgentView(
            username: u, displayName: a.config.displayName, status: status, statusKind: kind, statusSince: since,
            nextStatus: a.nextStatus?.label, selectableStatuses: selectableStatuses, contact: contactView(ctx),
            quickConnects: quickConnects(for: u).map { QuickConnectEntry(name: $0.name, type: $0.target.typeName) },
            controls: controls, muted: a.muted)
    }

    private func controlRefusal(_ control: Control, _ ctx: AgentContext) -> String? {
        let u = ctx.username
        if let command = control.command(muted: ctx.agent.muted) { return refusal(command, as: u) }
        switch control {
        case .quickConnects:
            if ctx.agent.slot == .free { return ctx.agent.status == .offline ? "You're Offline: choose a status to make calls." : nil }
            guard ctx.onCall, ctx.contact?.phase == .connected else { return "Quick connects work when you're idle or on a call." }
            return addConnectionRefusal(ctx)
        case .numberPad:
            if ctx.agent.slot == .free { return ctx.agent.status == .offline ? "You're Offline: choose a status to make calls." : nil }
            return ctx.onCall && ctx.contact?.phase == .connected ? nil : "The number pad works when you're idle or on a call."
        default: return nil
        }
    }

    private func contactView(_ ctx: AgentContext) -> ContactView? {
        guard let contact = ctx.contact, let call = ctx.call else { return nil }
        let parties = partyViews(ctx)
        let banner: Banner
        var bannerSince = contact.phaseSince
        switch ctx.agent.slot {
        case .offered(_, let t): banner = contact.method == .callback ? .callbackIncoming : .incoming; bannerSince = t
        case .missed(_, let t), .rejected(_, let t): banner = .missed; bannerSince = t
        case .free: return nil
        case .working:
            switch contact.phase {
            case .afterContactWork, .ended: banner = .afterContactWork
            case .connected:
                // The banner's timer is the contact's state duration (Streams getStateDuration, docs §1.7):
                // parties connecting, joining or held change connection states, not the contact's.
                if parties.contains(where: { $0.state == .connecting }) { banner = .connecting }
                else if ctx.leg?.state == .hold || (!parties.isEmpty && parties.allSatisfy { $0.state == .hold }) { banner = .onHold }
                else { banner = .connected }
            default: banner = .connecting
            }
        }
        var acwEndsAt: Millis?
        if contact.phase == .afterContactWork, let start = contact.acwStartedAt,
           let timeout = profiles[ctx.agent.config.routingProfile]?.acwTimeout, timeout > 0 {
            acwEndsAt = start + timeout
        }
        return ContactView(
            contactId: contact.id.description, initiationMethod: contact.method.rawValue, banner: banner,
            bannerSince: bannerSince, queue: workingQueueName(of: contact), customerNumber: call.customerNumber,
            parties: parties, attributes: contact.orderedAttributes, acwEndsAt: acwEndsAt)
    }

    /// The parties an agent's CCP lists: in three-party mode a secondary agent sees one
    /// "Internal transfer" connection; everyone else sees the caller and the other legs (docs §6 rule 20).
    private func partyViews(_ ctx: AgentContext) -> [PartyView] {
        guard let call = ctx.call, ctx.onCall || ctx.contact?.phase == .connected else { return [] }
        let u = ctx.username
        func reasons(_ handle: String) -> (String?, String?, String?) {
            (refusal(.hold(.party(handle)), as: u), refusal(.resume(.party(handle)), as: u), refusal(.hangUp(handle), as: u))
        }
        func withMute(_ row: PartyView, _ party: PartyKey?) -> PartyView {
            var row = row
            row.muted = party.map(isMuted) ?? false
            row.muteReason = refusal(.muteParty(row.handle), as: u)
            row.unmuteReason = refusal(.unmuteParty(row.handle), as: u)
            return row
        }
        if !ctx.isPrimary, call.customer.isActive {
            let state = ctx.leg?.state == .hold ? ConnectionState.hold : .connected
            let r = reasons("customer")
            return [withMute(PartyView(handle: "customer", label: "Internal transfer", kind: .customer, state: state,
                              since: ctx.leg?.since ?? call.customerSince, holdReason: r.0, resumeReason: r.1, hangUpReason: r.2), nil)]
        }
        var rows: [PartyView] = []
        if call.customer.isActive {
            let r = reasons("customer")
            rows.append(withMute(PartyView(handle: "customer", label: call.customerNumber, kind: .customer,
                                  state: partyState(.customer, on: call), since: call.customerSince,
                                  holdReason: r.0, resumeReason: r.1, hangUpReason: r.2), .customer(call.id)))
        }
        for leg in ctx.otherLegs {
            let handle: String
            let kind: PartyView.Kind
            var label = legLabel(leg)
            switch leg.party {
            case .agent(let other):
                handle = other
                kind = .agent
                // Three-party mode shows other agents as "Internal transfer" (docs §1.5 comparison).
                if !config.multiParty { label = "Internal transfer" }
            case .external(let number): handle = number; kind = .external
            case .pending(let q):
                handle = q
                kind = .queue
                // Until an agent of the queue accepts, three-party mode shows "Internal transfer"
                // Connecting (docs §1.5 queue quick connect, §6 rule 20).
                if !config.multiParty { label = "Internal transfer" }
            }
            let state = leg.state == .connecting && leg.showsConnectedEarly ? ConnectionState.connected : leg.state
            let r = reasons(handle)
            // No one is on a connection still connecting: an agent quick-connected there may be muted
            // on a call of its own until it accepts, which this row must not show.
            let key: PartyKey? = switch leg.party {
            case .agent(let other): leg.state == .connecting ? nil : .agent(other)
            case .external: .external(leg.id)
            case .pending: nil
            }
            rows.append(withMute(PartyView(handle: handle, label: label, kind: kind, state: state, since: leg.since,
                                  holdReason: r.0, resumeReason: r.1, hangUpReason: r.2), key))
        }
        return rows
    }

    /// What the caller's phone shows, for the customer panel.
    public func callerView(_ callId: CallID? = nil) -> CallerView? {
        guard let id = callId ?? resolveCaller(nil), let call = calls[id] else { return nil }
        let state: CallerView.State
        switch call.customer {
        case .pending, .ringing, .flow: state = .inFlow
        case .queued: state = .inQueue
        case .hold: state = .onHold
        case .disconnected: state = .disconnected
        case .connected:
            // A supervisor who barged in talks with the caller as an agent does (docs/supervisor.md).
            let speakers = conversation(of: call).speakers
            let hearsAgent = speakers.contains { if case .agent = $0 { return true } else { return false } }
            let hearsExternal = speakers.contains { if case .external = $0 { return true } else { return false } }
            state = hearsAgent ? .connected : (hearsExternal ? .transferred : .inQueue)
        }
        let hearing = conversation(of: call).speakers.filter { $0 != .customer(id) && hears(.customer(id), $0) }.map(label(of:))
        return CallerView(callId: id, number: call.customerNumber, dialled: call.systemNumber, state: state,
                          since: call.customerSince, hearing: hearing)
    }
}
