import Collections

/// Segments as they complete: each record is built once, when its segment completes, handed to
/// `onRecord` and kept as `Retention` says; once a call has ended and all its segments are
/// completed, the segments are dropped (issue 9: a completed contact shrinks to its record).
extension Engine {
    /// Builds the records of the segments completed since the last look, and drops the calls that
    /// are over. Runs after every timer and before anything reads records, so a record is built at
    /// the instant its segment completes (records never change once complete, docs §6 rule 22).
    ///
    /// Most calls find nothing to do: the look is kept apart from the work, so that it costs a few
    /// instructions where entering the work's function (its frame, its saved registers) cost about
    /// thirty (issue 9, callgrind).
    func settleCompletedContacts() {
        if !monitoring.isEmpty { settleEndedMonitoring() }
        if ledger.hasNews || !finished.waitingCalls.isEmpty { settleCompletedSegments() }
    }

    private func settleCompletedSegments() {
        // The lists are taken out of `finished` while in use (a record's reader may settle again)
        // and put back emptied, so a settle allocates no list of its own.
        var completed = finished.settling
        finished.settling = []
        ledger.takeCompleted(swappingWith: &completed)
        for id in completed {
            guard let contact = contacts[id], contact.completed else { continue }
            let record = record(of: contact)
            finished.completedCount += 1
            if retention.records != 0 {
                finished.records.append((id.serial, record))
                if let limit = retention.records, finished.records.count > limit { finished.records.removeFirst() }
            }
            onRecord?(record)
            emit(.recordCompleted(contact: id))
        }
        // Calls that were waiting are looked at again first, then the calls of the segments just
        // completed, each as it comes: a call two of whose segments completed at once is found
        // dropped the second time. Emptying an empty list still costs a call into the standard
        // library (callgrind): most settles have none waiting.
        if !finished.waitingCalls.isEmpty {
            var waiting = finished.settlingWaiting
            finished.settlingWaiting = []
            Swift.swap(&waiting, &finished.waitingCalls)
            for callId in waiting { settle(callId) }
            waiting.removeAll(keepingCapacity: true)
            finished.settlingWaiting = waiting
        }
        for id in completed { if let callId = contacts[id]?.callId { settle(callId) } }
        completed.removeAll(keepingCapacity: true)
        finished.settling = completed
    }

    /// A call is over once it has ended and none of its segments is open: its segments are
    /// dropped. Segments of a call an agent's Missed banner still points at stay until the agent
    /// clears it; such a call, or one not yet ended, waits to be looked at again.
    private func settle(_ callId: CallID) {
        // Dropped already, or a segment still open.
        guard let call = calls[callId], call.contacts.contains(where: { contacts[$0] != nil }),
              !call.contacts.contains(where: { contacts[$0]?.completed == false }) else { return }
        let shownAsMissed = freeAgents.showingMissed > 0
            && agents.contains { a in a.slot.contactId.map(call.contacts.contains) ?? false }
        if !call.ended || shownAsMissed {
            if !finished.waitingCalls.contains(callId) { finished.waitingCalls.append(callId) }
            return
        }
        dropSegments(of: call)
    }

    /// The call is over: its segments live on as records only; with a bound on ended calls the
    /// oldest ended call goes too, with what its caller and external parties heard.
    private func dropSegments(of call: Call) {
        call.forEachContact { contacts[$0] = nil }
        guard let limit = retention.endedCalls else { return }
        finished.endedCalls.append(call.id)
        while finished.endedCalls.count > limit {
            let oldest = finished.endedCalls.removeFirst()
            guard let gone = calls.removeValue(forKey: oldest) else { continue }
            transcripts.forget(.customer(oldest))
            for leg in gone.legs { transcripts.forget(.external(leg.id)) }
        }
        forgetDroppedCallIds()
    }

    /// Ids of calls no longer kept leave the front of `callOrder` (ids in the order calls were
    /// placed), in batches as `SerialTable` drops its empty slots, so a long run keeps no id of
    /// every call it placed. Whoever reads `callOrder` skips ids whose call is gone, except for its
    /// last id, which always stays (`resolveCaller`, `latestCallId`).
    private func forgetDroppedCallIds() {
        var gone = finished.droppedCallIds
        while gone < callOrder.count - 1, calls[callOrder[gone]] == nil { gone += 1 }
        if gone >= 64, gone * 2 >= callOrder.count {
            callOrder.removeFirst(gone)
            gone = 0
        }
        finished.droppedCallIds = gone
    }
}

/// Ids of segments whose `completed` turned true, for the engine to settle at its next look.
final class CompletionLedger {
    private var completed: [ContactID] = []

    var hasNews: Bool { !completed.isEmpty }

    func contactCompleted(_ id: ContactID) { completed.append(id) }

    /// Hands over the ids noted so far by swapping lists with `spare` (emptied first), so that
    /// neither list has to be made anew.
    func takeCompleted(swappingWith spare: inout [ContactID]) {
        if !spare.isEmpty { spare.removeAll(keepingCapacity: true) }
        swap(&completed, &spare)
    }
}

/// What the engine keeps of completed segments and finished calls.
struct FinishedWork {
    /// Completed records by contact serial, in the order they completed.
    var records: Deque<(serial: Int, record: ContactRecord)> = []
    /// Segments completed so far, kept or not.
    var completedCount = 0
    /// Calls whose segments are all completed but which have not ended, or that an agent's
    /// Missed banner still shows: looked at again each time.
    var waitingCalls: [CallID] = []
    /// Lists `settleCompletedContacts` fills and empties each time, kept for their storage: the
    /// segments completed, and the calls that were waiting.
    var settling: [ContactID] = []
    var settlingWaiting: [CallID] = []
    /// Ended calls still kept, oldest first, when `Retention.endedCalls` bounds them.
    var endedCalls: Deque<CallID> = []
    /// How many ids at the front of `Engine.callOrder` are of calls no longer kept.
    var droppedCallIds = 0
}
