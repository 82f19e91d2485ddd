/// System attributes as flows read them (`$.Queue.Name`, `$.Agent.UserName`, …) for a contact, and the
/// lookups flows share with the rest of the engine (queues and agents by name or ARN, queue metrics).
extension Engine {
    /// Every system attribute of docs/system-attributes.md that the scenario gives a value (admin guide, "List of
    /// available contact attributes and their JSONPath reference"), for contact `c` in a run with `flowAttributes`.
    func systemAttribute(_ path: String, of c: Contact, flowAttributes: [String: String]) -> String? {
        systemAttribute(AttributePath(path), of: c, flowAttributes: flowAttributes)
    }

    /// The same for a reference read once when its flow was compiled.
    func systemAttribute(_ path: AttributePath, of c: Contact, flowAttributes: [String: String]) -> String? {
        guard let call = calls[c.callId] else { return nil }
        let rest = path.rest
        switch path.namespace {
        case .attributes: return c.attributes[rest]
        case .segmentAttributes: return c.flowData.segmentAttributes[rest]
        case .external: return c.externalResults[rest]
        case .storedCustomerInput: return c.storedInput
        case .contactId: return c.id.description
        case .initialContactId: return c.initialId.description
        case .previousContactId: return c.previousId?.description
        case .initiationMethod: return c.method.rawValue
        case .channel: return "VOICE"
        case .customerEndpoint: return rest == "Address" ? call.customerNumber : (rest == "Type" ? "TELEPHONE_NUMBER" : nil)
        case .systemEndpoint: return rest == "Address" ? call.systemNumber : (rest == "Type" ? "TELEPHONE_NUMBER" : nil)
        case .queue: return queueValue(rest, of: c)
        case .flowAttributes: return flowAttributes[rest]
        case .agent: return agentValue(rest, of: c)
        case .instanceARN: return rest.isEmpty ? config.instanceARN : nil
        case .awsRegion: return rest.isEmpty ? awsRegion : nil
        // The number a callback rings: UpdateContactCallbackNumber's, else the caller's (attribute list).
        case .callbackNumber: return rest.isEmpty ? (c.callbackNumber ?? call.customerNumber) : nil
        case .textToSpeechVoiceId: return rest.isEmpty ? c.flowData.voice : nil
        // A call from the phone network carries no contact name, description or customer id: they read as empty.
        case .emptyOnCalls: return rest.isEmpty ? "" : nil
        case .lex: return lexValue(rest, of: c)
        case .mediaStreams: return mediaStreamValue(rest, of: c)
        case .metrics: return metricsValue(rest, of: c)
        case .none: return nil
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
        case "OutboundCallerId.Address": return queueTable[q]?.outboundCallerId?.number
        case "OutboundCallerId.Name": return queueTable[q]?.outboundCallerId?.name
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

    /// A queue's metric, or the same metric for an agent's queue: that one agent, and the contacts waiting for them.
    func flowMetric(_ metric: String, _ target: QueueRef) -> Double? {
        switch target {
        case .queue(let name):
            guard let n = queueNumber(name) else { return queueMetric(metric, line: waiting.number(of: target), serving: []) }
            return queueMetric(metric, number: n)
        case .agent(let username):
            guard let a = agent(username) else { return nil }
            let waitingHere = waiting[target] ?? []
            switch metric {
            case "NumberOfAgentsAvailable": return isFree(a) ? 1 : 0
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

    /// The name of the configured queue `reference` names, by name or by the last path component of an ARN.
    func resolveQueue(_ reference: String) -> String? { resolveQueueNumber(reference).map(queueTable.name) }

    /// The table number of the configured queue `reference` names, as `resolveQueue(_:)` finds it.
    func resolveQueueNumber(_ reference: String) -> Int? {
        if let n = configuredQueueNumber(reference) { return n }
        return configuredQueueNumber(reference.split(separator: "/").last.map(String.init) ?? reference)
    }

    private func configuredQueueNumber(_ name: String) -> Int? {
        queueNumber(name).flatMap { queueTable.isConfigured($0) ? $0 : nil }
    }

    /// The table number of the queue `c` targets, remembered on the contact; nil when it targets none, an agent's
    /// queue, or a name the table does not hold.
    func targetQueueNumber(of c: Contact) -> Int? {
        if let n = c.targetQueueNumber { return n }
        guard case .queue(let q)? = c.targetQueue, let n = queueNumber(q) else { return nil }
        c.targetQueueNumber = n
        return n
    }

    /// The table number of `c`'s working queue as a flow that names no queue reads it (its target queue, else the
    /// queue it waits in): nil when it has none or it is an agent's queue, .some(nil) for a queue the table does not
    /// hold.
    func workingQueueNumber(of c: Contact) -> Int?? {
        if let n = c.targetQueueNumber { return .some(n) }
        switch c.targetQueue {
        case .queue?: return .some(targetQueueNumber(of: c))
        case .agent?: return nil
        case nil:
            guard case .queue(let q)? = c.queue else { return nil }
            return .some(queueNumber(q))
        }
    }

    /// The number of the queue named `name` (`QueueTable.number(of:)`). Flows name the same few queues at every
    /// contact (Set working queue, Transfer to queue, Check hours of operation, Check queue status); hashing a name
    /// costs about 300 instructions, comparing it with the last few found a few dozen, so a name is hashed only
    /// when it was not looked up lately.
    func queueNumber(_ name: String) -> Int? {
        if let n = recentQueues.value(for: name) { return n }
        guard let n = queueTable.number(of: name) else { return nil }
        recentQueues.remember(name, n)
        return n
    }

    func queueARN(_ name: String) -> String { "\(config.instanceARN)/queue/\(name)" }
    func agentARN(_ username: String) -> String { "\(config.instanceARN)/agent/\(username)" }
}
