/// Hold loops follow the call's state: a held caller hears the customer hold flow; a held agent,
/// or an agent left alone while everyone else is held, hears the agent hold flow (docs §6 rule 19).
extension Engine {
    func reconcileHoldFlows(_ callId: CallID) {
        guard let call = calls[callId] else { return }
        // The call's run list is read once, and again only after a run starts or stops: each read of it from the
        // table costs an atomic retain and release (issue 9), and a reconcile asked about it up to six times.
        var entries = callRuns[callId] ?? []
        // With no one held and no hold loop playing there is nothing to start or stop: most calls, most of the time.
        guard call.customer == .hold || call.hasLeg(in: .hold)
                || entries.contains(where: { $0.role == .customerHold || $0.role == .agentHold }) else { return }
        let customerHeld = call.customer == .hold && !call.ended
        let hasCustomerHold = hasRun(in: entries, role: .customerHold) { $0.listener == .customer(callId) }
        // The contact the hold flow runs on is only looked for when one starts: each look at a contact costs a retain.
        if customerHeld && !hasCustomerHold,
           let current = call.contacts.last(where: { contacts[$0]?.phase == .connected }) ?? call.contacts.first {
            startRun(hook: .customerHold, role: .customerHold, contact: current, listener: .customer(callId))
            entries = callRuns[callId] ?? []
        } else if !customerHeld && hasCustomerHold {
            stopRuns(on: callId, role: .customerHold) { $0.listener == .customer(callId) }
            entries = callRuns[callId] ?? []
        }

        // The legs as they stand now, read field by field: copying each leg whole costs more than the rest.
        let legs = call.legs
        let someoneHeld = call.customer == .hold || call.hasLeg(in: .hold)
        let someoneRinging = call.hasLeg(in: .connecting)
        // A barged supervisor is in the conversation: an agent talking with one is not alone. Only
        // worked out when someone is held and no one rings, the only time it matters.
        let alone = !someoneHeld || someoneRinging ? nil : soleSpeakingAgent(on: call)
        for i in legs.indices {
            guard case .agent(let u) = legs[i].party, let contact = legs[i].contactId else { continue }
            let state = legs[i].state
            let aloneWithHeld = state == .connected && someoneHeld && !someoneRinging && alone == u
                && !hasRun(in: entries) { party(for: $0.listener) == .agent(u) && $0.role != .agentHold }
            let shouldHear = !call.ended && (state == .hold || aloneWithHeld)
            let hearing = hasRun(in: entries, role: .agentHold) { $0.listener.isAgent(u) }
            if shouldHear && !hearing {
                startRun(hook: .agentHold, role: .agentHold, contact: contact, listener: .agent(u))
                entries = callRuns[callId] ?? []
            } else if !shouldHear && hearing {
                stopRuns(on: callId, role: .agentHold) { $0.listener.isAgent(u) }
                entries = callRuns[callId] ?? []
            }
        }
    }

    /// Whether a run of `entries` (a call's run list), in `role` when one is given, matches; only runs in the role
    /// are read: most calls have none in the hold roles most of the time (issue 9).
    private func hasRun(in entries: [CallRun], role: FlowRole? = nil, where match: (FlowRun) -> Bool) -> Bool {
        for entry in entries where role == nil || entry.role == role {
            if let run = runs[entry.id], match(run) { return true }
        }
        return false
    }
}
