/// Starting, stepping and stopping flow runs: the engine's half of the flow interpreter.
extension Engine {
    @discardableResult
    func startRun(_ flow: String, role: FlowRole, contact: ContactID, listener: Listener) -> RunID {
        let id = RunID(nextRunId)
        nextRunId += 1
        let callId = contacts[contact]?.callId ?? 0
        runs[id] = FlowRun(id: id, contactId: contact, callId: callId, role: role, listener: listener,
                           cursor: FlowCursor(flow: flow), token: 0, wait: .none)
        callRuns[callId, default: []].append(id)
        emit(.flowStarted(FlowRunRef(run: id, flow: flow, role: role, contact: contact)))
        if Self.isWhisper(role) { schedule(after: Self.whisperLimit, .whisperLimit(id)) }
        step(id, input: .start)
        return id
    }

    /// Resumes a run with what happened and carries out the step it asks for.
    func step(_ id: RunID, input: FlowInput) {
        guard var run = runs[id] else { return }
        if let reason = chargeInstantWork(on: run.callId) {
            removeRun(id)
            trace(FlowTraceEvent(flow: run.cursor.flow, action: run.cursor.action ?? "", type: "WorkLimit",
                                 branch: nil, note: reason))
            flowEnded(run, .failed(reason))
            return
        }
        let next = flows.run(&run.cursor, input: input, host: RunHost(engine: self, run: id, contactId: run.contactId))
        // The host wrote UpdateFlowAttributes values to the stored run, not to this copy.
        guard let stored = runs[id] else { return }
        run.flowAttributes = stored.flowAttributes
        run.token += 1
        run.wait = .none
        runs[id] = run
        carryOut(next, for: id)
    }

    /// Flow steps one call may take at a single instant (virtual ms) across all its flows and
    /// segments. The interpreter bounds one flow run; this bounds flows that hand the caller to
    /// each other with no time passing (two customer queue flows that move the contact between
    /// their queues), which would otherwise recurse until the stack overflows (issue 8 point 4).
    static let instantFlowStepLimit = 100

    /// Counts a flow step for the call; the reason to stop when the call is over its bound.
    private func chargeInstantWork(on callId: CallID) -> String? {
        if instantWork.at != now { instantWork = (now, [:]) }
        let steps = instantWork.steps[callId, default: 0] + 1
        instantWork.steps[callId] = steps
        guard steps > Self.instantFlowStepLimit else { return nil }
        // Ending this flow breaks the loop; the call's other flows at this instant (the agent
        // whisper once an agent takes the caller) start with a fresh budget.
        instantWork.steps[callId] = 0
        return "this call's flows ran \(Self.instantFlowStepLimit) steps without any time passing (flows that hand the caller to each other in a loop?)"
    }

    /// How long Store customer input waits for each digit after the first (admin guide, Store customer input).
    static let interDigitTimeout: Millis = 5000

    /// Every prompt takes some time, so a flow that loops over prompts always lets time pass.
    static let shortestPrompt: Millis = 100

    private func timed(_ p: Prompt) -> Prompt {
        p.duration >= Self.shortestPrompt ? p : Prompt(text: p.text, kind: p.kind, duration: Self.shortestPrompt)
    }

    private func carryOut(_ next: FlowStep, for id: RunID) {
        guard var run = runs[id] else { return }
        switch next {
        case .play(let prompt):
            let p = timed(prompt)
            deliver(p, of: run, loopLength: nil)
            run.wait = .prompt
            runs[id] = run
            schedule(after: p.duration, .flowWakes(id, token: run.token))
        case .loopPrompts(let prompts, let interrupt):
            let list = prompts.map(timed)
            deliver(list[0], of: run, loopLength: list.count)
            let interruptAt = interrupt.map { Clock.adding($0, to: now) }
            run.wait = .loop(prompts: list, index: 0, interruptAt: interruptAt)
            runs[id] = run
            schedule(after: nextLoopWake(list[0].duration, interruptAt), .flowWakes(id, token: run.token))
        case .getInput(let prompt, let request):
            var delay: Millis = 0
            if let prompt {
                let p = timed(prompt)
                deliver(p, of: run, loopLength: nil)
                delay = p.duration
            }
            run.wait = .input(request: request, collected: "")
            runs[id] = run
            schedule(after: Clock.adding(request.timeout, to: delay), .flowWakes(id, token: run.token))
        case .listen(let prompt, let timeout):
            var delay: Millis = 0
            if let prompt {
                let p = timed(prompt)
                deliver(p, of: run, loopLength: nil)
                delay = p.duration
            }
            run.wait = .speech
            runs[id] = run
            schedule(after: Clock.adding(timeout, to: delay), .flowWakes(id, token: run.token))
        case .transferToThirdParty(let request):
            dialFromFlow(request, run: run)
        case .disconnect:
            removeRun(id)
            emit(.flowDisconnected(run.ref))
            flowDisconnected(run)
        case .end(let end):
            removeRun(id)
            flowEnded(run, end)
        }
    }

    private func nextLoopWake(_ duration: Millis, _ interruptAt: Millis?) -> Millis {
        guard let interruptAt else { return duration }
        return max(0, min(duration, interruptAt - now))
    }

    /// A timer for a run fired: its prompt ended, its loop moves on, its input timed out.
    func wake(_ id: RunID, token: Int) {
        guard var run = runs[id], run.token == token else { return }
        switch run.wait {
        case .prompt:
            step(id, input: .completed)
        case .loop(let prompts, let index, let interruptAt):
            if let interruptAt, now >= interruptAt {
                step(id, input: .interrupted)
                return
            }
            let next = (index + 1) % prompts.count
            deliver(prompts[next], of: run, loopLength: prompts.count)
            run.token += 1
            run.wait = .loop(prompts: prompts, index: next, interruptAt: interruptAt)
            runs[id] = run
            schedule(after: nextLoopWake(prompts[next].duration, interruptAt), .flowWakes(id, token: run.token))
        case .input(_, let collected):
            step(id, input: collected.isEmpty ? .timedOut : .digits(collected))
        case .speech:
            step(id, input: .timedOut)
        case .thirdParty, .none:
            break
        }
    }

    /// Stops the runs of a call that match, in start order.
    func stopRuns(on callId: CallID, where match: (FlowRun) -> Bool) {
        for id in callRuns[callId] ?? [] {
            guard let run = runs[id], match(run) else { continue }
            emit(.flowStopped(run.ref))
            removeRun(id)
        }
    }

    func removeRun(_ id: RunID) {
        guard let run = runs.removeValue(forKey: id) else { return }
        callRuns[run.callId]?.removeAll { $0 == id }
        if callRuns[run.callId]?.isEmpty == true { callRuns[run.callId] = nil }
    }

    /// The runs of a call, in start order.
    func runs(onCall callId: CallID) -> [FlowRun] { (callRuns[callId] ?? []).compactMap { runs[$0] } }

    /// The party a run plays to right now.
    func party(for listener: Listener) -> PartyKey? {
        switch listener {
        case .customer(let call): return .customer(call)
        case .agent(let u): return .agent(u)
        case .contactSide(let id):
            // The transferring side hears the flow: its agent, unless a flow put that agent on hold
            // while the caller is on (Hold customer or agent, docs §1.5), or the agent has left.
            guard let c = contacts[id], let call = calls[c.callId] else { return nil }
            if let source = c.sourceAgent, let leg = call.agentLeg(source),
               leg.state != .hold || call.customer != .connected {
                return .agent(source)
            }
            return .customer(call.id)
        }
    }

    private func deliver(_ prompt: Prompt, of run: FlowRun, loopLength: Int?) {
        guard let party = party(for: run.listener) else { return }
        let kind: TranscriptLine.Kind
        switch (run.role, prompt.kind) {
        case (_, .recording): kind = .recording
        case (.agentWhisper, _), (.customerWhisper, _), (.outboundWhisper, _): kind = .whisper
        default: kind = .prompt
        }
        if let loopLength {
            hearLoop(party, kind, prompt.text, from: run.cursor.flow, loopLength: loopLength)
        } else {
            hear(party, kind, prompt.text, from: run.cursor.flow)
        }
        if kind == .whisper {
            emit(.whisperPlayed(to: party, flow: run.cursor.flow, text: prompt.text))
        } else {
            emit(.promptPlayed(to: party, flow: run.cursor.flow, text: prompt.text, recording: kind == .recording))
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
        }), case .input(let request, var collected) = run.wait else { return false }
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
        var updated = run
        updated.token += 1
        updated.wait = .input(request: request, collected: collected)
        runs[run.id] = updated
        // InputTimeLimitSeconds waits for the first digit; once digits come, each next one is awaited 5 s
        // (admin guide, Store customer input: "waits 5 seconds for each digit … You cannot change this").
        schedule(after: collected.isEmpty ? request.timeout : Self.interDigitTimeout, .flowWakes(run.id, token: updated.token))
        return true
    }
}
