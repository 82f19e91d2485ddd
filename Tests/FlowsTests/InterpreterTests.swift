import Flows
import Telephony
import Testing

/// A host that records what flows do to it; values and answers are set per test.
final class FakeHost: FlowHost {
    var now: Millis = 0
    var values: [String: String] = [:]
    var attributes: [(key: String, value: String)] = []
    var stored: String?
    var hooks: [EventHook: String] = [:]
    var queue: String?
    var queueError: FlowError?
    var knownQueues: Set<String> = ["BasicQueue"]
    var knownFlows: Set<String> = []
    var open: Bool? = true
    var percent = 50
    var traces: [FlowTraceEvent] = []

    func value(of path: String) -> String? { values[path] }
    func setAttributes(_ a: [(key: String, value: String)]) { attributes += a; for (k, v) in a { values["$.Attributes.\(k)"] = v } }
    func setStoredInput(_ value: String) { stored = value; values["$.StoredCustomerInput"] = value }
    func setExternalResults(_ values: [(key: String, value: String)]) { for (k, v) in values { self.values["$.External.\(k)"] = v } }
    func setHook(_ hook: EventHook, flow: String) -> Bool { hooks[hook] = flow; return true }
    func setTargetQueue(_ q: String) -> Bool { guard knownQueues.contains(q) else { return false }; queue = q; return true }
    func setTargetAgent(_ agent: String) -> Bool { false }
    func queueTransferError() -> FlowError? { queue == nil ? .noMatchingError : queueError }
    func dequeueAndTransfer(toQueue queue: String?, agent: String?) -> FlowError? { nil }
    func transferToAgent() -> Bool { false }
    func isWithinHours(_ hoursName: String?) -> Bool? { open }
    func metric(_ metric: String, queue: String?, agent: String?) -> Double? { 2 }
    func setPreviousContactParticipantState(_ state: String) -> Bool { false }
    func resolveFlow(_ reference: String) -> String? { knownFlows.contains(reference) ? reference : nil }
    func invokeLambda(_ arn: String, parameters: [(key: String, value: String)]) -> [(key: String, value: String)]? {
        arn.hasSuffix("lookup") ? [("status", "shipped")] : nil
    }
    var flowAttributes: [String: String] = [:]
    func setFlowAttributes(_ a: [(key: String, value: String)]) { for (k, v) in a { values["$.FlowAttributes.\(k)"] = v } }
    var prompts = ["hold-music": Prompt(text: "♪ hold music ♪", kind: .recording, duration: 30_000)]
    func recordedPrompt(_ id: String) -> Prompt? { prompts[id] ?? id.split(separator: "/").last.flatMap { prompts[String($0)] } }
    var callbacks: [CallbackRequest] = []
    func setCallbackNumber(_ number: String) -> FlowError? { number.hasPrefix("+") ? nil : .invalidCallbackNumber }
    func createCallback(_ request: CallbackRequest) -> FlowError? { callbacks.append(request); return nil }
    var intents: [String: String] = [:]
    var lexSessions: [[(key: String, value: String)]] = []
    func lexInteraction(bot: String, utterance: String, sessionAttributes: [(key: String, value: String)]) -> String?? {
        lexSessions.append(sessionAttributes)
        return bot == "OrderBot" ? .some(intents[utterance]) : nil
    }
    var voice = "Joanna"
    func setVoice(_ voice: String) { self.voice = voice }
    var streaming: [Bool] = []
    func setMediaStreaming(_ enabled: Bool) { streaming.append(enabled) }
    var routing: (Int?, Millis?)?
    func setRoutingBehavior(priority: Int?, timeAdjustment: Millis?) { routing = (priority, timeAdjustment) }
    func randomPercent() -> Int { percent }
    func trace(_ event: FlowTraceEvent) { traces.append(event) }
    var isTracing: Bool { true }
}

func action(_ id: String, _ type: String, _ parameters: [String: JSONValue] = [:], next: String? = nil,
            errors: [(String, String)] = [], conditions: [(String, String, String)] = []) -> FlowAction {
    FlowAction(identifier: id, type: type, parameters: .object(parameters, order: parameters.keys.sorted()),
               transitions: FlowTransitions(
                nextAction: next, errors: errors.map { FlowErrorTransition(errorType: $0.0, nextAction: $0.1) },
                conditions: conditions.map { FlowCondition(nextAction: $0.2, operatorName: $0.0, operands: [$0.1]) }))
}

func say(_ id: String, _ text: String, next: String? = nil) -> FlowAction {
    action(id, "MessageParticipant", ["Text": .string(text)], next: next)
}

func library(_ actions: [FlowAction], start: String? = nil, name: String = "f") -> FlowLibrary {
    FlowLibrary([FlowDocument(name: name, type: .contactFlow, startAction: start ?? actions[0].identifier,
                              actions: actions, source: "test")])
}

/// Runs a flow from the start, completing every prompt, and returns the texts played and how it ended.
func play(_ lib: FlowLibrary, host: FakeHost, flow: String = "f", inputs: [FlowInput] = []) -> ([String], FlowStep) {
    var cursor = FlowCursor(flow: flow)
    var heard: [String] = []
    var pending = inputs
    var step = lib.run(&cursor, input: .start, host: host)
    while true {
        switch step {
        case .play(let p): heard.append(p.text); step = lib.run(&cursor, input: .completed, host: host)
        case .getInput, .loopPrompts, .transferToThirdParty:
            if case .getInput(let prompt?, _) = step { heard.append(prompt.text) }
            guard !pending.isEmpty else { return (heard, step) }
            step = lib.run(&cursor, input: pending.removeFirst(), host: host)
        default: return (heard, step)
        }
    }
}

@Suite struct TransitionRules {
    @Test func theFirstConditionThatHoldsWins_docs3_1() {
        let lib = library([
            action("c", "Compare", ["ComparisonValue": .string("$.Attributes.tier")],
                   conditions: [("NumberGreaterThan", "5", "big"), ("NumberGreaterThan", "1", "mid"), ("Equals", "7", "seven")]),
            say("big", "big"), say("mid", "mid"), say("seven", "seven"),
        ])
        let host = FakeHost()
        host.values["$.Attributes.tier"] = "7"
        #expect(play(lib, host: host).0 == ["big"])
    }

    @Test func noConditionMatchingTakesNoMatchingCondition() {
        let lib = library([
            action("c", "Compare", ["ComparisonValue": .string("$.Attributes.x")], errors: [("NoMatchingCondition", "none")],
                   conditions: [("Equals", "a", "a")]),
            say("a", "a"), say("none", "none"),
        ])
        #expect(play(lib, host: FakeHost()).0 == ["none"])
    }

    @Test func numberOperatorsAreFalseWhenEitherSideIsNotANumber_docs3_1() {
        let lib = library([
            action("c", "Compare", ["ComparisonValue": .string("$.Attributes.x")], errors: [("NoMatchingCondition", "none")],
                   conditions: [("NumberLessThan", "10", "less"), ("NumberGreaterOrEqualTo", "10", "more")]),
            say("less", "less"), say("more", "more"), say("none", "none"),
        ])
        let host = FakeHost()
        host.values["$.Attributes.x"] = "ten"
        #expect(play(lib, host: host).0 == ["none"])
    }

    @Test func anErrorWithoutItsOwnBranchFallsBackToNoMatchingError() {
        let lib = library([
            action("q", "UpdateContactTargetQueue", ["QueueId": .string("arn:aws:connect:elsewhere:queue/Other")],
                   next: "ok", errors: [("NoMatchingError", "err")]),
            say("ok", "ok"), say("err", "err"),
        ])
        #expect(play(lib, host: FakeHost()).0 == ["err"])
    }

    @Test func anErrorWithNowhereToGoEndsTheFlowAsFailed() {
        let lib = library([action("q", "UpdateContactTargetQueue", ["QueueId": .string("${QUEUE_ARN}")], next: "ok"), say("ok", "ok")])
        guard case .end(.failed(let why)) = play(lib, host: FakeHost()).1 else { Issue.record("expected a failure"); return }
        #expect(why.contains("NoMatchingError"))
    }

    @Test func aTransitionToAMissingActionFailsClearly() {
        let lib = library([say("a", "hello", next: "gone")])
        guard case .end(.failed(let why)) = play(lib, host: FakeHost()).1 else { Issue.record("expected a failure"); return }
        #expect(why.contains("gone"))
    }

    @Test func anActionWithoutTransitionsEndsTheFlow() {
        let lib = library([say("a", "hello")])
        #expect(play(lib, host: FakeHost()).1 == .end(.finished))
    }
}

@Suite struct InterpreterActions {
    @Test func loopContinuesLoopCountTimesThenIsDoneAndStartsAgain_docs3_2() {
        let lib = library([
            action("loop", "Loop", ["LoopCount": .string("2")],
                   conditions: [("Equals", "ContinueLooping", "again"), ("Equals", "DoneLooping", "done")]),
            say("again", "again", next: "loop"), say("done", "done"),
        ])
        #expect(play(lib, host: FakeHost()).0 == ["again", "again", "done"])
    }

    @Test func ssmlIsSpokenAsTextAndBreaksAddTheirTime() {
        let lib = library([action("s", "MessageParticipant", ["SSML": .string("<speak>You are on hold<break time=\"10s\"/></speak>")])])
        var cursor = FlowCursor(flow: "f")
        guard case .play(let p) = lib.run(&cursor, input: .start, host: FakeHost()) else { Issue.record("no prompt"); return }
        #expect(p.text == "You are on hold")
        #expect(p.duration == Prompt.speakingTime("You are on hold") + 10_000)
    }

    @Test func referencesInTextAreInterpolatedAndAWholeValueResolves() {
        let lib = library([say("a", "Your order $.Attributes.order ships today.", next: "b"), say("b", "$.Queue.Name")])
        let host = FakeHost()
        host.values["$.Attributes.order"] = "11362"
        host.values["$.Queue.Name"] = "BasicQueue"
        #expect(play(lib, host: host).0 == ["Your order 11362 ships today.", "BasicQueue"])
    }

    @Test func setAttributesIsAllOrNothingWhenAReferenceDoesNotResolve() {
        let lib = library([
            action("set", "UpdateContactAttributes", ["Attributes": .object(["a": .string("1"), "b": .string("$.External.missing")], order: ["a", "b"])],
                   next: "ok", errors: [("NoMatchingError", "err")]),
            say("ok", "ok"), say("err", "err"),
        ])
        let host = FakeHost()
        #expect(play(lib, host: host).0 == ["err"])
        #expect(host.attributes.isEmpty)
    }

    @Test func transferToQueueSuccessEndsTheFlowInsteadOfFollowingNextAction_docs3_2() {
        let lib = library([
            action("set", "UpdateContactTargetQueue", ["QueueId": .string("BasicQueue")], next: "queue"),
            action("queue", "TransferContactToQueue", next: "failed"),
            say("failed", "Failed to transfer to queue."),
        ])
        #expect(play(lib, host: FakeHost()) == ([], .end(.queued)))
    }

    @Test func aFullQueueTakesQueueAtCapacity() {
        let lib = library([
            action("set", "UpdateContactTargetQueue", ["QueueId": .string("BasicQueue")], next: "queue"),
            action("queue", "TransferContactToQueue", next: "x", errors: [("QueueAtCapacity", "full")]),
            say("full", "full"), say("x", "x"),
        ])
        let host = FakeHost()
        host.queueError = .queueAtCapacity
        #expect(play(lib, host: host).0 == ["full"])
    }

    @Test func getInputWithoutStoringBranchesOnTheDigitAndTimesOutToInputTimeLimitExceeded() {
        let menu = action("menu", "GetParticipantInput", ["Text": .string("Press 1"), "InputTimeLimitSeconds": .string("5"), "StoreInput": .string("False")],
                          errors: [("InputTimeLimitExceeded", "timeout"), ("NoMatchingCondition", "other")],
                          conditions: [("Equals", "1", "one")])
        let lib = library([menu, say("one", "one"), say("timeout", "timeout"), say("other", "other")])
        #expect(play(lib, host: FakeHost(), inputs: [.digits("1")]).0 == ["Press 1", "one"])
        #expect(play(lib, host: FakeHost(), inputs: [.digits("7")]).0 == ["Press 1", "other"])
        #expect(play(lib, host: FakeHost(), inputs: [.timedOut]).0 == ["Press 1", "timeout"])
        var cursor = FlowCursor(flow: "f")
        guard case .getInput(_, let request) = lib.run(&cursor, input: .start, host: FakeHost()) else { Issue.record("no input"); return }
        #expect(request.timeout == 5000 && !request.store)
    }

    @Test func storedInputGoesToStoredCustomerInput() {
        let lib = library([
            action("get", "GetParticipantInput", ["Text": .string("Enter your number"), "StoreInput": .string("True"),
                                                   "InputTimeLimitSeconds": .string("5")], next: "done"),
            say("done", "Thanks $.StoredCustomerInput"),
        ])
        let host = FakeHost()
        _ = play(lib, host: host, inputs: [.digits("4242")])
        #expect(host.stored == "4242")
    }

    @Test func thirdPartyTransferReadsBothTimeoutSpellingsAndMapsOutcomesToBranches_docs6_rule26() {
        for key in ["ThirdPartyConnectionTimeLimitSeconds", "ThirdPartyConnectionTimeoutSeconds"] {
            let t = action("t", "TransferParticipantToThirdParty",
                           ["ThirdPartyPhoneNumber": .string("+18005550199"), key: .string("20"),
                            "ContinueFlowExecution": .string("True"), "ThirdPartyDTMFDigits": .string("1,1362"),
                            "CallerId": .object(["Number": .string("+18005550100"), "Name": .string("Example")], order: ["Number", "Name"])],
                           next: "ok", errors: [("CallFailed", "failed"), ("ConnectionTimeLimitExceeded", "timeout")])
            let lib = library([t, say("ok", "ok"), say("failed", "failed"), say("timeout", "timeout")])
            var cursor = FlowCursor(flow: "f")
            guard case .transferToThirdParty(let r) = lib.run(&cursor, input: .start, host: FakeHost()) else { Issue.record("no transfer"); return }
            #expect(r == ThirdPartyRequest(number: "+18005550199", timeLimit: 20_000, resume: true, dtmf: "1,1362",
                                           callerIdNumber: "+18005550100", callerIdName: "Example"))
            #expect(play(lib, host: FakeHost(), inputs: [.thirdParty(.finished)]).0 == ["ok"])
            #expect(play(lib, host: FakeHost(), inputs: [.thirdParty(.callFailed)]).0 == ["failed"])
            #expect(play(lib, host: FakeHost(), inputs: [.thirdParty(.timeLimitExceeded)]).0 == ["timeout"])
        }
    }

    @Test func transferToFlowContinuesAtTheOtherFlowsStart() {
        let main = FlowDocument(name: "main", type: .contactFlow, startAction: "go",
                                actions: [action("go", "TransferToFlow", ["ContactFlowId": .string("arn:aws:connect:x:flow/other")])],
                                source: "test")
        let other = FlowDocument(name: "other", type: .contactFlow, startAction: "hi", actions: [say("hi", "from other")], source: "test")
        let host = FakeHost()
        host.knownFlows = ["other"]
        #expect(play(FlowLibrary([main, other]), host: host, flow: "main").0 == ["from other"])
    }

    @Test func aFlowThatLoopsWithoutWaitingIsStoppedWithAClearReason() {
        let lib = library([action("a", "UpdateContactAttributes", ["Attributes": .object(["x": .string("1")], order: ["x"])], next: "a")])
        guard case .end(.failed(let why)) = play(lib, host: FakeHost()).1 else { Issue.record("expected a failure"); return }
        #expect(why.contains("without waiting"))
    }

    @Test func waitTakesItsErrorBranchOnVoice_docs3_2() {
        let lib = library([action("w", "Wait", ["TimeoutSeconds": .string("60")], next: "ok", errors: [("NoMatchingError", "err")]),
                           say("ok", "ok"), say("err", "err")])
        #expect(play(lib, host: FakeHost()).0 == ["err"])
    }

    @Test func distributeByPercentageUsesTheHostsSeededNumber() {
        let lib = library([
            action("d", "DistributeByPercentage", errors: [("NoMatchingCondition", "rest")],
                   conditions: [("NumberLessThan", "30", "a"), ("NumberLessThan", "80", "b")]),
            say("a", "a"), say("b", "b"), say("rest", "rest"),
        ])
        let host = FakeHost()
        host.percent = 12
        #expect(play(lib, host: host).0 == ["a"])
        host.percent = 95
        #expect(play(lib, host: host).0 == ["rest"])
    }

    @Test func lambdaResponsesLandInExternalAndAnUndeclaredLambdaTakesTheErrorBranch() {
        let lib = library([
            action("l", "InvokeLambdaFunction", ["LambdaFunctionARN": .string("arn:aws:lambda:us-east-1:1:function:lookup")],
                   next: "ok", errors: [("NoMatchingError", "err")]),
            say("ok", "Status $.External.status"), say("err", "err"),
        ])
        #expect(play(lib, host: FakeHost()).0 == ["Status shipped"])
        let other = library([action("l", "InvokeLambdaFunction", ["LambdaFunctionARN": .string("arn:x:function:unknown")],
                                    next: "ok", errors: [("NoMatchingError", "err")]), say("ok", "ok"), say("err", "err")])
        #expect(play(other, host: FakeHost()).0 == ["err"])
    }

    @Test func everyActionIsTracedWithTheBranchItTook() {
        let lib = library([say("a", "hello", next: "b"), action("b", "EndFlowExecution")])
        let host = FakeHost()
        _ = play(lib, host: host)
        #expect(host.traces.map { "\($0.action):\($0.branch ?? "waits")" } == ["a:waits", "a:Success", "b:End"])
    }

    @Test func theBuiltInDefaultQueueTransferChecksHoursThenStaffingThenQueues_docs3_5() {
        let lib = FlowLibrary(BuiltInFlows.all)
        let host = FakeHost()
        host.values = [:]
        host.queue = "BasicQueue"
        #expect(play(lib, host: host, flow: "Default queue transfer") == (["Now transferring your call."], .end(.queued)))
        host.open = false
        let (heard, end) = play(lib, host: host, flow: "Default queue transfer")
        #expect(heard == ["We are currently out of hours. Goodbye."] && end == .disconnect)
    }
}

@Suite struct UnresolvedReferencesAtRunTime {
    @Test func aPromptIdTheScenarioDoesNotDeclareTakesTheErrorBranch_docs3_6() {
        let lib = library([
            action("p", "MessageParticipant", ["PromptId": .string("arn:aws:connect:us-west-2:1:instance/x/prompt/${P:Menu.wav:P}")],
                   next: "ok", errors: [("NoMatchingError", "err")]),
            say("ok", "ok"), say("err", "err"),
        ])
        let host = FakeHost()
        #expect(play(lib, host: host).0 == ["err"])
        #expect(host.traces.first?.note?.contains("not declared") == true)
        host.prompts["${P:Menu.wav:P}"] = Prompt(text: "♪ menu ♪", kind: .recording, duration: 2000)
        #expect(play(lib, host: host).0 == ["♪ menu ♪", "ok"])
    }

    @Test func flowAttributesAreReadBackInTheSameFlow() {
        let lib = library([
            action("set", "UpdateFlowAttributes", ["FlowAttributes": .object(["next": .object(["Value": .string("billing")], order: ["Value"])], order: ["next"])],
                   next: "say"),
            say("say", "Going to $.FlowAttributes.next"),
        ])
        #expect(play(lib, host: FakeHost()).0 == ["Going to billing"])
    }
}
