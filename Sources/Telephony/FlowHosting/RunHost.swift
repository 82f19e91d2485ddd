/// What a flow run reads and changes while it steps. `Engine.step` makes one for the run it steps, so every
/// callback knows its run and contact: nothing on the engine says which run is executing, and a flow that
/// starts another run (a hold flow, a whisper) while it steps keeps its own host.
struct RunHost: FlowHost {
    // A host lives only while its run steps, inside the engine's own call (`Engine.step`), so the engine outlives
    // it: the host keeps the engine unretained and lends it to the callbacks flows make at every contact. Held
    // strongly, it was retained when the step made its host and released when the step ended; held unowned(unsafe),
    // it was made strong, a retain and a release, at every use (issue 9: about 60 atomic operations a contact).
    private let lent: Unmanaged<Engine>
    let run: RunID
    let contactId: ContactID

    init(engine: Engine, run: RunID, contactId: ContactID) {
        lent = Unmanaged.passUnretained(engine)
        self.run = run
        self.contactId = contactId
    }

    /// `body` with the engine, neither retained nor released.
    private func lend<R>(_ body: (Engine) -> R) -> R { lent._withUnsafeGuaranteedRef(body) }

    /// The engine for the callbacks flows make seldom: made strong where it is used.
    var engine: Engine { lent.takeUnretainedValue() }

    private var contact: Contact? { lend { $0.contacts[contactId] } }

    private func updateContact(_ change: (inout Contact) -> Void) { lend { $0.updateContact(contactId, change) } }

    var now: Millis { lend { $0.now } }

    func value(of path: String) -> String? { value(of: AttributePath(path)) }

    func value(of path: AttributePath) -> String? {
        lend { engine -> String? in
            guard let c = engine.contacts[contactId] else { return nil }
            // Only `$.FlowAttributes.*` reads the run's own values.
            let flowAttributes = path.namespace == .flowAttributes ? engine.runs[run]?.flowAttributes ?? [:] : [:]
            return engine.systemAttribute(path, of: c, flowAttributes: flowAttributes)
        }
    }

    func setAttributes(_ attributes: [(key: String, value: String)]) {
        updateContact { c in for (k, v) in attributes { c.setAttribute(k, v) } }
        for (k, v) in attributes { engine.emit(.attributeSet(contact: contactId, key: k, value: v)) }
    }

    func setFlowAttributes(_ attributes: [(key: String, value: String)]) {
        for (k, v) in attributes { engine.runs[run]?.flowAttributes[k] = v }
    }

    /// By id, or by the last path component of an ARN.
    func recordedPrompt(_ id: String) -> Prompt? {
        lend { engine in
            engine.flowLookups.recordedPrompt(id) { id in
                let prompts = engine.config.prompts
                guard let p = prompts[id] ?? id.lastIndex(of: "/").flatMap({ prompts[String(id[id.index(after: $0)...])] })
                else { return nil }
                return Prompt(text: p.text, kind: .recording, duration: p.duration)
            }
        }
    }

    func setStoredInput(_ value: String) { updateContact { $0.storedInput = value } }

    func setExternalResults(_ values: [(key: String, value: String)]) {
        updateContact { c in for (k, v) in values { c.externalResults[k] = v } }
    }

    func setHook(_ hook: EventHook, flow: String) -> Bool {
        guard engine.flows.hasFlow(flow) else { return false }
        updateContact { $0.hooks[hook] = flow }
        return true
    }

    func setTargetQueue(_ queue: String) -> Bool {
        lend { engine -> Bool in
            guard let n = engine.resolveQueueNumber(queue) else { return false }
            engine.updateContact(contactId) {
                $0.targetQueue = .queue(engine.queueTable.name(n))
                $0.targetQueueNumber = n
            }
            return true
        }
    }

    func setTargetAgent(_ agent: String) -> Bool {
        let key = agent.split(separator: "/").last.map(String.init) ?? agent
        guard let u = engine.resolveAgent(agent) ?? engine.resolveAgent(key) else { return false }
        updateContact { $0.targetQueue = .agent(u) }
        return true
    }

    func queueTransferError() -> FlowError? {
        lend { engine -> FlowError? in
            guard let c = contact, c.targetQueue != nil, c.phase == .flow else { return .noMatchingError }
            // The target is copied out of the contact only where it is used: each copy of the queue's name cost a
            // retain and a release (issue 9).
            var substituted: QueueRef?
            if case .queue(let q)? = c.targetQueue {
                switch engine.intercept(.transferToQueue(queue: q), contact: contactId) {
                case .error(let error)?: return FlowError(rawValue: error) ?? .noMatchingError
                case .substitute(let other)?:
                    guard let name = engine.resolveQueue(other) else { return .noMatchingError }
                    updateContact { $0.targetQueue = .queue(name) }
                    substituted = .queue(name)
                default: break
                }
            }
            if let n = engine.targetQueueNumber(of: c), let max = engine.queueTable.maxContacts(n),
               let target = substituted ?? c.targetQueue, (engine.waiting[target]?.count ?? 0) >= max {
                return .queueAtCapacity
            }
            return nil
        }
    }

    func dequeueAndTransfer(toQueue queue: String?, agent: String?) -> FlowError? {
        guard let c = contact, c.phase == .queued else { return .noMatchingError }
        if var queue {
            switch engine.intercept(.dequeueAndTransfer(queue: queue), contact: contactId) {
            case .error(let error)?: return FlowError(rawValue: error) ?? .noMatchingError
            case .substitute(let other)?: queue = other
            default: break
            }
            guard let name = engine.resolveQueue(queue) else { return .noMatchingError }
            if let max = engine.queueTable[name]?.maxContacts, (engine.waiting[.queue(name)]?.count ?? 0) >= max { return .queueAtCapacity }
            updateContact { $0.targetQueue = .queue(name) }
            return nil
        }
        if let agent, let u = engine.resolveAgent(agent.split(separator: "/").last.map(String.init) ?? agent) {
            updateContact { $0.targetQueue = .agent(u) }
            return nil
        }
        return .noMatchingError
    }

    func transferToAgent() -> Bool {
        guard let c = contact else { return false }
        let target: String?
        if let t = c.transferTarget { target = t } else if case .agent(let u)? = c.targetQueue { target = u } else { target = nil }
        guard let u = target, let a = engine.agent(u) else { return false }
        updateContact { $0.transferTarget = u }
        return engine.canTakeDirectTransfer(a)
    }

    func isWithinHours(_ hoursName: String?) -> Bool? {
        lend { engine -> Bool? in
            var named = hoursName
            if named == nil, let c = contact, let working = engine.workingQueueNumber(of: c) {
                // A queue with no hours is always open; there is no hours resource to observe or override.
                guard let n = working, let hours = engine.queueTable.hours(n) else { return true }
                named = hours
            }
            guard var name = named else { return nil }
            switch engine.intercept(.checkHours(hours: name), contact: contactId) {
            case .hours(let isOpen)?: return isOpen
            case .error?: return nil
            case .substitute(let other)?: name = other
            default: break
            }
            // Hours named as they are written are found without splitting the name into a new array first.
            let time = Timestamp(start: engine.config.startEpochSeconds, at: now)
            if let open = engine.hoursByName[name]?.isOpen(at: time) { return open }
            let key = name.split(separator: "/").last.map(String.init) ?? name
            return engine.hoursByName[key]?.isOpen(at: time)
        }
    }

    /// CheckMetricData on a queue, an agent's queue (AgentId), or the working queue, which may itself be an agent's
    /// queue (docs §3.2 CheckMetricData: QueueId | AgentId, default TargetQueue).
    func metric(_ metric: String, queue: String?, agent: String?) -> Double? {
        lend { engine -> Double? in
            let target: QueueRef?
            if let queue {
                target = engine.resolveQueue(queue).map(QueueRef.queue)
            } else if let agent {
                target = (engine.resolveAgent(agent) ?? engine.resolveAgent(agent.split(separator: "/").last.map(String.init) ?? agent)).map(QueueRef.agent)
            } else {
                guard let c = contact else { return nil }
                if let n = engine.targetQueueNumber(of: c) { return engine.queueMetric(metric, number: n) }
                target = c.targetQueue ?? c.queue
            }
            return target.flatMap { engine.flowMetric(metric, $0) }
        }
    }

    func setPreviousContactParticipantState(_ state: String) -> Bool {
        guard let c = contact, let source = c.sourceAgent, let call = engine.calls[c.callId],
              let i = call.legs.lastIndex(where: { $0.party == .agent(source) && $0.isActive }),
              call.customer.isActive else { return false }
        let leg = call.legs[i].id
        let (agentState, callerState): (ConnectionState, CallerState)
        switch state {
        case "AgentOnHold": (agentState, callerState) = (.hold, .connected)
        case "CustomerOnHold": (agentState, callerState) = (.connected, .hold)
        case "OffHold": (agentState, callerState) = (.connected, .connected)
        default: return false
        }
        engine.change(.leg(leg, agentState), on: call.id)
        engine.change(.caller(callerState), on: call.id)
        engine.reconcileHoldFlows(call.id)
        return true
    }

    func resolveFlow(_ reference: String) -> String? {
        if engine.flows.hasFlow(reference) { return reference }
        let key = reference.split(separator: "/").last.map(String.init) ?? reference
        return engine.flows.hasFlow(key) ? key : nil
    }

    func invokeLambda(_ arn: String, parameters: [(key: String, value: String)]) -> [(key: String, value: String)]? {
        var function = arn
        switch engine.intercept(.invokeLambda(arn: arn), contact: contactId) {
        case .error?: return nil
        case .result(let values)?:
            engine.interceptedCompletion(.invokeLambda(arn: arn), contact: contactId, results: values)
            return values.map { ($0.key, $0.value) }
        case .substitute(let other)?: function = other
        default: break
        }
        guard let lambda = engine.config.lambdas.first(where: {
            function == $0.function || function.hasSuffix(":function:\($0.function)") || function.hasSuffix("/\($0.function)")
        }), !lambda.fails else { return nil }
        let response = lambda.response.keys.sorted().map { ($0, lambda.response[$0]!) }
        engine.interceptedCompletion(.invokeLambda(arn: arn), contact: contactId, results: response.map { FlowResultValue(key: $0.0, value: $0.1) })
        return response
    }

    func setRoutingBehavior(priority: Int?, timeAdjustment: Millis?) {
        let id = contactId
        let waited = engine.removeWaiting(id)
        updateContact { c in
            if let priority { c.routingPriority = priority }
            if let timeAdjustment { c.routingTimeAdjustment = timeAdjustment }
        }
        if waited, let q = engine.contacts[id]?.queue { engine.insertWaiting(id, in: q) }
    }

    func setCallbackNumber(_ number: String) -> FlowError? {
        guard number.hasPrefix("+"), Engine.isDiallable(number) else { return .invalidCallbackNumber }
        updateContact { $0.callbackNumber = number }
        return nil
    }

    func createCallback(_ request: CallbackRequest) -> FlowError? {
        guard let c = contact else { return .noMatchingError }
        return engine.createCallback(for: c, request)
    }

    func lexInteraction(bot: String, utterance: String,
                               sessionAttributes: [(key: String, value: String)]) -> String?? {
        var session: [String: String] = [:]
        for (k, v) in sessionAttributes { session[k] = v }
        var name = bot
        switch engine.intercept(.lexBot(bot: bot), contact: contactId) {
        case .error?: return nil
        case .result(let values)?:
            var slots: [String: String] = [:]
            for v in values where v.key.hasPrefix("Slots.") { slots[String(v.key.dropFirst(6))] = v.value }
            let intent = values.first { $0.key == "IntentName" }?.value
            updateContact { $0.flowData.lex = LexResult(intent: intent ?? "FallbackIntent", slots: slots, sessionAttributes: session) }
            engine.interceptedCompletion(.lexBot(bot: bot), contact: contactId, results: values)
            return .some(intent)
        case .substitute(let other)?: name = other
        default: break
        }
        let key = name.split(separator: "/").last.map(String.init) ?? name
        guard let lex = engine.config.lexBots.first(where: { $0.name == name || $0.name == key }) else { return nil }
        let match = lex.match(utterance)
        let result = LexResult(intent: match?.intent ?? "FallbackIntent", slots: match?.slots ?? [:], sessionAttributes: session)
        updateContact { $0.flowData.lex = result }
        engine.interceptedCompletion(.lexBot(bot: bot), contact: contactId, results: [FlowResultValue(key: "IntentName", value: result.intent)]
                                       + result.slots.keys.sorted().map { FlowResultValue(key: "Slots.\($0)", value: result.slots[$0]!) })
        return .some(match?.intent)
    }

    func setVoice(_ voice: String) { updateContact { $0.flowData.voice = voice } }

    /// Starting names a Kinesis Video stream as Amazon Connect would create one for the contact; stopping keeps it.
    func setMediaStreaming(_ enabled: Bool) {
        guard let c = contact else { return }
        if enabled {
            let arn = "arn:aws:kinesisvideo:\(engine.awsRegion ?? "us-east-1"):\(engine.config.accountId):stream/connect-\(engine.config.name)-contact-\(c.id.description)"
            updateContact { $0.flowData.mediaStream = MediaStream(streamARN: arn, startedAt: now, stoppedAt: nil) }
        } else if c.flowData.mediaStream != nil {
            updateContact { $0.flowData.mediaStream?.stoppedAt = now }
        }
    }

    func randomPercent() -> Int { Int(engine.rng.next() % 100) + 1 }

    func trace(_ event: FlowTraceEvent) {
        engine.onTrace?(event)
        engine.observeAction(event, of: run)
    }

    var isTracing: Bool { lend { $0.readsFlowActions } }

}
