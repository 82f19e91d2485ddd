import Telephony

/// The flows a scenario knows, by name, and the interpreter that runs them for the engine.
///
/// Flows are numbered as they are added; a run's cursor keeps the number of its flow and the
/// position of its waiting action (`FlowCursor.resumeHint`), so resuming a run looks up no names.
public struct FlowLibrary: FlowRuntime {
    private var slots: [CompiledFlow] = []
    private var numbers: [String: Int] = [:]

    public init(_ documents: [FlowDocument]) {
        for d in documents { add(d) }
    }

    /// A later flow with the same name replaces the earlier one (a scenario overriding a default).
    public mutating func add(_ document: FlowDocument) {
        if let n = numbers[document.name] {
            slots[n] = CompiledFlow(document)
        } else {
            numbers[document.name] = slots.count
            slots.append(CompiledFlow(document))
        }
    }

    private func compiled(_ name: String) -> CompiledFlow? { numbers[name].map { slots[$0] } }

    public var flows: [String: FlowDocument] { numbers.mapValues { slots[$0].document } }

    public func flow(named name: String) -> FlowDocument? { compiled(name)?.document }

    public func hasFlow(_ name: String) -> Bool { compiled(name) != nil }

    /// A flow reference as flows write it: a name, or an ARN/ID whose last path component is a name. Modules are
    /// not flows: TransferToFlow cannot name one.
    public func resolve(_ reference: String) -> String? {
        find(reference) { !$0.document.isModule }
    }

    /// A flow module by name, ARN or id (InvokeFlowModule's FlowModuleId).
    public func resolveModule(_ reference: String) -> String? {
        find(reference) { $0.document.isModule }
    }

    private func find(_ reference: String, _ accept: (CompiledFlow) -> Bool) -> String? {
        if let f = compiled(reference), accept(f) { return reference }
        if let last = reference.split(separator: "/").last.map(String.init), let f = compiled(last), accept(f) { return last }
        return nil
    }

    /// Instant actions are bounded so that a flow that loops without ever waiting cannot hang the engine.
    static let instantStepLimit = 1000

    public func run(_ cursor: inout FlowCursor, input: FlowInput, host: any FlowHost) -> FlowStep {
        // The flow is kept by its number and read where it is used: a reference held for the whole run cost a
        // retain and a release at every run (issue 9, callgrind).
        var number: Int
        if let hint = cursor.resumeHint, slots.indices.contains(hint.flow), slots[hint.flow].name == cursor.flow {
            number = hint.flow
        } else {
            guard let found = numbers[cursor.flow] else { return Self.failed(noFlow: cursor.flow) }
            number = found
        }
        let tracing = host.isTracing
        var next: CompiledAction.Target?
        if case .start = input {
            next = slots[number].start
        } else {
            guard let position = slots[number].waitingPosition(cursor) else {
                return Self.failed(nothingWaitsIn: slots[number])
            }
            switch borrowing(number, position, { flow, resumed in
                Self.resume(resumed, in: flow, input: input, cursor: &cursor, host: host, tracing: tracing)
            }) {
            case .to(let target): next = target
            case .stop(let step): return step
            }
        }
        var steps = 0
        while let target = next {
            steps += 1
            guard steps <= Self.instantStepLimit else { return Self.failed(neverWaits: slots[number]) }
            guard case .at(let position) = target else { return Self.failed(slots[number], hasNo: target) }
            switch borrowing(number, position, { flow, action in
                take(action, at: position, in: flow, number: &number, cursor: &cursor, host: host, tracing: tracing)
            }) {
            case .to(let target): next = target
            case .stop(let step): return step
            }
        }
        return .end(.finished)
    }

    /// Where a run goes after an action: on to another action, or out of the interpreter with a step.
    private enum Move {
        case to(CompiledAction.Target)
        case stop(FlowStep)

        init(_ transition: Transitions.Next) {
            switch transition {
            case .action(let target): self = .to(target)
            case .end: self = .stop(.end(.finished))
            case .stuck(let why): self = .stop(.end(.failed(why)))
            }
        }
    }

    /// `body` with flow `number` and its action at `position`, neither retained. The library's flows and their
    /// actions are constants that `self` holds for the whole of `run`, so they outlive `body`; held as ordinary
    /// references, each action a run takes was retained and released (two atomic operations, about 45 a contact:
    /// issue 9, callgrind). Callers switch on the result where it is made: bound to a local first, the step inside was
    /// copied through its value witness and the local destroyed (about 1,400 instructions a contact).
    private func borrowing(_ number: Int, _ position: Int, _ body: (CompiledFlow, CompiledAction) -> Move) -> Move {
        Unmanaged.passUnretained(slots[number])._withUnsafeGuaranteedRef { flow in
            Unmanaged.passUnretained(flow.action(at: position))._withUnsafeGuaranteedRef { action in body(flow, action) }
        }
    }

    /// The waiting action's outcome, now that `input` has come (or the mocked delay of an answer has passed).
    private static func resume(_ resumed: CompiledAction, in flow: CompiledFlow, input: FlowInput,
                               cursor: inout FlowCursor, host: any FlowHost, tracing: Bool) -> Move {
        let outcome: ActionOutcome
        if let delayed = cursor.delayedOutcome {
            cursor.delayedOutcome = nil
            if case .error = delayed { host.responseArrived(completed: false) } else { host.responseArrived(completed: true) }
            outcome = delayed
        } else if case .completed = input {
            outcome = .success()
        } else {
            outcome = ActionExecutor.outcome(of: resumed.action, resumedWith: input, cursor: &cursor, host: host)
            // A Lex bot answers the caller's words; a mocked DelaySeconds holds its answer back.
            if case .speech = input, case let delay = host.takeResponseDelay(), delay > 0 {
                cursor.delayedOutcome = outcome
                if tracing { trace(flow, resumed, branch: nil, note: waitsForAnswer(delay, outcome), host) }
                return .stop(.pause(delay))
            }
        }
        let transition = Transitions.next(after: resumed, outcome: outcome)
        if tracing { trace(flow, resumed, outcome, transition, host) }
        return Move(transition)
    }

    /// Runs `action`, the one at `position` of `flow` (numbered `number`), and says where the run goes next.
    private func take(_ action: CompiledAction, at position: Int, in flow: CompiledFlow, number: inout Int,
                      cursor: inout FlowCursor, host: any FlowHost, tracing: Bool) -> Move {
        switch ActionExecutor.execute(action, cursor: &cursor, host: host, library: self) {
        case .wait(let step):
            Self.waits(&cursor, at: action, number: number, position: position)
            if tracing { Self.trace(flow, action, branch: nil, host) }
            return .stop(step)
        case .finish(let step):
            if tracing { Self.trace(flow, action, branch: "End", host) }
            return .stop(step)
        case .jump(let name):
            if tracing { Self.trace(flow, action, branch: "Success", note: "to flow \(name)", host) }
            guard let other = numbers[name] else { return .stop(Self.failed(noFlow: name)) }
            number = other
            cursor = FlowCursor(flow: name)
            return .to(slots[other].start)
        case .invokeModule(let name):
            if tracing { Self.trace(flow, action, branch: nil, note: "runs module \(name)", host) }
            guard let module = numbers[name] else { return .stop(Self.failed(noFlow: name)) }
            cursor.returns.append(FlowReturn(flow: flow.name, action: action.action.identifier))
            number = module
            cursor.flow = name
            return .to(slots[module].start)
        case .returnFromModule:
            guard let back = cursor.returns.popLast(), let found = numbers[back.flow],
                  let invoke = slots[found].action(back.action) else {
                if tracing { Self.trace(flow, action, branch: "End", note: "not inside a module", host) }
                return .stop(.end(.finished))
            }
            let caller = slots[found]
            if tracing { Self.trace(flow, action, branch: "End", note: "back to flow \(caller.name)", host) }
            number = found
            cursor.flow = caller.name
            let transition = Transitions.next(after: invoke, outcome: .success())
            if tracing { Self.trace(caller, invoke, .success(note: "module finished"), transition, host) }
            return Move(transition)
        case .outcomeAfter(let outcome, let delay):
            Self.waits(&cursor, at: action, number: number, position: position)
            cursor.delayedOutcome = outcome
            if tracing { Self.trace(flow, action, branch: nil, note: Self.waitsForAnswer(delay, outcome), host) }
            return .stop(.pause(delay))
        case .outcome(let outcome):
            let transition = Transitions.next(after: action, outcome: outcome)
            if tracing { Self.trace(flow, action, outcome, transition, host) }
            return Move(transition)
        }
    }

    /// The cursor names the action the run waits on only when the run stops there: written at every action, the
    /// identifier was retained and the one before it released each time (issue 9). A run that ends keeps naming the
    /// action it last waited on, which no one reads.
    private static func waits(_ cursor: inout FlowCursor, at action: CompiledAction, number: Int, position: Int) {
        cursor.action = action.action.identifier
        cursor.resumeHint = (number, position)
    }

    // Failures and traces are built out of line: they are rare, or read by no one in most runs, and
    // the hot loop stays small.

    @inline(never)
    private static func waitsForAnswer(_ delay: Millis, _ outcome: ActionOutcome) -> String {
        // A pause that ends in an error says why (a time limit shorter than the mocked delay), not the pause alone.
        if case .error = outcome, let note = outcome.note { return note }
        return "its answer takes \(Double(delay) / 1000) s (a mocked DelaySeconds)"
    }

    @inline(never)
    private static func failed(noFlow name: String) -> FlowStep { .end(.failed("no flow named \(name)")) }

    @inline(never)
    private static func failed(nothingWaitsIn flow: CompiledFlow) -> FlowStep {
        .end(.failed("flow \(flow.name) resumed with no action waiting"))
    }

    @inline(never)
    private static func failed(neverWaits flow: CompiledFlow) -> FlowStep {
        .end(.failed("flow \(flow.name) ran \(instantStepLimit) actions without waiting"))
    }

    @inline(never)
    private static func failed(_ flow: CompiledFlow, hasNo target: CompiledAction.Target) -> FlowStep {
        .end(.failed("flow \(flow.name) has no action \(flow.identifier(of: target))"))
    }

    @inline(never)
    private static func trace(_ flow: CompiledFlow, _ action: CompiledAction, _ outcome: ActionOutcome,
                              _ transition: Transitions.Next, _ host: any FlowHost) {
        host.trace(FlowTraceEvent(flow: flow.name, action: action.action.identifier, type: action.action.type,
                                  branch: outcome.branchName, next: transition.target(in: flow), note: outcome.note))
    }

    @inline(never)
    private static func trace(_ flow: CompiledFlow, _ action: CompiledAction, branch: String?, note: String? = nil,
                              _ host: any FlowHost) {
        host.trace(FlowTraceEvent(flow: flow.name, action: action.action.identifier, type: action.action.type,
                                  branch: branch, note: note))
    }
}
