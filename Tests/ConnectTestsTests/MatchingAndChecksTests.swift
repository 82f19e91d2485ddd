import ConnectTests
import Foundation
import Telephony
import Testing

/// "Similar" has no published algorithm; termccp's documented stand-in (README "How it behaves", MessageMatching).
@Suite struct MessageMatchingTests {
    @Test func inclusionIgnoresCasePunctuationAndSpacingButNeedsEveryWordInOrder() {
        #expect(MessageMatching.matches(expected: "welcome to example corp", heard: "Welcome to  Example Corp.", criteria: .inclusion))
        #expect(!MessageMatching.matches(expected: "Example welcome", heard: "Welcome to Example Corp.", criteria: .inclusion))
        #expect(MessageMatching.matches(expected: "Press one for sales", heard: "Press 1 for sales or 2.", criteria: .inclusion),
                "a lone digit reads as its word on both sides")
    }

    @Test func similarityNeedsEightyPercentOfTheExpectedWords() {
        let heard = "Press 1 to be connected with an agent."
        // 7 of the 8 expected words occur ("to" is written twice and heard once).
        #expect(MessageMatching.similarity(expected: "Press 1 to be connected to an agent", heard: heard) == 7.0 / 8.0)
        #expect(MessageMatching.matches(expected: "Press 1 to be connected to an agent", heard: heard, criteria: .similarity))
        #expect(!MessageMatching.matches(expected: "Press 1 to be connected to an agent", heard: heard, criteria: .inclusion))
        #expect(!MessageMatching.matches(expected: "Press 2 to leave a message for the team", heard: heard, criteria: .similarity))
    }

    @Test func shortExpectationsNeedEveryWordAndExtraHeardWordsNeverHurt() {
        #expect(MessageMatching.matches(expected: "We are closed", heard: "Sorry, we are now closed. Please call again.", criteria: .similarity))
        #expect(!MessageMatching.matches(expected: "We are open", heard: "Sorry, we are now closed.", criteria: .similarity))
        #expect(MessageMatching.matches(expected: "gold member", heard: "Thank you for being a gold member.", criteria: .similarity))
    }

    @Test func ssmlTagsAreNotWords() {
        #expect(MessageMatching.words("<speak>Welcome to <emphasis level=\"strong\">Example</emphasis> Corp</speak>") == ["welcome", "to", "example", "corp"])
        #expect(MessageMatching.words("We're at 9 Elm St.") == ["we're", "at", "nine", "elm", "st"])
    }
}

/// The nine Assert operators (docs/connect-testing-language.md §2.4).
@Suite struct AssertionCheckTests {
    func holds(_ op: Assertion.Comparison, _ actual: String?, _ operand: String? = nil) -> Bool {
        AssertionCheck.failure(of: Assertion(namespace: "$.Attributes.x", comparison: op, operand: operand), actual: actual) == nil
    }

    @Test func textOperatorsCompareAsWritten() {
        #expect(holds(.equals, "Sales", "Sales"))
        #expect(!holds(.equals, "sales", "Sales"))
        #expect(holds(.textStartsWith, "Sales queue", "Sales"))
        #expect(!holds(.textStartsWith, "queue Sales", "Sales"))
        #expect(holds(.textEndsWith, "Basic Queue", "Queue"))
        #expect(holds(.textContains, "Basic Queue", "ic Qu"))
        #expect(!holds(.textContains, "Basic Queue", "basic"))
    }

    @Test func numberOperatorsReadDecimals() {
        #expect(holds(.numberGreaterThan, "10", "9.5"))
        #expect(!holds(.numberGreaterThan, "9.5", "9.5"))
        #expect(holds(.numberGreaterOrEqualTo, "9.5", "9.5"))
        #expect(holds(.numberLessThan, "-1", "0"))
        #expect(holds(.numberLessOrEqualTo, " 3 ", "3"))
        #expect(AssertionCheck.failure(of: Assertion(namespace: "$.x", comparison: .numberLessThan, operand: "3"), actual: "three") == "it is not a number")
    }

    @Test func aMissingValueFailsEveryOperatorWithExistsSayingSo() {
        for op in Assertion.Comparison.allCases {
            #expect(!holds(op, nil, op == .exists ? nil : "1"), "\(op)")
        }
        #expect(holds(.exists, "x"))
        #expect(!holds(.exists, ""))
    }
}

/// Overrides are single-use and FIFO per resource (docs §1 "Overrides are single-use and queue FIFO per resource").
@Suite struct OverrideQueueTests {
    let arn = "arn:aws:lambda:us-east-1:111122223333:function:lookup-customer"

    func mock(_ tier: String) -> Override {
        Override(target: .invokeLambdaFunction(lambdaFunctionARN: arn), strategy: .executionResult(.loadedData(delaySeconds: 0, json: "{\"tier\":\"\(tier)\"}")))
    }

    @Test func oldestFirstThenGoneAndOtherResourcesUntouched() {
        var queues = OverrideQueues()
        queues.add(mock("active"))
        queues.add(mock("suspended"))
        queues.add(Override(target: .checkHoursOfOperation(hoursOfOperationId: "I/operating-hours/Business hours"), strategy: .executionResult(.hours(.outOfHours))))
        #expect(queues.take(actionType: "InvokeLambdaFunction", resource: "lookup-customer") == mock("active").strategy, "the bare name is the same function")
        #expect(queues.take(actionType: "InvokeLambdaFunction", resource: arn) == mock("suspended").strategy)
        #expect(queues.take(actionType: "InvokeLambdaFunction", resource: arn) == nil)
        #expect(queues.count(actionType: "CheckHoursOfOperation", resource: "Business hours") == 1)
        #expect(queues.take(actionType: "CheckHoursOfOperation", resource: "other") == nil)
    }

    @Test func loadedDataBecomesTheFlatResponseAFlowReads() {
        let strategy = Override.Strategy.executionResult(.loadedData(delaySeconds: 0, json: #"{"tier":"gold","score":4,"address":{"city":"Leeds"},"list":[1],"none":null}"#))
        #expect(strategy.engineOverride(actionType: "InvokeLambdaFunction") == .result([
            FlowResultValue(key: "tier", value: "gold"), FlowResultValue(key: "score", value: "4"), FlowResultValue(key: "address.city", value: "Leeds"),
        ]))
        #expect(Override.Strategy.error(.queueAtCapacity, delaySeconds: 0).engineOverride(actionType: "TransferContactToQueue") == .error("QueueAtCapacity"))
        #expect(Override.Strategy.executionResult(.hours(.inHours)).engineOverride(actionType: "CheckHoursOfOperation") == .hours(open: true))
    }
}

/// The execution rules over abstract events, no engine (docs §1).
@Suite struct ObservationRunnerTests {
    final class Values: TestRunContext {
        var values: [String: String] = [:]
        func value(of path: String) -> String? { values[path] }
        /// As the engine reads prompts: by id or the last segment of an ARN.
        func promptText(_ id: String) -> String? { id.split(separator: "/").last == "greeting" ? "Hello there." : nil }
    }

    func message(_ id: String, _ text: String, next: [String] = [], usage: Usage = .exactly(1), actions: [Action] = []) -> Observation {
        Observation(identifier: id, event: Event(kind: .messageReceived(MessageMatch(expected: .text(text), criteria: .inclusion))),
                    actions: actions, usage: usage, nextObservations: next)
    }

    @Test func aChainWaitsForItsPredecessorAndUsageExactlyTwoNeedsBoth() {
        let testCase = TestCase(version: "2025-06-21", observations: [
            message("first", "one", next: ["second"], usage: .exactly(2)),
            message("second", "two", actions: [Action(identifier: "end", kind: .endTest)]),
        ])
        let runner = ObservationRunner(testCase: testCase)
        let context = Values()
        runner.receive(.message(text: "two", promptId: nil), at: 0, context: context)
        runner.receive(.message(text: "one", promptId: nil), at: 1, context: context)
        runner.receive(.message(text: "two", promptId: nil), at: 2, context: context)
        #expect(!runner.stopped, "second is not active until first matched twice")
        runner.receive(.message(text: "one", promptId: nil), at: 3, context: context)
        runner.receive(.message(text: "two", promptId: nil), at: 4, context: context)
        let result = runner.finish(at: 4, ending: .endTest, context: context)
        #expect(result.status == .passed)
        #expect(result.records.map(\.matches) == [2, 1])
        #expect(result.records.map(\.at) == [3, 4])
    }

    @Test func oneEventMatchesEveryActiveObservationButNotTheSuccessorsItActivates() {
        let testCase = TestCase(version: "2025-06-21", observations: [
            message("a", "hello", next: ["c"]),
            message("b", "hello"),
            message("c", "hello", actions: [Action(identifier: "end", kind: .endTest)]),
        ])
        let runner = ObservationRunner(testCase: testCase)
        runner.receive(.message(text: "Hello", promptId: nil), at: 0, context: Values())
        #expect(!runner.stopped)
        runner.receive(.message(text: "Hello", promptId: nil), at: 5, context: Values())
        let result = runner.finish(at: 5, ending: .endTest, context: Values())
        #expect(result.records.map(\.observationId) == ["a", "b", "c"])
        #expect(result.records.map(\.at) == [0, 0, 5])
    }

    @Test func promptIdMatchesTheRecordedPromptsText() {
        let testCase = TestCase(version: "2025-06-21", observations: [
            Observation(identifier: "p", event: Event(kind: .messageReceived(MessageMatch(expected: .promptId("arn:aws:connect:::instance/x/prompt/greeting")))),
                        actions: [Action(identifier: "end", kind: .endTest)]),
        ])
        let runner = ObservationRunner(testCase: testCase)
        runner.receive(.message(text: "Good morning.", promptId: nil), at: 0, context: Values())
        #expect(!runner.stopped)
        runner.receive(.message(text: "Hello there.", promptId: nil), at: 1, context: Values())
        #expect(runner.stopped)
    }

    /// §2.3 MessageReceived `Media`: the system plays that S3 audio file. A Media-only observation matches the
    /// message that is the scenario's prompt for the file (by URI or file name, as flows' Media parameters play it),
    /// never any message (the fault this pins: it used to match everything).
    @Test func mediaAloneMatchesOnlyThePromptOfThatFile() {
        let testCase = TestCase(version: "2025-06-21", observations: [
            Observation(identifier: "m", event: Event(kind: .messageReceived(MessageMatch(expected: nil, media: MessageMatch.Media(uri: "s3://bucket/prompts/greeting")))),
                        actions: [Action(identifier: "end", kind: .endTest)]),
        ])
        let runner = ObservationRunner(testCase: testCase)
        runner.receive(.message(text: "Good morning.", promptId: nil), at: 0, context: Values())
        #expect(!runner.stopped, "another message is not that audio file")
        runner.receive(.message(text: "Hello there.", promptId: nil), at: 1, context: Values())
        #expect(runner.stopped)
        let unknown = ObservationRunner(testCase: TestCase(version: "2025-06-21", observations: [
            Observation(identifier: "m", event: Event(kind: .messageReceived(MessageMatch(expected: nil, media: MessageMatch.Media(uri: "s3://bucket/none.wav")))),
                        actions: [Action(identifier: "end", kind: .endTest)]),
        ]))
        unknown.receive(.message(text: "Hello there.", promptId: nil), at: 0, context: Values())
        #expect(!unknown.stopped, "a file the scenario declares no prompt for is never heard")
    }

    @Test func logDataFillsPathsInTextAndDynamicTextsAreRendered() {
        let context = Values()
        context.values = ["$.ContactId": "c-1", "$.Queue.Name": "Sales", "$.Attributes.name": "Pat"]
        let testCase = TestCase(version: "2025-06-21", observations: [
            message("hi", "Hello $.Attributes.name", actions: [
                Action(identifier: "log", kind: .logData([LogExpression(label: "l", value: "This is the contact id: $.ContactId with the Queue name: $.Queue.Name.")])),
                Action(identifier: "end", kind: .endTest),
            ]),
        ])
        let runner = ObservationRunner(testCase: testCase)
        runner.receive(.message(text: "Hello Pat, welcome.", promptId: nil), at: 0, context: context)
        let result = runner.finish(at: 0, ending: .endTest, context: context)
        #expect(result.logs.map(\.value) == ["This is the contact id: c-1 with the Queue name: Sales."])
    }
}

/// The results file's shape (API GetTestCaseExecutionSummary + ListTestCaseExecutionRecords, docs §3).
@Suite struct ExecutionJSONTests {
    @Test func summaryRecordsAndVirtualTimes() throws {
        let (result, engine) = try Runs.run("run/fail-assert-reports-the-check.json")
        let testCase = try TestCaseLoader.load(file: Cases.path("run/fail-assert-reports-the-check.json"))
        let json = ExecutionJSON([ExecutionJSON.Execution(file: "x.json", testCase: testCase, result: result,
                                                          startMillis: engine.config.startEpochSeconds * 1000)])
        let root = try #require(try JSONSerialization.jsonObject(with: json.data) as? [String: Any])
        let execution = try #require((root["TestCaseExecutions"] as? [[String: Any]])?.first)
        #expect(execution["Status"] as? String == "FAILED")
        #expect(execution["TestCaseName"] as? String == "A failing check")
        #expect(execution["StartTime"] as? String == "2026-11-23T14:00:00.000Z")
        #expect(execution["ObservationSummary"] as? [String: Int] == ["TotalObservations": 2, "ObservationsPassed": 0, "ObservationsFailed": 2])
        let records = try #require(execution["ExecutionRecords"] as? [[String: Any]])
        #expect(records.map { $0["ObservationId"] as? String } == ["done", "never-reached"])
        let record = try #require(records.first?["Record"] as? String)
        let details = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
        #expect(details["FailedCheck"] as? [String: String] == ["Attribute": "$.External.tier", "Operator": "Equals", "Expected": "platinum", "Actual": "silver"])
    }
}

/// Where the test's call goes (docs §3 EntryPoint).
@Suite struct TestEntryTests {
    @Test func entryPointsResolveOrSayWhatToChange() throws {
        let (config, _) = try Runs.scenario()
        let bare = TestCase(version: "2025-06-21", observations: [])
        #expect(try TestEntry.resolve(bare, config: config).get() == TestEntry(from: "+15555550123", to: "+18005550100"))
        var byFlow = bare
        byFlow.api = APIFields(entryPoint: .voiceCall(sourcePhoneNumber: "+447700900123", destinationPhoneNumber: nil, flowId: "arn:aws:connect:::instance/i/contact-flow/Lookup"))
        #expect(try TestEntry.resolve(byFlow, config: config).get() == TestEntry(from: "+447700900123", to: "+18005550101"))
        var unknown = bare
        unknown.api = APIFields(entryPoint: .voiceCall(sourcePhoneNumber: nil, destinationPhoneNumber: "+18005559999", flowId: nil))
        #expect(throws: EntryProblem.self) { try TestEntry.resolve(unknown, config: config).get() }
        var chat = bare
        chat.api = APIFields(entryPoint: .chat(flowId: "Lookup"))
        guard case .failure(let problem) = TestEntry.resolve(chat, config: config) else { Issue.record("chat ran"); return }
        #expect(problem.message == "CHAT test cases cannot run: termccp simulates voice calls only")
    }
}
