import Telephony

/// What an observation's checks read from the run: the test contact's values and the scenario's prompts.
public protocol TestRunContext: AnyObject {
    /// A value by JSONPath for the test's contact (`$.Attributes.x`, `$.Queue.Name`, `$.ContactId`…); nil
    /// when it does not resolve.
    func value(of path: String) -> String?
    /// The text of a recorded prompt by id or ARN; nil when the scenario has none.
    func promptText(_ id: String) -> String?
}

/// A customer instruction an observation asked for, carried out by the runner once the engine has finished
/// the step in which the event happened (the customer reacts to what it heard, never inside the flow).
public struct PendingInstruction: Sendable, Equatable {
    public var observationId: String
    public var instruction: Instruction
}

/// Why a run ended.
public enum RunEnding: Sendable, Equatable {
    /// An EndTest action ran.
    case endTest
    /// The 5-minute limit of virtual time passed (§1 rules 5 and 7).
    case timeLimit(Millis)
    /// A check failed or an instruction could not be carried out.
    case failure
}

/// The execution rules of a test case over abstract events (docs/connect-testing-language.md §1):
/// - the observations no `NextObservations` names start active (rule 2) and, being open, match whenever
///   their event occurs (rule 4); the others become active when the observation naming them has passed (rule 3);
/// - a match runs the observation's actions in order (overrides queued, checks evaluated, log values read,
///   customer instructions handed to the runner, EndTest stopping the run once the instructions before it
///   are carried out);
/// - `Usage` counts matches: `EXACTLY`/`Exactly` n (default 1) stays active until the n-th match and must reach
///   it; `AtLeast` n stays active for ever and must reach n; `AtMost` n stays active and fails on its
///   (n + 1)-th match; `Always` and `ANY` stay active and need none. The successors become active once the count
///   that must be reached is reached (the first match for the last three);
/// - a failing check stops the run and reports attribute, expected, actual and operator (rule 6);
/// - the run passes only when EndTest ran, no check failed and every observation reached its count (rules 1, 7).
public final class ObservationRunner {
    public let testCase: TestCase
    /// Set once the run stops taking events: EndTest ran or something failed.
    public private(set) var stopped = false
    public private(set) var overrides = OverrideQueues()
    private var instructions: [PendingInstruction] = []

    private var active: Set<String>
    private var matches: [String: Int] = [:]
    private var records: [String: ObservationRecord] = [:]
    private var executionOrder: [String] = []
    private var logs: [LoggedValue] = []
    /// `$.External.*` after a Lambda completion matched; `$.Lex.*` after a Lex one (latest wins, §1).
    private var external: [String: String] = [:]
    private var lex: [String: String] = [:]
    public private(set) var endedByEndTest = false
    private var failure: String?
    private var failingObservation: String?

    /// Whether a check failed or an instruction was refused: nothing more runs, not even pending instructions.
    public var hasFailed: Bool { failure != nil }

    public init(testCase: TestCase) {
        self.testCase = testCase
        active = Set(testCase.startingObservations.map(\.identifier))
    }

    /// An event at `at` (virtual ms since the run began): every active observation it matches runs, in
    /// document order. Successors activated by one of them wait for the next event.
    public func receive(_ event: ObservedEvent, at: Millis, context: any TestRunContext) {
        guard !stopped else { return }
        let matching = testCase.observations.filter { active.contains($0.identifier) && matches($0.event, event, context: context) }
        for observation in matching where !stopped {
            run(observation, on: event, at: at, context: context)
        }
    }

    /// The customer instructions asked for since the last call, in order.
    public func takeInstructions() -> [PendingInstruction] {
        defer { instructions = [] }
        return instructions
    }

    /// An instruction the engine refused (no caller on the line): the observation fails and the run stops.
    public func refused(_ pending: PendingInstruction, reason: String, at: Millis) {
        guard var record = records[pending.observationId] else { return }
        record.status = .failed
        record.at = at
        record.actions.append("could not \(Self.describe(pending.instruction)): \(reason)")
        records[pending.observationId] = record
        fail(pending.observationId, "\(pending.observationId): could not \(Self.describe(pending.instruction)): \(reason)")
    }

    /// The override waiting for this use of a resource, consumed (single use, oldest first).
    public func takeOverride(actionType: String, resource: String) -> Override.Strategy? {
        overrides.take(actionType: actionType, resource: resource)
    }

    /// Ends the run: delivers TestCompleted (unless a failure stopped it) and judges every observation.
    public func finish(at: Millis, ending: RunEnding, context: any TestRunContext) -> TestCaseResult {
        if case .failure = ending {} else if failure == nil {
            stopped = false
            receive(.testCompleted, at: at, context: context)
            stopped = true
        }
        stopped = true
        var unmet: [String] = []
        var late: [ObservationRecord] = []
        for observation in testCase.observations {
            let id = observation.identifier
            let count = matches[id, default: 0]
            guard !reached(observation.usage, count) else {
                if records[id] == nil {
                    late.append(ObservationRecord(observationId: id, status: .passed, at: at, expected: Self.describe(observation.event),
                                                  happened: "did not occur, which Usage \(Self.describe(observation.usage)) allows",
                                                  matches: 0, actions: []))
                }
                continue
            }
            guard records[id]?.status != .failed else { continue }
            let happened: String
            if active.contains(id) {
                let why: String
                switch ending {
                case .endTest: why = "EndTest ended the run"
                case .timeLimit(let limit): why = "the run timed out after \(Self.duration(limit)) of virtual time"
                case .failure: why = "the run stopped at a failure"
                }
                happened = count == 0 ? "never happened: still waiting when \(why)" : "happened \(count) of \(Self.describe(observation.usage)) times before \(why)"
            } else {
                let before = testCase.observations.filter { $0.nextObservations.contains(id) }.map(\.identifier)
                happened = "never became active: it follows \(before.joined(separator: " or ")), which did not pass"
            }
            unmet.append(id)
            if var record = records[id] {
                record.status = .failed
                record.happened += "; \(happened)"
                records[id] = record
            } else {
                late.append(ObservationRecord(observationId: id, status: .failed, at: at, expected: Self.describe(observation.event),
                                              happened: happened, matches: count, actions: []))
            }
        }
        if failure == nil {
            if case .timeLimit(let limit) = ending {
                // Every observation matched but none ended the test: the last one to run is where an EndTest belongs.
                failingObservation = unmet.first ?? executionOrder.last
                failure = "no EndTest ran: the run timed out after \(Self.duration(limit)) of virtual time"
                    + (unmet.isEmpty ? "" : ", waiting for \(unmet.joined(separator: ", "))")
            } else if !unmet.isEmpty {
                failingObservation = unmet.first
                failure = "\(unmet.joined(separator: ", ")) did not happen as required before EndTest ended the run"
            }
        }
        let ordered = executionOrder.compactMap { records[$0] } + late
        return TestCaseResult(status: failure == nil && endedByEndTest ? .passed : .failed, duration: at,
                              failure: failure, failingObservation: failingObservation,
                              failureLine: failingObservation.flatMap { testCase.lines[$0] }, records: ordered, logs: logs)
    }

    // MARK: matching

    private func matches(_ expected: Event, _ event: ObservedEvent, context: any TestRunContext) -> Bool {
        switch (expected.kind, event) {
        case (.testInitiated, .testInitiated), (.testCompleted, .testCompleted):
            return true
        case (.messageReceived(let m), .message(let text, let promptId)):
            let criteria = m.criteria ?? .similarity
            switch m.expected {
            case nil:
                // Media alone: the system plays that audio file. Flows play an S3 file through a Media parameter
                // (a recorded prompt); the scenario's prompt for the URI (or its file name) says what it sounds like.
                guard let media = m.media else { return true }
                if let promptId, ResourceName.same(media.uri, promptId, actionType: "") { return true }
                guard let recorded = context.promptText(media.uri) else { return false }
                return MessageMatching.matches(expected: recorded, heard: text, criteria: .inclusion)
            case .text(let want)?, .ssml(let want)?:
                return MessageMatching.matches(expected: render(want, context: context), heard: text, criteria: criteria)
            case .promptId(let written)?:
                let id = written.hasPrefix("$.") ? (read(written, context: context) ?? "") : written
                if let promptId, ResourceName.same(id, promptId, actionType: "") { return true }
                guard let recorded = context.promptText(id) else { return false }
                return MessageMatching.matches(expected: recorded, heard: text, criteria: .inclusion)
            }
        case (.flowActionStarted(let target), .flowActionStarted(let type, let resource)):
            return target.actionType == type && ResourceName.same(target.resource, resource, actionType: type)
        case (.flowActionCompleted(let target), .flowActionCompleted(let type, let resource, _)):
            return target.actionType == type && ResourceName.same(target.resource, resource, actionType: type)
        default:
            return false
        }
    }

    // MARK: running an observation

    private func run(_ observation: Observation, on event: ObservedEvent, at: Millis, context: any TestRunContext) {
        let id = observation.identifier
        let count = matches[id, default: 0] + 1
        matches[id] = count
        if records[id] == nil { executionOrder.append(id) }
        var record = records[id] ?? ObservationRecord(observationId: id, status: .passed, at: at, expected: Self.describe(observation.event),
                                                      happened: event.summary, matches: 0, actions: [])
        record.at = at
        record.matches = count
        if count > 1 { record.happened = "\(event.summary) (\(count) times)" }
        if case .flowActionCompleted(let type, _, let results) = event {
            var values: [String: String] = [:]
            for r in results { values[r.key] = r.value }
            if type == "InvokeLambdaFunction" { external = values } else if type == "ConnectParticipantWithLexBot" { lex = values }
        }
        if case .atMost(let most) = observation.usage, count > most {
            record.status = .failed
            record.happened += "; Usage AtMost \(most) allows no more"
            records[id] = record
            fail(id, "\(id): \(event.summary) \(count) times; Usage AtMost \(most)")
            return
        }
        for action in observation.actionsInRunOrder {
            switch action.kind {
            case .sendInstruction(let instruction):
                instructions.append(PendingInstruction(observationId: id, instruction: instruction))
                record.actions.append(Self.describe(instruction))
            case .overrideSystemBehavior(let override):
                overrides.add(override)
                record.actions.append("override the next \(override.target.actionType) of \(override.target.resource): \(Self.describe(override.strategy))")
            case .assert(let assertion):
                let actual = read(assertion.namespace, context: context)
                let check = "\(assertion.namespace) \(assertion.comparison.rawValue)\(assertion.operand.map { " \"\($0)\"" } ?? "")"
                if var reason = AssertionCheck.failure(of: assertion, actual: actual) {
                    if actual == nil, let limit = Self.unsupported(assertion.namespace) { reason += "; \(limit)" }
                    let failed = FailedCheck(attribute: assertion.namespace, comparison: assertion.comparison.rawValue,
                                             expected: assertion.operand, actual: actual, reason: reason)
                    record.status = .failed
                    record.failedCheck = failed
                    record.actions.append("check \(check): FAILED, actual \(actual.map { "\"\($0)\"" } ?? "no value")")
                    records[id] = record
                    fail(id, "\(id): check failed: \(failed.description)")
                    return
                }
                record.actions.append("check \(check): passed (\"\(actual ?? "")\")")
            case .logData(let expressions):
                for e in expressions {
                    let value = render(e.value, context: context)
                    logs.append(LoggedValue(observationId: id, label: e.label, value: value, at: at))
                    record.actions.append("log \(e.label) = \"\(value)\"")
                }
            case .endTest:
                record.actions.append("end the test")
                records[id] = record
                endedByEndTest = true
                stopped = true
                return
            }
        }
        records[id] = record
        advance(observation, count: count)
    }

    /// Usage decides whether the observation stays active and when its successors start.
    private func advance(_ observation: Observation, count: Int) {
        let id = observation.identifier
        var release = false
        switch observation.usage {
        case .exactly(let n):
            if count >= n { active.remove(id); release = true }
        case .atLeast(let n):
            release = count == n
        case .atMost:
            // Stays active: one match more than allowed is a failure.
            release = count == 1
        case .always, .any:
            release = count == 1
        }
        guard release else { return }
        for next in observation.nextObservations where records[next] == nil {
            active.insert(next)
        }
    }

    private func reached(_ usage: Usage, _ count: Int) -> Bool {
        switch usage {
        case .exactly(let n): return count == n
        case .atLeast(let n): return count >= n
        case .atMost(let n): return count <= n
        case .always, .any: return true
        }
    }

    private func fail(_ observation: String, _ reason: String) {
        if failure == nil {
            failure = reason
            failingObservation = observation
        }
        stopped = true
    }

    // MARK: values

    /// A JSONPath as a check reads it: `$.External.*` (alias `$.LambdaInvocation.ResultData.*`) and `$.Lex.*`
    /// from the latest matched completion (empty before one, §1), the rest from the contact.
    func read(_ path: String, context: any TestRunContext) -> String? {
        for prefix in ["$.External.", "$.LambdaInvocation.ResultData."] where path.hasPrefix(prefix) {
            return external[String(path.dropFirst(prefix.count))]
        }
        if path.hasPrefix("$.Lex.") { return lex[String(path.dropFirst(6))] }
        if path.hasPrefix("$.AgenticCX.") { return nil }
        return context.value(of: path)
    }

    /// Why a path termccp cannot fill reads no value (README "Not emulated"), so that a failing check says so
    /// instead of reading as a flow fault; nil for paths it fills.
    static func unsupported(_ path: String) -> String? {
        if path.hasPrefix("$.AgenticCX.") {
            return "termccp does not run ConnectParticipantWithAgenticCX (AI agents), so $.AgenticCX.* never has a value"
        }
        if path.hasPrefix("$.SegmentAttributes.") {
            return "termccp's segment attributes come only from the test case's InitializationData; no flow action sets them here"
        }
        return nil
    }

    /// A LogData value or a dynamic message text: every `$.` path in it replaced by its value (empty when
    /// none).
    func render(_ template: String, context: any TestRunContext) -> String {
        Self.replacingPaths(in: template) { read($0, context: context) ?? "" }
    }

    /// Every `$.` path in a text, each replaced by `value(path)`. A path runs over letters, digits, `_`, `-`
    /// and inner dots; a dot that ends a sentence is kept.
    static func replacingPaths(in template: String, _ value: (String) -> String) -> String {
        guard template.contains("$.") else { return template }
        var out = ""
        var rest = Substring(template)
        while let start = rest.range(of: "$.") {
            out += rest[..<start.lowerBound]
            var end = start.upperBound
            while end < rest.endIndex, rest[end].isLetter || rest[end].isNumber || "_-.".contains(rest[end]) { end = rest.index(after: end) }
            var path = String(rest[start.lowerBound..<end])
            while path.hasSuffix(".") { path.removeLast(); end = rest.index(before: end) }
            out += value(path)
            rest = rest[end...]
        }
        return out + rest
    }

    // MARK: descriptions

    static func describe(_ event: Event) -> String {
        switch event.kind {
        case .testInitiated: return "TestInitiated"
        case .testCompleted: return "TestCompleted"
        case .messageReceived(let m):
            let criteria = (m.criteria ?? .similarity).rawValue
            switch m.expected {
            case .text(let t)?: return "MessageReceived \(criteria) \"\(t)\""
            case .ssml(let s)?: return "MessageReceived \(criteria) SSML \"\(s)\""
            case .promptId(let p)?: return "MessageReceived prompt \(p)"
            case nil: return m.media.map { "MessageReceived media \($0.uri) (the scenario's prompt for it)" } ?? "MessageReceived (any message)"
            }
        case .flowActionStarted(let t): return "FlowActionStarted \(t.actionType) \(t.resource)"
        case .flowActionCompleted(let t): return "FlowActionCompleted \(t.actionType) \(t.resource)"
        }
    }

    static func describe(_ instruction: Instruction) -> String {
        switch instruction {
        case .dtmfInput(let keys): return "press \(keys)"
        case .textUtterance(let text, let ssml, _): return "say \"\(text ?? MessageMatching.words(ssml ?? "").joined(separator: " "))\""
        case .disconnect: return "hang up"
        }
    }

    static func describe(_ strategy: Override.Strategy) -> String {
        switch strategy {
        case .substituteResource(let arn): return "substitute \(arn)"
        case .executionResult(.hours(let h)): return "mock \(h.rawValue)"
        case .executionResult(.loadedData(_, let json)): return "mock result \(json ?? "{}")\(after(strategy.delay))"
        case .error(let e, _): return "mock error \(e.rawValue)\(after(strategy.delay))"
        }
    }

    private static func after(_ delay: Millis) -> String {
        delay > 0 ? " after \(duration(delay)) (DelaySeconds)" : ""
    }

    static func describe(_ usage: Usage) -> String {
        switch usage {
        case .exactly(let n): return "Exactly \(n)"
        case .atLeast(let n): return "AtLeast \(n)"
        case .atMost(let n): return "AtMost \(n)"
        case .always: return "Always"
        case .any: return "ANY"
        }
    }

    static func duration(_ ms: Millis) -> String {
        ms % 60_000 == 0 ? "\(ms / 60_000) minutes" : "\(Double(ms) / 1000) s"
    }
}
