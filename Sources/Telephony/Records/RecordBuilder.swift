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
                ARN: agentARNs[i].agent, Username: u, connectedToAgentAt: ts(connected),
                AgentInteractionDuration: seconds(end - connected - holdTotal),
                CustomerHoldDuration: seconds(holdTotal), NumberOfHolds: c.holds.count, LongestHoldDuration: seconds(longest),
                afterContactWorkStartedAt: ts(c.acwStartedAt), afterContactWorkEndedAt: ts(c.acwEndedAt),
                AfterContactWorkDuration: c.acwStartedAt.flatMap { s in c.acwEndedAt.map { seconds($0 - s) } },
                RoutingProfile: .init(ARN: agentARNs[i].routingProfile, Name: profile))
        }
        var queue: ContactRecord.QueueInfo?
        if let q = c.queue {
            let arn: String
            switch q {
            case .queue(let name): arn = recordARN(.queue, name)
            case .agent(let u): arn = agentNumber(u).map { agentARNs[$0].agentQueue } ?? recordARN(.agentQueue, u)
            }
            // An outbound contact names its outbound queue but was never queued.
            let duration = c.enqueuedAt.map { seconds((c.dequeuedAt ?? now) - $0) } ?? 0
            queue = .init(ARN: arn, Name: q.name, enqueuedAt: ts(c.enqueuedAt), dequeuedAt: ts(c.dequeuedAt),
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
            InitiationMethod: c.method.rawValue, initiatedAt: recordTimestamp(c.initiatedAt), InstanceARN: recordInstanceARN,
            lastUpdatedAt: recordTimestamp(last), nextContactId: c.nextId, previousContactId: c.previousId,
            Queue: queue, SystemEndpoint: call.flatMap { $0.systemNumber.isEmpty ? nil : .init(Address: $0.systemNumber) },
            transferCompletedAt: ts(c.transferCompletedAt),
            TransferredToEndpoint: c.transferredTo.map { .init(Address: $0.number) })
    }
}

extension Engine {
    /// The wall-clock instant of virtual time `ms`, as records give instants (docs §2).
    func recordTimestamp(_ ms: Millis) -> Timestamp { Timestamp(start: config.startEpochSeconds, at: ms) }

    /// `config.instanceARN`, made once: the config writes it out afresh at each read.
    var recordInstanceARN: String {
        if let arn = finished.instanceARN { return arn }
        let arn = config.instanceARN
        finished.instanceARN = arn
        return arn
    }
}

/// The kinds of resource a record names by ARN.
enum RecordARNKind: UInt8 {
    case agent, routingProfile, queue, agentQueue

    func arn(in instance: String, _ name: String) -> String { "\(instance)/\(path)/\(name)" }

    var path: String {
        switch self {
        case .agent: return "agent"
        case .routingProfile: return "routing-profile"
        case .queue: return "queue"
        case .agentQueue: return "queue/agent"
        }
    }
}

/// The ARNs a record names for one agent, made when the engine starts and found by agent number (issue 9:
/// names resolved when the scenario is loaded; looking them up by username hashed it three times a record).
struct AgentARNs {
    let agent: String
    let routingProfile: String
    let agentQueue: String

    init(_ a: AgentConfig, instance: String) {
        agent = RecordARNKind.agent.arn(in: instance, a.username)
        routingProfile = RecordARNKind.routingProfile.arn(in: instance, a.routingProfile)
        agentQueue = RecordARNKind.agentQueue.arn(in: instance, a.username)
    }
}

struct RecordARNKey: Hashable {
    let kind: RecordARNKind
    let name: String
}

extension Engine {
    /// `<instance ARN>/<kind>/<name>`, made once per resource: every record names its agent, routing
    /// profile and queue, and writing the text out each time cost more than looking it up. An agent's are
    /// in `agentARNs`; this serves queues and names that are no agent's.
    func recordARN(_ kind: RecordARNKind, _ name: String) -> String {
        let key = RecordARNKey(kind: kind, name: name)
        if let arn = finished.recentARNs.value(for: key) { return arn }
        let arn: String
        if let known = finished.arns[key] {
            arn = known
        } else {
            arn = kind.arn(in: recordInstanceARN, name)
            finished.arns[key] = arn
        }
        finished.recentARNs.remember(key, arn)
        return arn
    }
}
