/// The supervisor's own contact record: monitoring a call makes a contact of the supervisor's
/// (MonitorContact answers with a ContactId of its own), recorded with InitiationMethod `MONITOR`
/// (docs §2.3) and its Agent's `StateTransitions`, one per silent monitor or barge spell (docs
/// §2.2). It completes when monitoring ends, by End call or because the monitored conversation did
/// (docs/supervisor.md).
extension Engine {
    /// Completes the records of monitoring that ended without End call (the agent left, the call
    /// ended): at the same instant, since the engine settles after every command and timer.
    func settleEndedMonitoring() {
        for u in monitoring.keys.sorted() where activeMonitoring(u) == nil {
            guard let m = monitoring[u] else { continue }
            finishMonitoring(u, m)
            let name = agent(m.agent)?.config.displayName ?? m.agent
            hear(.agent(u), .system, "Monitoring ended: \(name)'s conversation is over", from: "CCP")
        }
    }

    /// Ends `u`'s monitoring now and keeps its MONITOR record as completed records are kept.
    func finishMonitoring(_ u: String, _ m: Monitoring) {
        monitoring[u] = nil
        emitSupervisorConnection(u, ended: m)
        let record = monitorRecord(u, m)
        finished.completedCount += 1
        if retention.records != 0 {
            finished.records.append((m.contact.serial, record))
            if let limit = retention.records, finished.records.count > limit { finished.records.removeFirst() }
        }
        onRecord?(record)
        emit(.recordCompleted(contact: m.contact))
        // Free again: a contact waiting in the supervisor's queues may be offered now.
        dispatch()
    }

    func monitorRecord(_ u: String, _ m: Monitoring) -> ContactRecord {
        func ts(_ ms: Millis) -> Timestamp { recordTimestamp(ms) }
        let spells = m.spells + [(m.mode, m.since, now)]
        let transitions = spells.map {
            ContactRecord.StateTransition(State: $0.mode == .barge ? "BARGE" : "SILENT_MONITOR",
                                          startedAt: ts($0.from), endedAt: ts($0.to))
        }
        let profile = agent(u)?.config.routingProfile ?? ""
        var agentInfo = ContactRecord.AgentInfo(
            arn: .resource(.agent, u, in: config.name), Username: u, connectedToAgentAt: ts(m.started),
            AgentInteractionDuration: max(0, now - m.started) / 1000, CustomerHoldDuration: 0, NumberOfHolds: 0,
            LongestHoldDuration: 0, afterContactWorkStartedAt: nil, afterContactWorkEndedAt: nil,
            AfterContactWorkDuration: nil, RoutingProfile: .init(arn: .resource(.routingProfile, profile, in: config.name), Name: profile))
        agentInfo.StateTransitions = transitions
        let call = calls[m.call]
        return ContactRecord(
            AWSAccountId: config.accountId, Agent: agentInfo, AgentConnectionAttempts: 0, Attributes: [:],
            connectedToSystemAt: nil, contactId: m.contact, CustomerEndpoint: call.map { .init(Address: $0.customerNumber) },
            DisconnectReason: nil, disconnectedAt: ts(now), initialContactId: m.contact, InitiationMethod: InitiationMethod.monitor.rawValue,
            initiatedAt: ts(m.started), instanceARN: .instance(config.name), lastUpdatedAt: ts(now), nextContactId: nil,
            previousContactId: nil, Queue: nil,
            SystemEndpoint: call.flatMap { $0.systemNumber.isEmpty ? nil : .init(Address: $0.systemNumber) },
            transferCompletedAt: nil, TransferredToEndpoint: nil)
    }
}
