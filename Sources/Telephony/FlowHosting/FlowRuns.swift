/// A run in its call's run list, with its role: a look for the call's runs of one role (hold loops, docs §6
/// rule 19) passes over the others without reading them out of the run table, a retain and a release each
/// (issue 9).
struct CallRun: Equatable {
    let id: RunID
    let role: FlowRole
}

/// Starting, stepping and stopping flow runs: the engine's half of the flow interpreter.
extension Engine {
    @discardableResult
    func startRun(_ flow: String, role: FlowRole, contact: ContactID, listener: Listener) -> RunID {
        let id = RunID(nextRunId)
        nextRunId += 1
        let callId = contacts[contact]?.callId ?? 0
        let listenerAgentAt: Int? = if case .agent(let u) = listener { agentNumber(u) } else { nil }
        let run = runSpares.run(id: id, contactId: contact, callId: callId, role: role, listener: listener,
                                listenerAgentAt: listenerAgentAt, flow: flow,
                                number: flowLookups.number(of: flow, role: role))
        runs[id] = run
        callRuns.update(callId, default: runSpares.list()) { $0.append(CallRun(id: id, role: role)) }
        // Asked first, as building an event only to learn that no one listens costs its strings' reference counting.
        if listens(to: .flowStarted) {
            emit(.flowStarted(FlowRunRef(run: id, flow: flow, role: role, contact: contact)))
            // Whoever heard of the start may have stopped the run.
            guard runs[id] != nil else { return id }
        }
        // The run is still the one stored: stepped as it is, not looked up and retained again (issue 9).
        if Self.isWhisper(role) { run.whisperLimit = .reserved(reserveTimer(after: Self.whisperLimit)) }
        step(run, input: .start)
        return id
    }

    /// Sets the timer that wakes the run at its current token, cancelling the one set for an earlier token:
    /// `wake` would ignore that one (issue 9: stopped hold loops left a stale wake-up each).
    func scheduleWake(_ run: FlowRun, after delay: Millis) {
        if let pending = run.wakeTimer, pending.token != run.token { timers.cancel(pending.handle) }
        keepWhisperLimit(of: run, wakingAt: max(Clock.adding(delay, to: now), now))
        run.wakeTimer = (schedule(after: delay, .flowWakes(run.id, token: run.token)), run.token)
    }

    /// Sets a whisper's reserved 2-minute limit once the run would wait until it or past it (`time`, virtual ms;
    /// nil when nothing will wake the run). While every wake-up comes first, the run moves on before the limit and
    /// the limit stays reserved; set in the turn it took when the whisper started, it cuts the whisper off exactly
    /// as a timer set then would (docs §6 rule 27).
    func keepWhisperLimit(of run: FlowRun, wakingAt time: Millis?) {
        guard case .reserved(let limit)? = run.whisperLimit, time.map({ $0 >= limit.at }) ?? true else { return }
        run.whisperLimit = .set(schedule(limit, .whisperLimit(run.id)))
    }

    /// Stops the runs of a call that match, in start order.
    ///
    /// The call's run list is walked as it stood, and the stopped runs leave it after the walk: taken out one by
    /// one, each removal copied the list the walk still held (issue 9). Meanwhile their ids stay in the list
    /// with no run behind them, which every reader of the list skips.
    func stopRuns(on callId: CallID, where match: (FlowRun) -> Bool) {
        stopRuns(on: callId, role: nil, where: match)
    }

    /// Stops the runs of a call in `role` (any role when nil) that match, in start order.
    func stopRuns(on callId: CallID, role: FlowRole?, where match: (FlowRun) -> Bool) {
        var stopped = false
        if let entries = callRuns[callId] {
            for entry in entries where role == nil || entry.role == role {
                let id = entry.id
                guard let run = runs[id], match(run) else { continue }
                if listens(to: .flowStopped) { emit(.flowStopped(run.ref)) }
                dropRun(id)
                stopped = true
            }
        }
        guard stopped else { return }
        // Compacted in place: `removeAll(where:)` cost twice as much for these few ids.
        let emptied = callRuns.update(callId) { ids in
            var kept = 0
            for i in ids.indices where runs[ids[i].id] != nil {
                ids[kept] = ids[i]
                kept += 1
            }
            while ids.count > kept { ids.removeLast() }
            return kept == 0
        }
        if emptied == true { dropRunList(of: callId) }
    }

    func removeRun(_ id: RunID) {
        guard let callId = dropRun(id) else { return }
        let emptied = callRuns.update(callId) { ids in
            if let i = ids.firstIndex(where: { $0.id == id }) { ids.remove(at: i) }
            return ids.isEmpty
        }
        if emptied == true { dropRunList(of: callId) }
    }

    private func dropRunList(of callId: CallID) {
        if let list = callRuns.removeValue(forKey: callId) { runSpares.keep(list) }
    }

    /// Takes the run out of the run table, its timers with it (one that fired already is no longer set, and
    /// cancelling it does nothing); its id stays in its call's run list. Gives the run's call: the run itself goes
    /// to the spares, moved there, where handing it back as well cost a retain and a release (issue 9).
    @discardableResult
    private func dropRun(_ id: RunID) -> CallID? {
        guard let run = runs.removeValue(forKey: id) else { return nil }
        if let limit = run.whisperLimit { cancel(limit) }
        if let wake = run.wakeTimer { timers.cancel(wake.handle) }
        let callId = run.callId
        runSpares.keep(run)
        return callId
    }

    /// The runs of a call, in start order.
    func runs(onCall callId: CallID) -> [FlowRun] { (callRuns[callId] ?? []).compactMap { runs[$0.id] } }

    /// The party a run plays to right now.
    func party(for listener: Listener) -> PartyKey? {
        switch listener {
        case .customer(let call): return .customer(call)
        case .agent(let u): return .agent(u)
        case .contactSide(let id):
            // The transferring side hears the flow: its agent, unless a flow put that agent on hold
            // while the caller is on (Hold customer or agent, docs §1.5), or the agent has left.
            guard let c = contacts[id], let call = calls[c.callId] else { return nil }
            if let source = c.sourceAgent, let state = call.agentLeg(source)?.state,
               state != .hold || call.customer != .connected {
                return .agent(source)
            }
            return .customer(call.id)
        }
    }

    /// Where the transcript of the party a run plays to right now is kept: an agent's place found by the index the
    /// run or its contact keeps, not by hashing the username (issue 9). The party is not named: a name copies an
    /// agent's username, and only an event reads it.
    func hearingPlace(of run: FlowRun) -> TranscriptBook.Place? {
        switch run.listener {
        case .customer(let call):
            return .customer(call)
        case .agent(let u):
            return run.listenerAgentAt.map { .agent($0) } ?? place(of: .agent(u))
        case .contactSide(let id):
            guard let party = party(for: run.listener) else { return nil }
            // `party(for:)` names the contact's side by its source agent, whose index the contact keeps.
            if case .agent = party, let at = contacts[id]?.sourceAgentAt { return .agent(at) }
            return place(of: party)
        }
    }

    /// What the caller says reaches a flow listening for it (a Lex bot); true if one took it.
    func feedSpeech(_ text: String, from party: PartyKey) -> Bool {
        guard let callId = call(of: party)?.id, let run = runs(onCall: callId).first(where: {
            $0.wait == .speech && self.party(for: $0.listener) == party
        }) else { return false }
        hear(party, .speech, text, from: "you")
        step(run.id, input: .speech(text))
        return true
    }

    /// Digits reach a flow waiting for input from this party; true if one took them.
    func feedDigits(_ digits: String, from party: PartyKey) -> Bool {
        guard let callId = call(of: party)?.id, let run = runs(onCall: callId).first(where: {
            if case .input = $0.wait { return self.party(for: $0.listener) == party }
            return false
        }), let input = run.input else { return false }
        let request = input.request
        var collected = input.collected
        for d in digits {
            let digit = String(d)
            if request.store {
                if digit == "*" && request.cancelKeyEnabled { collected = ""; continue }
                if let t = request.terminator, !t.isEmpty, (collected + digit).hasSuffix(t) {
                    collected = String((collected + digit).dropLast(t.count))
                    step(run.id, input: .digits(collected))
                    return true
                }
                collected += digit
                if collected.count >= request.maxDigits {
                    step(run.id, input: .digits(collected))
                    return true
                }
            } else {
                step(run.id, input: .digits(digit))
                return true
            }
        }
        run.input?.collected = collected
        run.moveOn(to: .input)
        // InputTimeLimitSeconds waits for the first digit; once digits come, each next one is awaited 5 s
        // (admin guide, Store customer input: "waits 5 seconds for each digit … You cannot change this").
        scheduleWake(run, after: collected.isEmpty ? request.timeout : Self.interDigitTimeout)
        return true
    }
}

