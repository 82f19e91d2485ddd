/// Callers: they call claimed numbers, speak, press digits, lose patience and hang up.
extension Engine {
    /// A caller dials a number the instance has claimed; its inbound flow starts.
    @discardableResult
    func placeCall(from number: String, to dialled: String) -> CallID? {
        guard let flow = claimedNumbers[dialled] else { return nil }
        return placeCall(from: number, to: dialled, flow: flow)
    }

    /// A call to a number already looked up: `flow` is the one it is claimed by.
    @discardableResult
    func placeCall(from number: String, to dialled: String, flow: String) -> CallID {
        let callId = newCallId()
        calls[callId] = Call(id: callId, customerNumber: number, systemNumber: dialled, outbound: false, at: now)
        callOrder.append(callId)
        let id = newContact(callId: callId, method: .inbound, previous: nil)
        updateContact(id) { $0.connectedToSystemAt = now }
        emit(.inboundCall(call: callId, from: number, to: dialled, contact: id))
        startRun(flow, role: .inbound, contact: id, listener: .customer(callId))
        return callId
    }

    /// Once connected to an agent, a simulated caller says its lines, a few seconds apart, unless a
    /// script speaks for it on this call (ScriptVoices).
    func customerConnected(_ callId: CallID) {
        guard let call = calls[callId], let says = customersByNumber[call.customerNumber]?.says, !says.isEmpty else { return }
        schedule(after: 2000, .customerSays(callId, index: 0))
    }

    func customerSays(_ callId: CallID, index: Int) {
        guard let call = calls[callId], call.customer == .connected, !scriptSpeaks(.caller, on: callId),
              let says = customersByNumber[call.customerNumber]?.says, index < says.count else { return }
        speak(.customer(callId), .speech, says[index])
        if index + 1 < says.count { schedule(after: 4000, .customerSays(callId, index: index + 1)) }
    }

    /// Patience ran out while still queued: the caller hangs up.
    func customerAbandons(_ callId: CallID, _ contact: ContactID) {
        guard let c = contacts[contact], c.phase == .queued || c.phase == .offered,
              calls[callId]?.customer == .queued else { return }
        disconnectCustomer(of: callId, reason: .customerDisconnect)
    }

    /// The caller the world commands mean by `customer`: by number, else the latest caller still on.
    public func resolveCaller(_ number: String?) -> CallID? {
        if let number {
            return callOrder.last { calls[$0]?.customerNumber == number && calls[$0]?.customer.isActive == true }
                ?? callOrder.last { calls[$0]?.customerNumber == number }
        }
        return callOrder.last { calls[$0]?.customer.isActive == true } ?? callOrder.last
    }
}
