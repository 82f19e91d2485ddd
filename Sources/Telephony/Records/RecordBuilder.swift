/// Contact records read from the segments (docs §2, §6 rules 21–23).
extension Engine {
    /// Records of completed segments (after contact work cleared, or ended without an agent), in
    /// creation order.
    public var completedRecords: [ContactRecord] {
        contactOrder.compactMap { id in contacts[id].flatMap { $0.completed ? record(of: $0) : nil } }
    }

    /// Every segment's record as it stands now, completed or not.
    public var allRecords: [ContactRecord] { contactOrder.compactMap { contacts[$0].map(record(of:)) } }

    public var openContactCount: Int { contactOrder.count { contacts[$0]?.completed == false } }

    /// The ContactIds of `completedRecords`, without building the records.
    public var completedContactIds: Set<String> {
        Set(contactOrder.compactMap { id in contacts[id]?.completed == true ? id.description : nil })
    }

    func record(of c: Contact) -> ContactRecord {
        func ts(_ ms: Millis?) -> String? { ms.map { Timestamp(start: config.startEpochSeconds, at: $0).iso8601 } }
        func seconds(_ ms: Millis) -> Int { max(0, ms) / 1000 }
        let call = calls[c.callId]
        var agentInfo: ContactRecord.AgentInfo?
        if let u = c.agent, let connected = c.connectedToAgentAt, let a = agent(u) {
            let end = c.acwStartedAt ?? c.disconnectedAt ?? now
            var holdTotal = c.holds.total
            var longest = c.holds.longest
            if let start = c.holds.startedAt {
                holdTotal += now - start
                longest = max(longest, now - start)
            }
            let profile = a.config.routingProfile
            agentInfo = ContactRecord.AgentInfo(
                ARN: agentARN(u), Username: u, ConnectedToAgentTimestamp: ts(connected),
                AgentInteractionDuration: seconds(end - connected - holdTotal),
                CustomerHoldDuration: seconds(holdTotal), NumberOfHolds: c.holds.count, LongestHoldDuration: seconds(longest),
                AfterContactWorkStartTimestamp: ts(c.acwStartedAt), AfterContactWorkEndTimestamp: ts(c.acwEndedAt),
                AfterContactWorkDuration: c.acwStartedAt.flatMap { s in c.acwEndedAt.map { seconds($0 - s) } },
                RoutingProfile: .init(ARN: "\(config.instanceARN)/routing-profile/\(profile)", Name: profile))
        }
        var queue: ContactRecord.QueueInfo?
        if let q = c.queue {
            let arn: String
            switch q {
            case .queue(let name): arn = queueARN(name)
            case .agent(let u): arn = "\(config.instanceARN)/queue/agent/\(u)"
            }
            // An outbound contact names its outbound queue but was never queued.
            let duration = c.enqueuedAt.map { seconds((c.dequeuedAt ?? now) - $0) } ?? 0
            queue = .init(ARN: arn, Name: q.name, EnqueueTimestamp: ts(c.enqueuedAt), DequeueTimestamp: ts(c.dequeuedAt),
                          Duration: duration)
        }
        let last = [c.acwEndedAt, c.disconnectedAt, c.acwStartedAt, c.connectedToAgentAt, c.initiatedAt].compactMap { $0 }.max()
        return ContactRecord(
            AWSAccountId: config.accountId, Agent: agentInfo, AgentConnectionAttempts: c.connectionAttempts,
            Attributes: c.attributes, ConnectedToSystemTimestamp: ts(c.connectedToSystemAt ?? (c.method == .transfer ? c.initiatedAt : nil)),
            ContactId: c.id.description,
            CustomerEndpoint: call.map { .init(Address: $0.customerNumber) }, DisconnectReason: c.disconnectReason?.rawValue,
            DisconnectTimestamp: ts(c.disconnectedAt), InitialContactId: c.initialId.description,
            InitiationMethod: c.method.rawValue, InitiationTimestamp: ts(c.initiatedAt)!, InstanceARN: config.instanceARN,
            LastUpdateTimestamp: ts(last)!, NextContactId: c.nextId?.description, PreviousContactId: c.previousId?.description,
            Queue: queue, SystemEndpoint: call.flatMap { $0.systemNumber.isEmpty ? nil : .init(Address: $0.systemNumber) },
            TransferCompletedTimestamp: ts(c.transferCompletedAt),
            TransferredToEndpoint: c.transferredTo.map { .init(Address: $0.number) })
    }
}
