/// The interpreter loop on the engine's side: a run steps (the Flows layer runs its instant actions through a
/// `RunHost`), the engine carries out the step it asks for (play, loop, wait for input, dial, end) and wakes the
/// run when its time has passed.
extension Engine {
    /// Resumes a run with what happened and carries out the step it asks for.
    func step(_ id: RunID, input: FlowInput) {
        guard let run = runs[id] else { return }
        step(run, input: input)
    }

    /// Steps `run`, which the run table holds under its id: a caller that has just found it there passes it on
    /// instead of having it looked up and retained again.
    func step(_ run: FlowRun, input: FlowInput) {
        let id = run.id
        if let reason = chargeInstantWork(on: run.callId) {
            removeRun(id)
            trace(FlowTraceEvent(flow: run.flow, action: run.action ?? "", type: "WorkLimit",
                                 branch: nil, note: reason))
            flowEnded(run, .failed(reason))
            return
        }
        // The interpreter moves the cursor; the run still names the action it waited on while it steps when flow
        // actions are read (observeAction tells the resumed action from a new one by it).
        var cursor = run.takeCursor(keepingAction: readsFlowActions)
        let next = flows.run(&cursor, input: input, host: RunHost(engine: self, run: id, contactId: run.contactId))
        // A step can end the call and with it the run.
        guard runs[id] != nil else { return }
        if case .start = input, let hint = cursor.resumeHint { flowLookups.note(cursor.flow, number: hint.flow, role: run.role) }
        run.giveBack(consume cursor)
        run.moveOn(to: .none)
        carryOut(next, for: run)
    }

    /// Flow steps one call may take at a single instant (virtual ms) across all its flows and
    /// segments. The interpreter bounds one flow run; this bounds flows that hand the caller to
    /// each other with no time passing (two customer queue flows that move the contact between
    /// their queues), which would otherwise recurse until the stack overflows (issue 8 point 4).
    static let instantFlowStepLimit = 100

    /// Counts a flow step for the call; the reason to stop when the call is over its bound.
    private func chargeInstantWork(on callId: CallID) -> String? {
        let steps: Int
        if let call = calls[callId] {
            steps = call.chargeInstantStep(at: now)
        } else {
            if instantWorkWithoutCall.at != now { instantWorkWithoutCall = (now, [:]) }
            steps = instantWorkWithoutCall.steps[callId, default: 0] + 1
            instantWorkWithoutCall.steps[callId] = steps
        }
        guard steps > Self.instantFlowStepLimit else { return nil }
        // Ending this flow breaks the loop; the call's other flows at this instant (the agent
        // whisper once an agent takes the caller) start with a fresh budget.
        if let call = calls[callId] { call.resetInstantSteps() } else { instantWorkWithoutCall.steps[callId] = 0 }
        return "this call's flows ran \(Self.instantFlowStepLimit) steps without any time passing (flows that hand the caller to each other in a loop?)"
    }

    /// How long Store customer input waits for each digit after the first (admin guide, Store customer input).
    static let interDigitTimeout: Millis = 5000

    /// Every prompt takes some time, so a flow that loops over prompts always lets time pass.
    static let shortestPrompt: Millis = 100

    private func timed(_ p: Prompt) -> Prompt {
        p.duration >= Self.shortestPrompt ? p : Prompt(text: p.text, kind: p.kind, duration: Self.shortestPrompt)
    }

    // The step is consumed: each case takes its payload, which is destroyed where the case ends instead of the
    // whole step through its value witness after the switch.
    private func carryOut(_ next: consuming FlowStep, for run: FlowRun) {
        let id = run.id
        switch consume next {
        case .play(let prompt):
            let p = timed(prompt)
            deliver(p, of: run, loopLength: nil)
            run.wait = .prompt
            scheduleWake(run, after: p.duration)
        case .loopPrompts(let prompts, let interrupt):
            // Prompts mostly last long enough already: the list is kept as it came, not copied.
            let list = prompts.allSatisfy { $0.duration >= Self.shortestPrompt } ? prompts : prompts.map(timed)
            deliver(list[0], of: run, loopLength: list.count)
            let interruptAt = interrupt.map { Clock.adding($0, to: now) }
            run.waitLooping(list, interruptAt: interruptAt)
            scheduleWake(run, after: nextLoopWake(list[0].duration, interruptAt))
        case .getInput(let prompt, let request):
            var delay: Millis = 0
            if let prompt {
                let p = timed(prompt)
                deliver(p, of: run, loopLength: nil)
                delay = p.duration
            }
            run.waitForInput(request, collected: "")
            scheduleWake(run, after: Clock.adding(request.timeout, to: delay))
        case .listen(let prompt, let timeout):
            var delay: Millis = 0
            if let prompt {
                let p = timed(prompt)
                deliver(p, of: run, loopLength: nil)
                delay = p.duration
            }
            run.wait = .speech
            scheduleWake(run, after: Clock.adding(timeout, to: delay))
        case .pause(let duration):
            // Woken like a prompt that ended: resumed with `.completed`, nothing heard meanwhile.
            run.wait = .prompt
            scheduleWake(run, after: duration)
        case .transferToThirdParty(let request):
            // The run waits for the third party with no wake-up of its own: a whisper's limit must be set now.
            keepWhisperLimit(of: run, wakingAt: nil)
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
        guard let run = runs[id], run.token == token else { return }
        switch run.wait {
        case .prompt:
            step(run, input: .completed)
        case .loop:
            let interruptAt = run.loop.interruptAt
            if let interruptAt, now >= interruptAt {
                step(run, input: .interrupted)
                return
            }
            let prompts = run.loop.prompts
            let next = (run.loop.index + 1) % prompts.count
            deliver(prompts[next], of: run, loopLength: prompts.count)
            run.loop.index = next
            run.moveOn(to: .loop)
            scheduleWake(run, after: nextLoopWake(prompts[next].duration, interruptAt))
        case .input:
            let collected = run.input?.collected ?? ""
            step(run, input: collected.isEmpty ? .timedOut : .digits(collected))
        case .speech:
            step(run, input: .timedOut)
        case .thirdParty, .none:
            break
        }
    }

    private func deliver(_ prompt: Prompt, of run: FlowRun, loopLength: Int?) {
        guard let place = hearingPlace(of: run) else { return }
        let kind: TranscriptLine.Kind
        switch (run.role, prompt.kind) {
        case (_, .recording): kind = .recording
        case (.agentWhisper, _), (.customerWhisper, _), (.outboundWhisper, _): kind = .whisper
        default: kind = .prompt
        }
        if let loopLength {
            hearLoop(at: place, kind, prompt.text, from: run.flow, loopLength: loopLength)
        } else {
            hear(at: place, kind, .text(prompt.text), from: run.flow)
        }
        // Asked first: `emit` builds an event to learn its name, and building this one and dropping it cost about
        // 250 instructions a prompt where no one listens (issue 9).
        guard listens(to: .prompt), let party = party(for: run.listener) else { return }
        if kind == .whisper {
            emit(.whisperPlayed(to: party, flow: run.flow, text: prompt.text))
        } else {
            emit(.promptPlayed(to: party, flow: run.flow, text: prompt.text, recording: kind == .recording))
        }
    }
}
