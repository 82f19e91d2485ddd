/// Hold loops follow the call's state: a held caller hears the customer hold flow; a held agent,
/// or an agent left alone while everyone else is held, hears the agent hold flow (docs §6 rule 19).
extension Engine {
    func reconcileHoldFlows(_ callId: CallID) {
        guard let call = calls[callId] else { return }
        // With no one held and no hold loop playing there is nothing to start or stop: most calls, most of the time.
        guard call.customer == .hold || call.hasLeg(in: .hold)
                || hasRun(onCall: callId, role: .customerHold) || hasRun(onCall: callId, role: .agentHold) else { return }
        let customerHeld = call.customer == .hold && !call.ended
        let hasCustomerHold = hasRun(onCall: callId, role: .customerHold) { $0.listener == .customer(callId) }
        // The contact the hold flow runs on is only looked for when one starts: each look at a contact costs a retain.
        if customerHeld && !hasCustomerHold,
           let current = call.contacts.last(where: { contacts[$0]?.phase == .connected }) ?? call.contacts.first {
            startRun(hook: .customerHold, role: .customerHold, contact: current, listener: .customer(callId))
        } else if !customerHeld && hasCustomerHold {
            stopRuns(on: callId, role: .customerHold) { $0.listener == .customer(callId) }
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
                && !hasRun(onCall: callId) { party(for: $0.listener) == .agent(u) && $0.role != .agentHold }
            let shouldHear = !call.ended && (state == .hold || aloneWithHeld)
            let hearing = hasRun(onCall: callId, role: .agentHold) { $0.listener.isAgent(u) }
            if shouldHear && !hearing {
                startRun(hook: .agentHold, role: .agentHold, contact: contact, listener: .agent(u))
            } else if !shouldHear && hearing {
                stopRuns(on: callId, role: .agentHold) { $0.listener.isAgent(u) }
            }
        }
    }
}
