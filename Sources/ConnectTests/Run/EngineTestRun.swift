import Flows
import Telephony

/// One test case run on its own engine on virtual time: the customer's call placed at the entry point, the
/// engine's prompts and flow actions turned into observed events, overrides applied as the flows use their
/// resources, and the customer's instructions carried out between engine steps.
public final class EngineTestRun: FlowActionInterceptor, TestRunContext {
    /// A run not ended by EndTest fails after 5 minutes of execution time (§1 rule 7), here virtual.
    public static let timeLimit: Millis = 300_000

    public let engine: Engine
    private let runner: ObservationRunner
    private let entry: TestEntry
    /// The flows the engine runs, to read a Lex action's bot from its parameters.
    private let library: FlowLibrary
    private var callId: CallID?
    /// The values the test reads, as they were when the call ended (the engine then keeps only records).
    private var atCallEnd: [String: String]?
    private let paths: Set<String>
    private let initialData: InitialContactData?
    private var started: Millis = 0
    /// The `DelaySeconds` of the override just handed to the engine, until the flow asks how long its answer takes.
    private var responseDelay: Millis = 0
    /// A completion whose answer is delayed: observed when the flow takes the answer, not when it was asked for.
    private var heldCompletion: ObservedEvent?

    /// `engine` is fresh and used by this run alone; `onEvent` and `onTrace` may already be set (they keep
    /// receiving everything).
    public init(testCase: TestCase, engine: Engine, library: FlowLibrary, entry: TestEntry) {
        self.engine = engine
        self.runner = ObservationRunner(testCase: testCase)
        self.entry = entry
        self.library = library
        paths = testCase.referencedPaths
        initialData = testCase.api?.initialData
    }

    public func run() -> TestCaseResult {
        started = engine.now
        engine.flowActionInterceptor = self
        let forward = engine.onEvent
        engine.onEvent = { [unowned self] event in
            forward?(event)
            self.engineEvent(event)
        }
        engine.eventNames = nil
        defer {
            engine.flowActionInterceptor = nil
            engine.onEvent = forward
        }
        runner.receive(.testInitiated, at: 0, context: self)
        carryOutInstructions()
        if !runner.stopped {
            if let refusal = engine.perform(.call(from: entry.from, to: entry.to)) {
                return runner.finish(at: elapsed, ending: .failure, context: self).failing("the call could not be placed: \(refusal.reason)")
            }
            carryOutInstructions()
        }
        let deadline = started + Self.timeLimit
        var ending = RunEnding.timeLimit(Self.timeLimit)
        while !runner.stopped {
            guard let next = engine.nextEventTime, next <= deadline else {
                engine.advance(to: deadline)
                break
            }
            engine.advance(to: next)
            carryOutInstructions()
        }
        if runner.stopped { ending = runner.endedByEndTest ? .endTest : .failure }
        return runner.finish(at: elapsed, ending: ending, context: self)
    }

    private var elapsed: Millis { engine.now - started }

    /// Also after EndTest: the instructions of the observation that ended the run came before it.
    private func carryOutInstructions() {
        while !runner.hasFailed {
            let pending = runner.takeInstructions()
            if pending.isEmpty { return }
            for p in pending where !runner.hasFailed {
                let caller = callId.flatMap { engine.isCallerConnected($0) ? $0 : nil }
                guard caller != nil else {
                    runner.refused(p, reason: callId == nil ? "no call has been placed yet" : "the customer is no longer on the call", at: elapsed)
                    return
                }
                let command: WorldCommand
                switch p.instruction {
                case .dtmfInput(let keys): command = .customerPresses(customer: entry.from, digits: keys)
                case .textUtterance(let text, let ssml, _):
                    command = .customerSays(customer: entry.from, text: text ?? MessageMatching.words(ssml ?? "").joined(separator: " "))
                case .disconnect: command = .customerHangsUp(customer: entry.from)
                }
                if let refusal = engine.perform(command) {
                    runner.refused(p, reason: refusal.reason, at: elapsed)
                }
            }
        }
    }

    /// The caller's call, what it hears, and the start of a Lex bot action (the bot is read from the action's
    /// parameters; the other observable actions are seen where they use their resource).
    private func engineEvent(_ event: EngineEvent) {
        switch event.kind {
        case .inboundCall(let call, let from, _, let contact) where callId == nil && from == entry.from:
            callId = call
            // The contact is new and its flow has not stepped yet: InitializationData is there from the start.
            if let data = initialData {
                engine.setInitialData(of: contact, attributes: data.attributes, segmentAttributes: data.segmentAttributes)
            }
        case .callEnded(let call, _) where call == callId:
            var values: [String: String] = [:]
            for path in paths { values[path] = value(of: path) }
            atCallEnd = values
        case .promptPlayed(let to, _, let text, _):
            guard let callId, to == .customer(callId) else { return }
            runner.receive(.message(text: text, promptId: nil), at: elapsed, context: self)
        case .flowActionStarted(let ref) where ref.actionType == "ConnectParticipantWithLexBot":
            guard let callId, engine.contactIds(ofCall: callId).contains(ref.run.contact) else { return }
            let action = library.flow(named: ref.flow)?.actions.first { $0.identifier == ref.action }
            let bot = action?.parameter("LexV2Bot")?["AliasArn"]?.scalarText ?? action?.parameter("LexBot")?["Name"]?.scalarText ?? ""
            runner.receive(.flowActionStarted(actionType: ref.actionType, resource: bot), at: elapsed, context: self)
        default:
            return
        }
    }

    // MARK: FlowActionInterceptor

    /// A Lex bot's start was observed when its action began; here its words reach it and only an override applies.
    public func starting(_ use: FlowResourceUse, contact: ContactID) -> FlowResourceOverride? {
        let (type, resource) = use.observed
        if case .lexBot = use {} else {
            runner.receive(.flowActionStarted(actionType: type, resource: resource), at: elapsed, context: self)
        }
        let override = runner.takeOverride(actionType: type, resource: resource)
        responseDelay = override?.delay ?? 0
        return override?.engineOverride(actionType: type)
    }

    public func completed(_ use: FlowResourceUse, contact: ContactID, results: [FlowResultValue]) {
        let (type, resource) = use.observed
        let event = ObservedEvent.flowActionCompleted(actionType: type, resource: resource, results: results)
        if responseDelay > 0 { heldCompletion = event } else { runner.receive(event, at: elapsed, context: self) }
    }

    /// A mocked `DelaySeconds` holds the flow this long (§2.4): virtual time passes, timeouts and the 5-minute
    /// limit count it, and the completion is observed when the answer arrives.
    public func takeResponseDelay(contact: ContactID) -> Millis {
        defer { responseDelay = 0 }
        return responseDelay
    }

    public func responseArrived(contact: ContactID, completed: Bool) {
        if completed, let event = heldCompletion { runner.receive(event, at: elapsed, context: self) }
        heldCompletion = nil
    }

    // MARK: TestRunContext

    public func value(of path: String) -> String? {
        if let callId, let contact = engine.contactIds(ofCall: callId).last, let live = engine.value(of: path, forContact: contact) {
            return live
        }
        return atCallEnd?[path]
    }

    /// By id, or by the last path segment of an ARN, as flows name prompts.
    public func promptText(_ id: String) -> String? {
        let prompts = engine.config.prompts
        return (prompts[id] ?? id.split(separator: "/").last.flatMap { prompts[String($0)] })?.text
    }
}

extension TestCaseResult {
    func failing(_ reason: String) -> TestCaseResult {
        var copy = self
        copy.status = .failed
        copy.failure = reason
        return copy
    }
}
