/// Ended runs and emptied call run lists, kept for the runs that start next (issue 9: allocating and freeing a
/// `FlowRun` and a call's run list for every run was about two thousand instructions per contact).
struct FlowRunSpares {
    private var runs: [FlowRun] = []
    private var lists: [[CallRun]] = []
    /// Enough for the runs that end together (a call's flows when it ends); beyond it, runs are freed as before.
    private static let kept = 8

    /// A run at the start of `flow`: an ended one made new when one is kept and nothing else still refers to it
    /// (a caller that ended it may still hold it), preferably one that ran in `role`, else a new one.
    ///
    /// A kept run that is still held stays kept for a later run: the run that ends a flow is mostly still held by
    /// the step that ended it when the next flow starts, and dropping it freed about two runs a contact (issue 9).
    mutating func run(id: RunID, contactId: ContactID, callId: CallID, role: FlowRole, listener: Listener,
                      listenerAgentAt: Int?, flow: String, number: Int?) -> FlowRun {
        // A spare that ran the same flow keeps its flow name where the run and its cursor hold it: one that ran
        // another flow stored the new name twice, a retain and a release each time (issue 9). Runs of a role mostly
        // run one flow, and roles compare for much less than names.
        var free: Int?
        for i in runs.indices.reversed() where runs[i].role == role && isKnownUniquelyReferenced(&runs[i]) {
            free = i
            break
        }
        if free == nil {
            for i in runs.indices.reversed() where isKnownUniquelyReferenced(&runs[i]) {
                free = i
                break
            }
        }
        if let free {
            // Removed where it stands: the few runs after it move down with no reference counting, where swapping
            // it to the end retained and released both (issue 9).
            let run = runs.remove(at: free)
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
    mutating func list() -> [CallRun] {
        if let list = lists.popLast() { return list }
        var ids: [CallRun] = []
        ids.reserveCapacity(4)
        return ids
    }

    /// Keeps an emptied list, its storage with it.
    mutating func keep(_ list: consuming [CallRun]) {
        guard lists.count < Self.kept, list.isEmpty else { return }
        lists.append(list)
    }
}
