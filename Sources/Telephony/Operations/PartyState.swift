/// A party's connection state: the one place it changes (`change(_:on:)`), which emits the Streams state
/// (docs §6 rule 1) and keeps the records' hold tallies (NumberOfHolds, CustomerHoldDuration,
/// LongestHoldDuration; docs §2.2, §6 rule 22).
extension Engine {
    /// What a party's state becomes: the caller's own states (which say more than Streams': in a flow,
    /// queued, ringing), or a leg's connection state.
    enum PartyChange: Equatable {
        case caller(CallerState)
        case leg(LegID, ConnectionState)

        /// A connection state as an agent's controls set it: the caller on or off hold, a leg in any state.
        init(_ ref: ConnectionRef, _ state: ConnectionState) {
            switch ref {
            case .customer: self = .caller(state == .hold ? .hold : (state == .disconnected ? .disconnected : .connected))
            case .leg(let id): self = .leg(id, state)
            }
        }
    }

    /// The one place a party's state changes: every hold, resume, answer, hang-up, whisper and flow
    /// (UpdatePreviousContactParticipantState) goes through here, so none misses the event or the tallies.
    func change(_ party: PartyChange, on callId: CallID) {
        guard let call = calls[callId] else { return }
        change(party, on: call)
    }

    /// The same, for a caller that holds the call: looking it up again cost a retain and a release (issue 9).
    func change(_ party: PartyChange, on call: Call) {
        switch party {
        case .caller(let new):
            let old = call.customer
            guard old != new else { return }
            call.setCallerState(new, at: now)
            if (old == .hold) != (new == .hold) { tallyHolds(call, isHeld: new == .hold) }
            if old.connectionState != new.connectionState {
                emit(.connectionStateChanged(call: call.id, party: .customer, state: new.connectionState))
            }
        case .leg(let id, let new):
            guard let old = call.legState(id), old != new else { return }
            call.setLegState(id, new, at: now)
            emit(.connectionStateChanged(call: call.id, party: .leg(id), state: new))
        }
    }

    func setState(_ ref: ConnectionRef, _ state: ConnectionState, on callId: CallID) {
        change(PartyChange(ref, state), on: callId)
    }

    func setState(_ ref: ConnectionRef, _ state: ConnectionState, on call: Call) {
        change(PartyChange(ref, state), on: call)
    }

    func partyState(_ ref: ConnectionRef, on call: Call) -> ConnectionState {
        switch ref {
        case .customer: return call.customer.connectionState
        case .leg(let id): return call.legState(id) ?? .disconnected
        }
    }

    /// Customer holds count against every agent segment connected at the time (docs §2.2).
    private func tallyHolds(_ call: Call, isHeld: Bool) {
        call.forEachContact { id in
            guard let c = contacts[id], c.phase == .connected else { return }
            updateContact(id) { c in
                if isHeld {
                    c.holds.count += 1
                    c.holds.startedAt = now
                } else if let start = c.holds.startedAt {
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
