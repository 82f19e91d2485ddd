/// Contact records read from the segments (docs §2, §6 rules 21–23).
extension Engine {
    /// Records of completed segments (after contact work cleared, or ended without an agent), in
    /// creation order: those `retention` keeps (all, unless it bounds them).
    public var completedRecords: [ContactRecord] {
        settleCompletedContacts()
        return finished.records.sorted { $0.serial < $1.serial }.map(\.record)
    }

    /// Every kept segment's record as it stands now, completed or not, in creation order.
    public var allRecords: [ContactRecord] {
        settleCompletedContacts()
        var all = finished.records
        for c in contacts.values where !c.completed { all.append((c.id.serial, record(of: c))) }
        for (u, m) in monitoring where activeMonitoring(u) != nil { all.append((m.contact.serial, monitorRecord(u, m))) }
        return all.sorted { $0.serial < $1.serial }.map(\.record)
    }

    public var openContactCount: Int {
        settleCompletedContacts()
        return contacts.values.count { !$0.completed }
    }

    /// Segments completed so far, whether or not their records are still kept.
    public var completedContactCount: Int {
        settleCompletedContacts()
        return finished.completedCount
    }

    /// The ContactIds of `completedRecords`.
    public var completedContactIds: Set<String> {
        settleCompletedContacts()
        return Set(finished.records.map { ContactID(serial: $0.serial).description })
    }

    func record(of c: Contact) -> ContactRecord {
        func ts(_ ms: Millis?) -> Timestamp? { ms.map(recordTimestamp) }
        func seconds(_ ms: Millis) -> Int { max(0, ms) / 1000 }
        let call = calls[c.callId]
        let instance = config.name
        var agentInfo: ContactRecord.AgentInfo?
        if let u = c.agent, let connected = c.connectedToAgentAt, let i = c.agentAt {
            let end = c.acwStartedAt ?? c.disconnectedAt ?? now
            var holdTotal = c.holds.total
            var longest = c.holds.longest
            if let start = c.holds.startedAt {
                holdTotal += now - start
                longest = max(longest, now - start)
            }
            let profile = agents[i].config.routingProfile
            agentInfo = ContactRecord.AgentInfo(
                arn: .resource(.agent, u, in: instance), Username: u, connectedToAgentAt: ts(connected),
                AgentInteractionDuration: seconds(end - connected - holdTotal),
                CustomerHoldDuration: seconds(holdTotal), NumberOfHolds: c.holds.count, LongestHoldDuration: seconds(longest),
                afterContactWorkStartedAt: ts(c.acwStartedAt), afterContactWorkEndedAt: ts(c.acwEndedAt),
                AfterContactWorkDuration: c.acwStartedAt.flatMap { s in c.acwEndedAt.map { seconds($0 - s) } },
                RoutingProfile: .init(arn: .resource(.routingProfile, profile, in: instance), Name: profile))
        }
        var queue: ContactRecord.QueueInfo?
        if let q = c.queue {
            let arn: RecordARN = switch q {
            case .queue(let name): .resource(.queue, name, in: instance)
            case .agent(let u): .resource(.agentQueue, u, in: instance)
            }
            // An outbound contact names its outbound queue but was never queued.
            let duration = c.enqueuedAt.map { seconds((c.dequeuedAt ?? now) - $0) } ?? 0
            queue = .init(arn: arn, Name: q.name, enqueuedAt: ts(c.enqueuedAt), dequeuedAt: ts(c.dequeuedAt),
                          Duration: duration)
        }
        // The latest instant the segment changed at, compared one by one: an array of the four cost an allocation a record.
        var last = c.initiatedAt
        if let t = c.acwEndedAt, t > last { last = t }
        if let t = c.disconnectedAt, t > last { last = t }
        if let t = c.acwStartedAt, t > last { last = t }
        if let t = c.connectedToAgentAt, t > last { last = t }
        return ContactRecord(
            AWSAccountId: config.accountId, Agent: agentInfo, AgentConnectionAttempts: c.connectionAttempts,
            Attributes: c.attributes, connectedToSystemAt: ts(c.connectedToSystemAt ?? (c.method == .transfer ? c.initiatedAt : nil)),
            contactId: c.id,
            CustomerEndpoint: call.map { .init(Address: $0.customerNumber) }, DisconnectReason: c.disconnectReason?.rawValue,
            disconnectedAt: ts(c.disconnectedAt), initialContactId: c.initialId,
            InitiationMethod: c.method.rawValue, initiatedAt: recordTimestamp(c.initiatedAt), instanceARN: .instance(instance),
            lastUpdatedAt: recordTimestamp(last), nextContactId: c.nextId, previousContactId: c.previousId,
            Queue: queue, SystemEndpoint: call.flatMap { $0.systemNumber.isEmpty ? nil : .init(Address: $0.systemNumber) },
            transferCompletedAt: ts(c.transferCompletedAt),
            TransferredToEndpoint: c.transferredTo.map { .init(Address: $0.number) })
    }
}

extension Engine {
    /// The wall-clock instant of virtual time `ms`, as records give instants (docs §2).
    func recordTimestamp(_ ms: Millis) -> Timestamp { Timestamp(start: config.startEpochSeconds, at: ms) }
}
