/// Ended runs and emptied call run lists, kept for the runs that start next (issue 9: allocating and freeing a
/// `FlowRun` and a call's run list for every run was about two thousand instructions per contact).
struct FlowRunSpares {
    private var runs: [FlowRun] = []
    private var lists: [[RunID]] = []
    /// Enough for the runs that end together (a call's flows when it ends); beyond it, runs are freed as before.
    private static let kept = 8

    /// A run at the start of `flow`: an ended one made new when one is kept and nothing else still refers to it
    /// (a caller that ended it may still hold it), else a new one.
    ///
    /// A kept run that is still held stays kept for a later run: the run that ends a flow is mostly still held by
    /// the step that ended it when the next flow starts, and dropping it freed about two runs a contact (issue 9).
    mutating func run(id: RunID, contactId: ContactID, callId: CallID, role: FlowRole, listener: Listener,
                      listenerAgentAt: Int?, flow: String, number: Int?) -> FlowRun {
        for i in runs.indices.reversed() where isKnownUniquelyReferenced(&runs[i]) {
            // Removed where it stands: the few runs after it move down with no reference counting, where swapping
            // it to the end retained and released both (issue 9).
            let run = runs.remove(at: i)
            run.restart(id: id, contactId: contactId, callId: callId, role: role, listener: listener,
                        listenerAgentAt: listenerAgentAt, flow: flow, number: number)
            return run
        }
        return FlowRun(id: id, contactId: contactId, callId: callId, role: role, listener: listener,
                       listenerAgentAt: listenerAgentAt, flow: flow, number: number)
    }

    mutating func keep(_ run: consuming FlowRun) {
        if runs.count < Self.kept { runs.append(run) }
    }

    /// An empty run list with room for the runs a call has at once (its flow, whispers, hold loops), so that
    /// adding one seldom grows the list.
    mutating func list() -> [RunID] {
        if let list = lists.popLast() { return list }
        var ids: [RunID] = []
        ids.reserveCapacity(4)
        return ids
    }

    /// Keeps an emptied list, its storage with it.
    mutating func keep(_ list: consuming [RunID]) {
        guard lists.count < Self.kept, list.isEmpty else { return }
        lists.append(list)
    }
}
