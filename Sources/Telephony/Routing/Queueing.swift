import Collections

/// Putting contacts into queues and taking them out.
extension Engine {
    /// Transfer to queue succeeded: the contact waits in its target queue, hearing the customer
    /// queue flow (for a quick-connect transfer, the transferring agent hears it).
    func enqueue(_ id: ContactID) {
        guard let contact = contacts[id], let target = contact.targetQueue else { return }
        updateContact(id) {
            $0.queue = target
            $0.enter(.queued, at: now)
            $0.enqueuedAt = $0.enqueuedAt ?? now
            $0.dequeuedAt = nil
        }
        // A queue's line has its number in the queue table.
        insertWaiting(id, inLine: targetQueueNumber(of: contact) ?? waiting.number(for: target))
        emit(.queued(contact: id, queue: target))
        // A callback waits in queue with no one on the line: no queue flow plays.
        guard contact.method != .callback else {
            dispatch()
            return
        }
        if contact.sourceAgent == nil {
            if let call = calls[contact.callId], call.customer == .flow { change(.caller(.queued), on: call) }
            if let patience = customersByNumber[calls[contact.callId]?.customerNumber ?? ""]?.patience {
                schedule(after: patience, .customerAbandons(contact.callId, id))
            }
        }
        startRun(hook: .customerQueue, role: .customerQueue, contact: id, listener: .contactSide(id))
        dispatch()
    }

    /// Keeps each queue in routing order, also when a missed contact goes back in. A queue is
    /// sorted by `routingKey`, so the place is found by binary search, and the line is changed
    /// where it is stored: taking it out first would copy every waiting contact (issue 8 point 4).
    func insertWaiting(_ id: ContactID, in queue: QueueRef) { insertWaiting(id, inLine: waiting.number(for: queue)) }

    func insertWaiting(_ id: ContactID, inLine line: Int) {
        let key = routingKey(id)
        let position = partitionPoint(waiting[line: line]) { routingKey($0) > key }
        waiting.insert(id, at: position, inLine: line)
    }

    /// The first index of `line` whose element satisfies `isAfter`, which holds for a suffix.
    private func partitionPoint(_ line: Deque<ContactID>, _ isAfter: (ContactID) -> Bool) -> Int {
        var low = 0, high = line.count
        while low < high {
            let mid = (low + high) / 2
            if isAfter(line[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Routing order (docs §3.2 UpdateContactRoutingBehavior): priority first (1 is highest), then
    /// the longest wait, counting any time adjustment.
    func routingKey(_ id: ContactID) -> (Int, Millis, Int) {
        guard let c = contacts[id] else { return (Int.max, Int.max, id.serial) }
        return (c.routingPriority, Clock.subtracting(c.routingTimeAdjustment, from: c.enqueuedAt ?? now), id.serial)
    }

    /// Takes a contact out of its queue, found by binary search on its routing key (change the
    /// key only while it is out); returns whether it was waiting.
    @discardableResult
    func removeWaiting(_ id: ContactID) -> Bool {
        guard let q = contacts[id]?.queue, let number = waiting.number(of: q),
              let index = waitingIndex(of: id, inLine: number) else { return false }
        waiting.remove(at: index, inLine: number)
        return true
    }

    /// A separate function so that no copy of the line is alive when it is changed.
    private func waitingIndex(of id: ContactID, inLine number: Int) -> Int? {
        let line = waiting[line: number]
        guard !line.isEmpty else { return nil }
        if line.first == id { return 0 }
        let key = routingKey(id)
        let i = partitionPoint(line) { routingKey($0) >= key }
        // A line out of order (it should not be) is still searched in full rather than missed.
        return i < line.count && line[i] == id ? i : line.firstIndex(of: id)
    }

    /// DequeueContactAndTransferToQueue: a new QUEUE_TRANSFER segment takes the caller's place
    /// in the other queue (docs §3.2, §6 rule 21).
    func moveToQueue(_ id: ContactID, _ destination: QueueRef) {
        guard let old = contacts[id] else { return }
        removeWaiting(id)
        stopRuns(on: old.callId) { $0.contactId == id }
        updateContact(id) {
            $0.enter(.ended, at: now)
            $0.dequeuedAt = now
            $0.disconnectedAt = now
            complete($0)
        }
        let next = newContact(callId: old.callId, method: .queueTransfer, previous: id)
        updateContact(next) {
            $0.targetQueue = destination
            $0.hooks = old.hooks
            $0.attributes = old.attributes
            $0.attributeOrder = old.attributeOrder
        }
        change(.caller(.flow), on: old.callId)
        enqueue(next)
    }

    /// Real-time queue metrics for Check staffing / Check queue status (docs §3.2 CheckMetricData), for queue
    /// `number` of the queue table, whose line has the same number.
    func queueMetric(_ metric: String, number: Int) -> Double? {
        queueMetric(metric, line: number, serving: queueTable.agents(serving: number))
    }

    /// The same for the queue waiting in `line` (nil: no contact ever did and no routing profile serves it), served by
    /// the agents at the indices `serving`.
    func queueMetric(_ metric: String, line: Int?, serving: [Int]) -> Double? {
        // Counted in place: copying each agent's state out costs more than the count.
        switch metric {
        case "NumberOfAgentsAvailable":
            return Double(serving.count { isFree(agents[$0]) })
        case "NumberOfAgentsStaffed":
            return Double(serving.count { agents[$0].status == .available || agents[$0].slot != .free })
        case "NumberOfAgentsOnline":
            return Double(serving.count { agents[$0].status != .offline || agents[$0].slot != .free })
        case "NumberOfContactsInQueue":
            return Double(line.map { waiting[line: $0].count } ?? 0)
        case "OldestContactInQueueAgeSeconds":
            let oldest = line.map { waiting[line: $0] }?.compactMap { contacts[$0]?.enqueuedAt }.min()
            return Double(oldest.map { (now - $0) / 1000 } ?? 0)
        default:
            return nil
        }
    }
}
