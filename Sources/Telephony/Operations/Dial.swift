/// The number pad and phone-number quick connects: an outbound call when idle, an external party
/// during a call (docs §6 rule 9: no flow runs; a queue's outbound caller ID is shown).
extension Engine {
    static let defaultRingTime: Millis = 30_000

    func dialRefusal(_ number: String, _ ctx: AgentContext) -> String? {
        guard Self.isDiallable(number) else {
            return "\"\(number)\" is not a phone number: use E.164, like +15555550123."
        }
        if ctx.agent.slot == .free {
            return ctx.agent.status == .offline ? "You're Offline: choose Available or another status to make calls." : nil
        }
        guard ctx.onCall, ctx.contact?.phase == .connected else {
            if ctx.contact?.phase == .dialing { return "A call is already being dialled." }
            return "A number is dialled when you're idle or added to a connected call: " + liveCallFirst(ctx)
        }
        return addConnectionRefusal(ctx)
    }

    /// A phone number as the number pad and the world commands accept it: 3 to 15 digits, optionally after `+`.
    public static func isDiallable(_ number: String) -> Bool {
        // Plain ASCII digits after an optional "+", the usual case, are counted over the bytes in place in
        // one pass (every placed call asks; stepping through the UTF-8 view byte by byte costs several
        // times more); anything else takes the Unicode reading (any numeric Character), which walks
        // graphemes and costs a hundred times more.
        let plainDigits: Int?? = number.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            for i in bytes.indices {
                if bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") {
                    count += 1
                } else if i != 0 || bytes[i] != UInt8(ascii: "+") {
                    return nil
                }
            }
            return count
        }
        if case let count?? = plainDigits { return (3...15).contains(count) }
        let digits = number.hasPrefix("+") ? number.dropFirst() : Substring(number)
        return (3...15).contains(digits.count) && digits.allSatisfy(\.isNumber)
    }

    func dial(_ number: String, by username: String, label: String? = nil) {
        guard let ctx = context(username) else { return }
        if ctx.agent.slot == .free {
            placeOutbound(to: number, by: username)
        } else if let call = ctx.call {
            holdOthers(on: call.id, except: ctx.leg?.id)
            let queue = callerIdQueue(during: ctx.contact, of: username)
            addExternalLeg(number, to: call.id, addedBy: username, callerId: queue?.outboundCallerId, label: label,
                           contact: ctx.contact?.id)
            reconcileHoldFlows(call.id)
        }
    }

    /// The queue whose outbound caller ID an external party added during a contact sees: the queue
    /// the contact is in (AWS Knowledge Center, "caller ID on external transfers"); the routing
    /// profile's default outbound queue when that is an agent's queue or has no caller ID.
    func callerIdQueue(during contact: Contact?, of username: String) -> QueueConfig? {
        if let contact, let name = workingQueueName(of: contact), let queue = queueTable[name],
           queue.outboundCallerId != nil {
            return queue
        }
        return outboundQueue(of: username)
    }

    /// The routing profile's default outbound queue: an idle agent's calls come from it.
    func outboundQueue(of username: String) -> QueueConfig? {
        agent(username).flatMap { profiles[$0.config.routingProfile] }.flatMap { queueTable[$0.defaultOutboundQueue] }
    }

    /// An OUTBOUND contact: the agent is on the line at once, the number rings (docs §3.4 Outbound).
    private func placeOutbound(to number: String, by username: String) {
        guard let agentAt = agentNumber(username) else { return }
        let queue = outboundQueue(of: username)
        let callId = newCallId()
        calls[callId] = Call(id: callId, customerNumber: number, systemNumber: queue?.outboundCallerId?.number ?? "",
                             outbound: true, at: now)
        callOrder.append(callId)
        let id = newContact(callId: callId, method: .outbound, previous: nil)
        let legId = newLegId()
        var leg = Leg(id: legId, party: .agent(username), state: .connected, at: now, addedBy: nil)
        leg.contactId = id
        calls[callId]?.add(leg)
        calls[callId]?.setPrimaryAgent(username)
        change(.caller(.ringing), on: callId)
        updateContact(id) {
            $0.assign(agent: username, at: agentAt)
            $0.agentLeg = legId
            $0.queue = queue.map { .queue($0.name) }
            $0.enter(.dialing, at: now)
            $0.connectedToAgentAt = now
        }
        updateAgent(username) { $0.slot = .working(id) }
        hear(.agent(username), .system, "Calling \(number)…", from: "CCP")
        emit(.outboundCall(contact: id, agent: AgentID(username), number: number))
        if let customer = customersByNumber[number] {
            if let after = customer.answersAfter { schedule(after: after, .customerAnswers(callId)) }
            else { schedule(after: Self.defaultRingTime, .legFails(callId, 0, busy: false)) }
        } else {
            switch externalsByNumber[number]?.answer ?? .after(3000) {
            case .after(let t): schedule(after: t, .customerAnswers(callId))
            case .busy: schedule(after: 2000, .legFails(callId, 0, busy: true))
            case .noAnswer: schedule(after: Self.defaultRingTime, .legFails(callId, 0, busy: false))
            }
        }
    }

    /// The dialled number answered: the outbound whisper plays to them, then they are connected.
    func outboundAnswered(_ callId: CallID) {
        guard let call = calls[callId], call.customer == .ringing, let id = call.contacts.first else { return }
        change(.caller(.flow), on: callId)
        updateContact(id) { $0.connectedToSystemAt = now }
        emit(.outboundAnswered(call: callId))
        startRun(config.defaultFlows.outboundWhisper, role: .outboundWhisper, contact: id, listener: .customer(callId))
    }

    func outboundWhisperFinished(_ id: ContactID) {
        guard let c = contacts[id], c.phase == .dialing else { return }
        change(.caller(.connected), on: c.callId)
        if let leg = c.agentLeg, calls[c.callId]?.legState(leg) == .connecting {
            // A callback's agent joins once the customer has heard the outbound whisper.
            change(.leg(leg, .connected), on: c.callId)
            updateContact(id) { $0.connectedToAgentAt = now }
            calls[c.callId]?.setPrimaryAgent(c.agent)
        }
        updateContact(id) { $0.enter(.connected, at: now) }
        notifyAgents(on: c.callId, .text("\(calls[c.callId]?.customerNumber ?? "The other party") answered"))
        emit(.connected(contact: id, agent: c.agent.map { AgentID($0) }))
        customerConnected(c.callId)
        // A number outside the instance behaves as the scenario says: it greets and may hang up.
        if let number = calls[c.callId]?.customerNumber, let external = externalsByNumber[number] {
            if let greeting = external.greeting, !scriptSpeaks(.caller, on: c.callId) { schedule(after: 500, .calledNumberSays(c.callId, text: greeting, thenHangUp: false)) }
            if let after = external.hangUpAfter { schedule(after: after, .calledNumberHangsUp(c.callId)) }
        }
    }

    /// The number did not answer or was busy: the agent goes straight back to its status, with no
    /// after contact work (docs §1.6, Streams issue 567).
    func outboundFailed(_ callId: CallID, busy: Bool) {
        guard let call = calls[callId], call.customer == .ringing, let id = call.contacts.first else { return }
        notifyAgents(on: callId, .text(busy ? "\(call.customerNumber) is busy" : "\(call.customerNumber) did not answer"))
        if contacts[id]?.method == .callback {
            callbackNotAnswered(id)
        } else {
            // No one disconnected a connected call: the record has no DisconnectReason (docs §2.4).
            endUnansweredOutbound(id, reason: nil)
        }
    }

    /// A call the agent placed never connected: the agent is free at once, with no after contact
    /// work (docs §1.6, Streams issue 567), and goes to a pending next status. Only the agent whose
    /// slot holds that contact: an agent on another contact is never set free by this one.
    func releaseAgent(_ username: String, from id: ContactID) {
        guard agent(username)?.slot == .working(id) else { return }
        updateAgent(username) { $0.free(at: now); $0.muted = false }
        if let next = agent(username)?.nextStatus { apply(next, to: username) }
    }

    func endUnansweredOutbound(_ id: ContactID, reason: DisconnectReason?) {
        guard let c = contacts[id] else { return }
        change(.caller(.disconnected), on: c.callId)
        calls[c.callId]?.end()
        for leg in calls[c.callId]?.legs ?? [] { change(.leg(leg.id, .disconnected), on: c.callId) }
        stopRuns(on: c.callId) { $0.contactId == id }
        updateContact(id) {
            $0.enter(.ended, at: now)
            $0.disconnectedAt = now
            $0.disconnectReason = reason
            complete($0)
        }
        if let u = c.agent { releaseAgent(u, from: id) }
        emit(.outboundEnded(contact: id))
        dispatch()
    }
}
