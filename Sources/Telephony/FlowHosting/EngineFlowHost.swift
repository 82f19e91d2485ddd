/// The engine as the world a flow reads and changes, always for the run that is executing.
extension Engine: FlowHost {
    private var hostContact: Contact? { hostRun.flatMap { contacts[$0.contactId] } }

    private func updateHostContact(_ change: (inout Contact) -> Void) {
        if let id = hostRun?.contactId { updateContact(id, change) }
    }

    /// Every system attribute of docs/system-attributes.md that the scenario gives a value (admin guide, "List of
    /// available contact attributes and their JSONPath reference").
    public func value(of path: String) -> String? {
        guard let c = hostContact, let call = calls[c.callId], path.hasPrefix("$.") else { return nil }
        // `$.Namespace.rest.of.path`, read without splitting: flows look values up constantly.
        let body = path.dropFirst(2)
        let dot = body.firstIndex(of: ".")
        let namespace = dot.map { body[..<$0] } ?? body
        let rest = dot.map { String(body[body.index(after: $0)...]) } ?? ""
        switch namespace {
        case "Attributes": return c.attributes[rest]
        case "External": return c.externalResults[rest]
        case "StoredCustomerInput": return c.storedInput
        case "ContactId": return c.id.description
        case "InitialContactId": return c.initialId.description
        case "PreviousContactId": return c.previousId?.description
        case "InitiationMethod": return c.method.rawValue
        case "Channel": return "VOICE"
        case "CustomerEndpoint": return rest == "Address" ? call.customerNumber : (rest == "Type" ? "TELEPHONE_NUMBER" : nil)
        case "SystemEndpoint": return rest == "Address" ? call.systemNumber : (rest == "Type" ? "TELEPHONE_NUMBER" : nil)
        case "Queue": return queueValue(rest, of: c)
        case "FlowAttributes": return hostRun?.flowAttributes[rest]
        case "Agent": return agentValue(rest, of: c)
        case "InstanceARN": return rest.isEmpty ? config.instanceARN : nil
        case "AwsRegion": return rest.isEmpty ? awsRegion : nil
        // The number a callback rings: UpdateContactCallbackNumber's, else the caller's (attribute list).
        case "CustomerCallbackNumber", "CallbackNumber": return rest.isEmpty ? (c.callbackNumber ?? call.customerNumber) : nil
        case "TextToSpeechVoiceId": return rest.isEmpty ? c.flowData.voice : nil
        // A call from the phone network carries no contact name, description or customer id: they read as empty.
        case "Name", "Description", "CustomerId": return rest.isEmpty ? "" : nil
        case "Lex": return lexValue(rest, of: c)
        case "MediaStreams": return mediaStreamValue(rest, of: c)
        case "Metrics": return metricsValue(rest, of: c)
        default: return nil
        }
    }

    /// The region of the instance ARN (`arn:aws:connect:<region>:…`).
    var awsRegion: String? {
        let parts = config.instanceARN.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count > 3 ? String(parts[3]) : nil
    }

    private func lexValue(_ field: String, of c: Contact) -> String? {
        guard let lex = c.flowData.lex else { return nil }
        if field == "IntentName" { return lex.intent }
        if field.hasPrefix("Slots.") { return lex.slots[String(field.dropFirst(6))] }
        if field.hasPrefix("SessionAttributes.") { return lex.sessionAttributes[String(field.dropFirst(18))] }
        return nil
    }

    private func mediaStreamValue(_ field: String, of c: Contact) -> String? {
        guard let stream = c.flowData.mediaStream else { return nil }
        switch field {
        case "Customer.Audio.StreamARN": return stream.streamARN
        case "Customer.Audio.StartTimestamp": return String(epochMilliseconds(stream.startedAt))
        case "Customer.Audio.StopTimestamp": return stream.stoppedAt.map { String(epochMilliseconds($0)) }
        // Fragment numbers count from the stream's start; with no audio, the first and the last fragment.
        case "Customer.Audio.StartFragmentNumber": return "1"
        case "Customer.Audio.StopFragmentNumber": return stream.stoppedAt.map { String(max(1, ($0 - stream.startedAt) / 1000)) }
        default: return nil
        }
    }

    private func epochMilliseconds(_ at: Millis) -> Int {
        let (base, overflow) = config.startEpochSeconds.multipliedReportingOverflow(by: 1000)
        let (sum, overflowAgain) = base.addingReportingOverflow(at)
        return overflow || overflowAgain ? Int.max : sum
    }

    /// Queue metrics of the working queue (attribute list: queue metrics attributes), as Check queue metrics reads them.
    private func metricsValue(_ field: String, of c: Contact) -> String? {
        guard let target = c.targetQueue ?? c.queue else { return nil }
        let metric: String
        switch field {
        case "Queue.Name": return target.name
        case "Queue.ARN":
            if case .agent(let u) = target { return agentARN(u) }
            return queueARN(target.name)
        case "Queue.Size": metric = "NumberOfContactsInQueue"
        case "Queue.OldestContactAge": metric = "OldestContactInQueueAgeSeconds"
        case "Agents.Online.Count": metric = "NumberOfAgentsOnline"
        case "Agents.Available.Count": metric = "NumberOfAgentsAvailable"
        case "Agents.Staffed.Count": metric = "NumberOfAgentsStaffed"
        default: return nil
        }
        // Metrics are counts and whole seconds; a Double that is not whole is shown as it is.
        return flowMetric(metric, target).map { $0.rounded() == $0 && abs($0) < 1e15 ? String(Int64($0)) : String($0) }
    }

    private func queueValue(_ field: String, of c: Contact) -> String? {
        guard let q = workingQueueName(of: c) else { return nil }
        switch field {
        case "Name": return q
        case "ARN": return queueARN(q)
        case "OutboundCallerId.Address": return queueConfigs[q]?.outboundCallerId?.number
        case "OutboundCallerId.Name": return queueConfigs[q]?.outboundCallerId?.name
        default: return nil
        }
    }

    /// A contact routed straight to an agent keeps the queue it came from, which is what the
    /// default agent whisper says to the agent.
    func workingQueueName(of c: Contact) -> String? {
        if case .queue(let q)? = c.queue ?? c.targetQueue { return q }
        var previous = c.previousId
        while let p = previous, let pc = contacts[p] {
            if case .queue(let q)? = pc.queue { return q }
            previous = pc.previousId
        }
        if case .agent(let u)? = c.queue ?? c.targetQueue { return u }
        return nil
    }

    /// In a transfer flow, `$.Agent` is the quick connect's user (docs §6 inference, §3.2).
    private func agentValue(_ field: String, of c: Contact) -> String? {
        guard let u = c.transferTarget ?? c.agent, let a = agent(u) else { return nil }
        switch field {
        case "UserName": return a.username
        case "FirstName": return a.config.firstName
        case "LastName": return a.config.lastName
        case "ARN": return agentARN(a.username)
        default: return nil
        }
    }

    public func setAttributes(_ attributes: [(key: String, value: String)]) {
        updateHostContact { c in for (k, v) in attributes { c.setAttribute(k, v) } }
        if let id = hostRun?.contactId {
            for (k, v) in attributes { emit(.attributeSet(contact: id, key: k, value: v)) }
        }
    }

    public func setFlowAttributes(_ attributes: [(key: String, value: String)]) {
        for (k, v) in attributes { hostRun?.flowAttributes[k] = v }
    }

    /// By id, or by the last path component of an ARN.
    public func recordedPrompt(_ id: String) -> Prompt? {
        guard let p = config.prompts[id]
                ?? id.lastIndex(of: "/").flatMap({ config.prompts[String(id[id.index(after: $0)...])] }) else { return nil }
        return Prompt(text: p.text, kind: .recording, duration: p.duration)
    }

    public func setStoredInput(_ value: String) { updateHostContact { $0.storedInput = value } }

    public func setExternalResults(_ values: [(key: String, value: String)]) {
        updateHostContact { c in for (k, v) in values { c.externalResults[k] = v } }
    }

    public func setHook(_ hook: EventHook, flow: String) -> Bool {
        guard flows.hasFlow(flow) else { return false }
        updateHostContact { $0.hooks[hook] = flow }
        return true
    }

    public func setTargetQueue(_ queue: String) -> Bool {
        guard let name = resolveQueue(queue) else { return false }
        updateHostContact { $0.targetQueue = .queue(name) }
        return true
    }

    public func setTargetAgent(_ agent: String) -> Bool {
        let key = agent.split(separator: "/").last.map(String.init) ?? agent
        guard let u = resolveAgent(agent) ?? resolveAgent(key) else { return false }
        updateHostContact { $0.targetQueue = .agent(u) }
        return true
    }

    public func transferToQueue() -> String? {
        guard let c = hostContact, let target = c.targetQueue else { return "NoMatchingError" }
        guard c.phase == .flow else { return "NoMatchingError" }
        if case .queue(let q) = target, let max = queueConfigs[q]?.maxContacts, (waiting[target]?.count ?? 0) >= max {
            return "QueueAtCapacity"
        }
        return nil
    }

    public func dequeueAndTransfer(toQueue queue: String?, agent: String?) -> String? {
        guard let c = hostContact, c.phase == .queued else { return "NoMatchingError" }
        if let queue {
            guard let name = resolveQueue(queue) else { return "NoMatchingError" }
            if let max = queueConfigs[name]?.maxContacts, (waiting[.queue(name)]?.count ?? 0) >= max { return "QueueAtCapacity" }
            updateHostContact { $0.targetQueue = .queue(name) }
            return nil
        }
        if let agent, let u = resolveAgent(agent.split(separator: "/").last.map(String.init) ?? agent) {
            updateHostContact { $0.targetQueue = .agent(u) }
            return nil
        }
        return "NoMatchingError"
    }

    public func transferToAgent() -> Bool {
        guard let c = hostContact else { return false }
        let target: String?
        if let t = c.transferTarget { target = t } else if case .agent(let u)? = c.targetQueue { target = u } else { target = nil }
        guard let u = target, let a = agent(u) else { return false }
        updateHostContact { $0.transferTarget = u }
        return canTakeDirectTransfer(a)
    }

    public func isWithinHours(_ hoursName: String?) -> Bool? {
        if let name = hoursName {
            let key = name.split(separator: "/").last.map(String.init) ?? name
            guard let h = hoursByName[name] ?? hoursByName[key] else { return nil }
            return h.isOpen(at: Timestamp(start: config.startEpochSeconds, at: now))
        }
        guard let c = hostContact, case .queue(let q)? = c.targetQueue ?? c.queue else { return nil }
        guard let hours = queueConfigs[q]?.hours else { return true }
        return hoursByName[hours]?.isOpen(at: Timestamp(start: config.startEpochSeconds, at: now))
    }

    /// CheckMetricData on a queue, an agent's queue (AgentId), or the working queue, which may itself be an agent's
    /// queue (docs §3.2 CheckMetricData: QueueId | AgentId, default TargetQueue).
    public func metric(_ metric: String, queue: String?, agent: String?) -> Double? {
        let target: QueueRef?
        if let queue {
            target = resolveQueue(queue).map(QueueRef.queue)
        } else if let agent {
            target = (resolveAgent(agent) ?? resolveAgent(agent.split(separator: "/").last.map(String.init) ?? agent)).map(QueueRef.agent)
        } else {
            target = hostContact?.targetQueue ?? hostContact?.queue
        }
        return target.flatMap { flowMetric(metric, $0) }
    }

    /// A queue's metric, or the same metric for an agent's queue: that one agent, and the contacts waiting for them.
    func flowMetric(_ metric: String, _ target: QueueRef) -> Double? {
        switch target {
        case .queue(let name):
            return queueMetric(metric, queue: name)
        case .agent(let username):
            guard let a = agent(username) else { return nil }
            let waitingHere = waiting[target] ?? []
            switch metric {
            case "NumberOfAgentsAvailable": return a.status == .available && a.slot == .free && a.nextStatus == nil ? 1 : 0
            case "NumberOfAgentsStaffed": return a.status == .available || a.slot != .free ? 1 : 0
            case "NumberOfAgentsOnline": return a.status != .offline || a.slot != .free ? 1 : 0
            case "NumberOfContactsInQueue": return Double(waitingHere.count)
            case "OldestContactInQueueAgeSeconds":
                let oldest = waitingHere.compactMap { contacts[$0]?.enqueuedAt }.min()
                return Double(oldest.map { (now - $0) / 1000 } ?? 0)
            default: return nil
            }
        }
    }

    public func setPreviousContactParticipantState(_ state: String) -> Bool {
        guard let c = hostContact, let source = c.sourceAgent, let call = calls[c.callId],
              let i = call.legs.lastIndex(where: { $0.party == .agent(source) && $0.isActive }),
              call.customer.isActive else { return false }
        switch state {
        case "AgentOnHold":
            call.legs[i].state = .hold
            call.customer = .connected
        case "CustomerOnHold":
            call.legs[i].state = .connected
            call.customer = .hold
        case "OffHold":
            call.legs[i].state = .connected
            call.customer = .connected
        default:
            return false
        }
        call.legs[i].since = now
        call.customerSince = now
        reconcileHoldFlows(call.id)
        return true
    }

    public func resolveFlow(_ reference: String) -> String? {
        if flows.hasFlow(reference) { return reference }
        let key = reference.split(separator: "/").last.map(String.init) ?? reference
        return flows.hasFlow(key) ? key : nil
    }

    public func invokeLambda(_ arn: String, parameters: [(key: String, value: String)]) -> [(key: String, value: String)]? {
        guard let lambda = config.lambdas.first(where: {
            arn == $0.function || arn.hasSuffix(":function:\($0.function)") || arn.hasSuffix("/\($0.function)")
        }), !lambda.fails else { return nil }
        return lambda.response.keys.sorted().map { ($0, lambda.response[$0]!) }
    }

    public func setRoutingBehavior(priority: Int?, timeAdjustment: Millis?) {
        guard let id = hostRun?.contactId else { return }
        let waited = removeWaiting(id)
        updateHostContact { c in
            if let priority { c.routingPriority = priority }
            if let timeAdjustment { c.routingTimeAdjustment = timeAdjustment }
        }
        if waited, let q = contacts[id]?.queue { insertWaiting(id, in: q) }
    }

    public func setCallbackNumber(_ number: String) -> String? {
        guard number.hasPrefix("+"), Self.isDiallable(number) else { return "InvalidCallbackNumber" }
        updateHostContact { $0.callbackNumber = number }
        return nil
    }

    public func createCallback(_ request: CallbackRequest) -> String? {
        guard let c = hostContact else { return "NoMatchingError" }
        return createCallback(for: c, request)
    }

    public func lexInteraction(bot: String, utterance: String,
                               sessionAttributes: [(key: String, value: String)]) -> String?? {
        let key = bot.split(separator: "/").last.map(String.init) ?? bot
        guard let lex = config.lexBots.first(where: { $0.name == bot || $0.name == key }) else { return nil }
        let match = lex.match(utterance)
        var session: [String: String] = [:]
        for (k, v) in sessionAttributes { session[k] = v }
        let result = LexResult(intent: match?.intent ?? "FallbackIntent", slots: match?.slots ?? [:], sessionAttributes: session)
        updateHostContact { $0.flowData.lex = result }
        return .some(match?.intent)
    }

    public func setVoice(_ voice: String) { updateHostContact { $0.flowData.voice = voice } }

    /// Starting names a Kinesis Video stream as Amazon Connect would create one for the contact; stopping keeps it.
    public func setMediaStreaming(_ enabled: Bool) {
        guard let c = hostContact else { return }
        if enabled {
            let arn = "arn:aws:kinesisvideo:\(awsRegion ?? "us-east-1"):\(config.accountId):stream/connect-\(config.name)-contact-\(c.id.description)"
            updateHostContact { $0.flowData.mediaStream = MediaStream(streamARN: arn, startedAt: now, stoppedAt: nil) }
        } else if c.flowData.mediaStream != nil {
            updateHostContact { $0.flowData.mediaStream?.stoppedAt = now }
        }
    }

    public func randomPercent() -> Int { Int(rng.next() % 100) + 1 }

    public func trace(_ event: FlowTraceEvent) {
        onTrace?(event)
        if let run = hostRun { observeAction(event, of: run) }
    }

    public var isTracing: Bool { onTrace != nil || listens(to: .flowActionStarted) || listens(to: .flowActionCompleted) }

    func resolveQueue(_ reference: String) -> String? {
        if queueConfigs[reference] != nil { return reference }
        let key = reference.split(separator: "/").last.map(String.init) ?? reference
        return queueConfigs[key] != nil ? key : nil
    }

    func queueARN(_ name: String) -> String { "\(config.instanceARN)/queue/\(name)" }
    func agentARN(_ username: String) -> String { "\(config.instanceARN)/agent/\(username)" }
}
