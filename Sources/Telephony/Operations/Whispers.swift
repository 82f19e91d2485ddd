/// The whisper chain after Accept (docs §6 rules 11, 27): the agent whisper plays to the agent while the
/// caller is still queued, then the customer whisper to the caller's side, then the parties are connected.
/// Each runs to completion before the parties talk, but for at most 2 minutes; an agent who hangs up during
/// them leaves the caller in the queue.
extension Engine {
    /// The agent whisper runs first, to the agent who accepted, while the caller is still in queue (docs §3.4).
    func startAgentWhisper(_ id: ContactID, for username: String) {
        startRun(hook: .agentWhisper, role: .agentWhisper, contact: id, listener: .agent(username))
    }

    func agentWhisperFinished(_ id: ContactID) {
        guard let c = contacts[id], c.phase == .agentWhisper else { return }
        if c.method == .callback {
            dialCallback(id)
            return
        }
        stopRuns(on: c.callId, role: .customerQueue) { $0.contactId == id }
        updateContact(id) {
            $0.dequeuedAt = $0.queue == nil ? nil : now
            $0.enter(.customerWhisper, at: now)
        }
        startRun(hook: .customerWhisper, role: .customerWhisper, contact: id, listener: .contactSide(id))
    }

    func customerWhisperFinished(_ id: ContactID) {
        guard let c = contacts[id], c.phase == .customerWhisper, let u = c.agent, let agentAt = c.agentAt,
              let legId = c.agentLeg else { return }
        // The segment is changed through `c`, and the call looked up once and changed through the reference held
        // here: each lookup cost an atomic retain and release (issue 9). The agent leg's change reads nothing of the
        // segment, so the segment may be connected first.
        c.enter(.connected, at: now)
        c.connectedToAgentAt = now
        if let call = calls[c.callId] {
            change(.leg(legId, .connected), on: call)
            if call.primaryAgent == nil || call.agentLeg(call.primaryAgent!) == nil { call.setPrimaryAgent(u) }
            // The caller joins the conversation unless the transferring agent still holds them.
            let sourceOnCall = c.sourceAgent.map { call.agentLeg($0) != nil } ?? false
            if !sourceOnCall, call.customer == .queued || call.customer == .flow || call.customer == .connected {
                change(.caller(.connected), on: call)
            }
            if let transferLeg = c.transferLeg, transferLeg != legId {
                change(.leg(transferLeg, .disconnected), on: call)
            }
        }
        emit(.connected(contact: id, agent: AgentID(u)))
        emit(.contactStateChanged(contact: id, agent: AgentID(u), state: .connected))
        notifyAgents(on: c.callId, .connected(agents[agentAt].config.displayName), except: u)
        reconcileHoldFlows(c.callId)
        botConnected(agentAt: agentAt, contact: id)
        if c.method == .inbound || c.method == .queueTransfer { customerConnected(c.callId) }
    }

    /// The longest a whisper flow plays, in ms (docs §6 rule 27, [AG/set-whisper-flow]).
    static let whisperLimit: Millis = 120_000

    static func isWhisper(_ role: FlowRole) -> Bool {
        role == .agentWhisper || role == .customerWhisper || role == .outboundWhisper
    }

    /// A whisper still playing after 2 minutes is cut off and the contact moves on as if it had ended.
    func whisperReachedLimit(_ id: RunID) {
        guard let run = runs[id] else { return }
        removeRun(id)
        let reason = "the whisper reached its 2-minute limit"
        trace(FlowTraceEvent(flow: run.flow, action: run.action ?? "", type: "WhisperTimeLimit",
                             branch: nil, note: reason))
        flowEnded(run, .finished, how: .whisperTimeLimit)
    }

    /// End call while the banner says Connecting, during the agent or customer whisper: the agent
    /// is Missed (Clear contact, as for an offer not taken) and the contact goes back to its queue
    /// at its place, or an agent transfer fails back to the transferring agent (docs §6 rule 27).
    func hangUpDuringWhisper(_ username: String) {
        guard case .working(let id)? = agent(username)?.slot, let c = contacts[id],
              c.phase == .agentWhisper || c.phase == .customerWhisper else { return }
        stopRuns(on: c.callId) { $0.contactId == id && ($0.role == .agentWhisper || $0.role == .customerWhisper) }
        if let legId = c.agentLeg {
            if legId == c.transferLeg, case .queue(let q)? = c.queue {
                // A queue quick connect's leg stands for the transfer again until another agent accepts.
                updateLeg(c.callId, legId) { $0.party = .pending(queue: q); $0.since = now }
            } else if legId != c.transferLeg {
                change(.leg(legId, .disconnected), on: c.callId)
            }
        }
        updateAgent(username) { $0.muted = false }
        updateContact(id) {
            $0.agentLeg = nil
            $0.dequeuedAt = nil
        }
        emit(.abandonedInWhisper(contact: id, agent: AgentID(username)))
        if c.phase == .customerWhisper, c.queue != nil {
            // The customer queue flow stopped when the customer whisper began: the caller hears it again.
            updateContact(id) { $0.enter(.queued, at: now) }
            startRun(hook: .customerQueue, role: .customerQueue, contact: id, listener: .contactSide(id))
        }
        declineOffer(id, by: username, slot: .missed(id, since: now), how: .hungUpDuringWhisper)
        reconcileHoldFlows(c.callId)
    }
}
