/// What becomes of a contact when one of its flows ends, by the flow's role.
extension Engine {
    func flowEnded(_ run: FlowRun, _ end: FlowEnd, how: FlowRunEnding? = nil) {
        if listens(to: .flowEnded) { emit(.flowEnded(run.ref, how: how ?? .flow(end))) }
        if case .failed(let why) = end, let party = party(for: run.listener) {
            hear(party, .system, "Flow error in \(run.flow): \(why)", from: "termccp")
        }
        // Only the roles whose end moves the contact on here read it: a whisper's next step looks its contact up
        // itself (and does nothing without one), and a look here too cost a retain and a release (issue 9).
        switch run.role {
        case .inbound:
            guard let contact = contacts[run.contactId] else { return }
            switch end {
            case .queued: enqueue(contact.id)
            case .transferredOut: break
            // "If a flow ends before the contact is put into queue, … the contact is ended" (docs §3.2).
            default: disconnectCustomer(of: contact.callId, reason: .contactFlowDisconnect)
            }
        case .transfer:
            guard let contact = contacts[run.contactId] else { return }
            switch end {
            case .queued: enqueue(contact.id)
            case .transferredToAgent:
                if let target = contact.transferTarget { offerDirect(contact.id, to: target) }
            case .transferredOut: break
            default: transferFailed(contact.id, why: transferFlowFailure(contact, fallback: "the transfer flow ended"))
            }
        case .customerQueue:
            guard let contact = contacts[run.contactId] else { return }
            if case .queued = end, let destination = contact.targetQueue, contact.phase == .queued {
                moveToQueue(contact.id, destination)
            } else if end == .finished, contact.phase == .queued || contact.phase == .agentWhisper || contact.phase == .offered,
                      run.cursor.loopCounters.isEmpty, now > contact.phaseSince {
                // End flow / Resume sends the caller back to the queue flow's loop (docs §3.2 EndFlowExecution).
                startRun(run.flow, role: .customerQueue, contact: contact.id, listener: run.listener)
            }
        case .agentWhisper:
            agentWhisperFinished(run.contactId)
        case .customerWhisper:
            customerWhisperFinished(run.contactId)
        case .outboundWhisper:
            outboundWhisperFinished(run.contactId)
        case .customerHold, .agentHold:
            break
        }
    }

    func flowDisconnected(_ run: FlowRun) {
        guard let contact = contacts[run.contactId] else { return }
        switch run.role {
        case .inbound, .customerQueue:
            disconnectCustomer(of: contact.callId, reason: .contactFlowDisconnect)
        case .transfer:
            transferFailed(contact.id, why: transferFlowFailure(contact, fallback: "the transfer flow disconnected"))
        default:
            flowEnded(run, .finished)
        }
    }

    /// A transfer flow that ends after its Transfer to agent could not reach the agent fails for that
    /// reason, which is what the transferring agent needs to read, not how the flow ended.
    private func transferFlowFailure(_ contact: Contact, fallback: String) -> String {
        guard let target = contact.transferTarget, let why = directTransferRefusal(to: target) else { return fallback }
        return why
    }

    /// Starts the flow that plays in a role: the contact's hook if a flow set one (Set event hook, docs §6 rule 28),
    /// else the configuration's default. A default flow's name is handed on from the configuration, which never
    /// changes, where it is kept: returned from a lookup, it was a copy, retained and then released at every whisper
    /// and hold loop (issue 9).
    @discardableResult
    func startRun(hook: EventHook, role: FlowRole, contact: ContactID, listener: Listener) -> RunID {
        if let name = contacts[contact]?.hooks[hook] { return startRun(name, role: role, contact: contact, listener: listener) }
        switch hook {
        case .customerQueue, .customerRemaining:
            return startRun(config.defaultFlows.customerQueue, role: role, contact: contact, listener: listener)
        case .customerHold:
            return startRun(config.defaultFlows.customerHold, role: role, contact: contact, listener: listener)
        case .customerWhisper:
            return startRun(config.defaultFlows.customerWhisper, role: role, contact: contact, listener: listener)
        case .agentHold:
            return startRun(config.defaultFlows.agentHold, role: role, contact: contact, listener: listener)
        case .agentWhisper:
            return startRun(config.defaultFlows.agentWhisper, role: role, contact: contact, listener: listener)
        }
    }
}
