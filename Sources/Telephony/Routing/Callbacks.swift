/// Queued callbacks (docs §2.5, §3.4 Callback): a CALLBACK contact waits out its initial delay,
/// queues, is offered ("Callback incoming"); after the agent whisper the customer is dialled,
/// hears the outbound whisper, and is connected. Unanswered attempts are retried.
extension Engine {
    func createCallback(for source: Contact, _ request: CallbackRequest) -> FlowError? {
        guard let call = calls[source.callId] else { return .noMatchingError }
        let number = source.callbackNumber ?? call.customerNumber
        guard Self.isDiallable(number) else { return .invalidCallbackNumber }
        let target: QueueRef
        if let q = request.queue {
            guard let name = resolveQueue(q) else { return .noMatchingError }
            target = .queue(name)
        } else if let a = request.agent {
            guard let u = resolveAgent(a.split(separator: "/").last.map(String.init) ?? a) else { return .noMatchingError }
            target = .agent(u)
        } else if let q = source.targetQueue ?? source.queue {
            target = q
        } else {
            return .noMatchingError
        }
        let callerId = queueTable[target.name]?.outboundCallerId?.number ?? call.systemNumber
        let callId = newCallId()
        calls[callId] = Call(id: callId, customerNumber: number, systemNumber: callerId, outbound: true, at: now)
        callOrder.append(callId)
        let id = newContact(callId: callId, method: .callback, previous: source.id)
        updateContact(id) {
            $0.targetQueue = target
            $0.attributes = source.attributes
            $0.attributeOrder = source.attributeOrder
            $0.callbackAttemptsLeft = max(1, request.maximumAttempts)
            $0.callbackRetryDelay = request.retryDelay
        }
        emit(.callbackCreated(contact: id, number: number, queue: target))
        schedule(after: request.initialDelay, .callbackDue(id))
        return nil
    }

    /// The agent has heard the agent whisper: ring the customer.
    func dialCallback(_ id: ContactID) {
        guard let c = contacts[id] else { return }
        updateContact(id) {
            $0.dequeuedAt = now
            $0.enter(.dialing, at: now)
        }
        change(.caller(.ringing), on: c.callId)
        let number = calls[c.callId]?.customerNumber ?? ""
        if let agent = c.agent { hear(.agent(agent), .system, "Calling \(number)…", from: "CCP") }
        emit(.callbackDialing(contact: id, number: number))
        let answer = customersByNumber[number].map { $0.answersAfter } ?? .some(3000)
        if let after = answer {
            schedule(after: after, .customerAnswers(c.callId))
        } else {
            schedule(after: Self.defaultRingTime, .legFails(c.callId, 0, busy: false))
        }
    }

    /// The customer did not answer: the agent is free at once; the callback queues again after its
    /// retry delay while attempts remain.
    func callbackNotAnswered(_ id: ContactID) {
        guard let c = contacts[id] else { return }
        if let u = c.agent {
            if let leg = c.agentLeg { change(.leg(leg, .disconnected), on: c.callId) }
            releaseAgent(u, from: id)
        }
        let left = c.callbackAttemptsLeft - 1
        change(.caller(.pending), on: c.callId)
        updateContact(id) {
            $0.callbackAttemptsLeft = left
            $0.unassignAgent()
            $0.agentLeg = nil
            $0.enter(.flow, at: now)
        }
        if left > 0 {
            emit(.callbackRetry(contact: id, attemptsLeft: left))
            schedule(after: c.callbackRetryDelay, .callbackDue(id))
        } else {
            updateContact(id) {
                $0.enter(.ended, at: now)
                $0.disconnectedAt = now
                complete($0)
            }
            change(.caller(.disconnected), on: c.callId)
            calls[c.callId]?.end()
            emit(.callbackAbandoned(contact: id))
        }
        dispatch()
    }
}
