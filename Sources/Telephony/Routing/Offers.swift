/// Routing: offering waiting contacts to the longest-idle free agent, the 20 s accept window,
/// missed and rejected offers (docs §6 rules 5, 7).
extension Engine {
    /// How long an agent has to accept an offer before it is missed, in ms (docs §6 rule 5).
    public static let acceptWindow: Millis = 20_000

    /// Routable, with no contact in any state, no next status pending, and not monitoring a call:
    /// a supervisor listening in is on a contact of its own (docs §6 rules 7, 8; docs/supervisor.md).
    func isFree(_ a: AgentState) -> Bool { a.isFree && (monitoring.isEmpty || activeMonitoring(a.username) == nil) }

    /// Offers waiting contacts to free agents, longest idle first, each taking the best contact at
    /// the head of its routing profile's queues, until no contact waits or every free agent was asked.
    func dispatch() {
        guard waiting.count > 0 else { return }
        let order = freeAgents.takeOrder()
        for i in order where isFree(agents[i]) {
            guard waiting.count > 0 else { break }
            var best: (id: ContactID, line: Int)?
            var bestKey = (Int.max, Int.max, Int.max)
            for line in agentLines[i] {
                guard let head = waiting.head(ofLine: line) else { continue }
                let key = routingKey(head)
                if key < bestKey { best = (head, line); bestKey = key }
            }
            if let best { offer(best.id, toAgentAt: i, headOfLine: best.line) }
        }
        freeAgents.giveBack(order)
    }

    func offer(_ id: ContactID, to username: String) {
        guard let i = agentNumber(username) else { return }
        offer(id, toAgentAt: i, headOfLine: nil)
    }

    /// Offers `id` to the agent at index `i`; `line` names the line the contact heads when routing
    /// took it from there, so it leaves that line without its queue's line being looked up by name.
    private func offer(_ id: ContactID, toAgentAt i: Int, headOfLine line: Int?) {
        guard let contact = contacts[id] else { return }
        let a = agents[i]
        let username = a.username
        // Later steps of this offer look the agent up by username (the offer's listeners, its timers' handlers).
        rememberAgent(at: i)
        if let line {
            waiting.removeHead(ofLine: line)
        } else {
            removeWaiting(id)
        }
        contact.enter(.offered, at: now)
        contact.assign(agent: username, at: i)
        contact.connectionAttempts += 1
        a.slot = .offered(id, since: now)
        let from = calls[contact.callId]?.customerNumber ?? "unknown"
        hear(at: .agent(i), .system, .incomingCall(from: from), from: "CCP")
        emit(.offered(contact: id, agent: AgentID(username)))
        emit(.contactStateChanged(contact: id, agent: AgentID(username), state: .connecting))
        let window = reserveTimer(after: Self.acceptWindow)
        var answer: (after: Millis, accept: Bool)?
        if !a.driven, let bot = a.config.bot {
            switch bot.offer {
            case .accept(let after): answer = (after, true)
            case .reject(let after): answer = (after, false)
            case .miss: break
            }
        }
        if let answer, answer.after < Self.acceptWindow {
            // The bot answers within the window: the window is set only if the bot does not (`botAnswers`).
            a.offerExpiry = .reserved(window)
        } else {
            a.offerExpiry = .set(schedule(window, .offerExpires(id, agent: i, offeredAt: now)))
        }
        if let answer { schedule(after: answer.after, .botAnswers(agent: i, contact: id, accept: answer.accept)) }
    }

    /// The offer ringing for `a` ended before its accept window: the window's timer would find nothing to do.
    func cancelOfferExpiry(of a: AgentState) {
        guard let pending = a.offerExpiry else { return }
        cancel(pending)
        a.offerExpiry = nil
    }

    /// Transfer to agent reaches an agent who is free or in after contact work, which it ends
    /// (docs §3.2 TransferContactToAgent).
    func canTakeDirectTransfer(_ a: AgentState) -> Bool {
        if isFree(a) { return true }
        if case .working(let c) = a.slot, contacts[c]?.phase == .afterContactWork,
           a.status == .available, a.nextStatus == nil { return true }
        return false
    }

    /// Why Transfer to agent cannot reach `username` now, in the words the transferring agent reads;
    /// nil when it can (docs §3.2 TransferContactToAgent).
    func directTransferRefusal(to username: String) -> String? {
        guard let a = agent(username) else { return "\(username) is not an agent here" }
        return canTakeDirectTransfer(a) ? nil : "\(a.config.displayName) is not available (on a contact or not routable)"
    }

    func offerDirect(_ id: ContactID, to username: String) {
        if let why = directTransferRefusal(to: username) {
            transferFailed(id, why: why)
            return
        }
        if case .working(let c)? = agent(username)?.slot { clearContact(c, by: username) }
        updateContact(id) { $0.enter(.queued, at: now) }
        offer(id, to: username)
    }

    /// The accept window ran out (docs §6 rule 5): the agent is Missed until Clear contact, and
    /// the contact goes to the next agent.
    func offerExpired(_ id: ContactID, agent username: String, offeredAt: Millis) {
        guard case .offered(id, offeredAt)? = agent(username)?.slot else { return }
        declineOffer(id, by: username, slot: .missed(id, since: now), how: .timedOut)
    }

    func declineOffer(_ id: ContactID, by username: String, slot: AgentSlot, how: MissReason) {
        offerEndedUnaccepted(id, agent: username, slot: slot, how: how)
        guard let c = contacts[id] else { return }
        updateContact(id) { $0.unassignAgent(); $0.enter(.queued, at: now) }
        if c.queue == nil {
            // Transfer to agent has no queue to fall back to: the transfer fails.
            transferFailed(id, why: "\(agent(username)?.config.displayName ?? username) did not accept")
        } else if let q = c.queue {
            insertWaiting(id, in: q)
            dispatch()
        }
    }

    /// Every way an offer ends without Accept lands here: the accept window ran out, the agent
    /// rejected, the caller hung up while it rang, the transfer was cancelled. Going from
    /// connecting to missed or rejected fires onMissed in Streams (docs §6 rule 4), so each emits
    /// `contact.missed` (`how` says which); a reject also emits `contact.rejected`.
    func offerEndedUnaccepted(_ id: ContactID, agent username: String, slot: AgentSlot, how: MissReason) {
        if let a = agent(username) {
            a.slot = slot
            cancelOfferExpiry(of: a)
        }
        let agent = AgentID(username)
        if case .rejected = slot { emit(.rejected(contact: id, agent: agent)) }
        emit(.missed(contact: id, agent: agent, reason: how))
        emit(.contactStateChanged(contact: id, agent: agent, state: how == .rejected ? .rejected : .missed))
    }
}
