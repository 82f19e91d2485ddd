import ConnectTests
import Flows
import Testing

/// Every good case file decodes without an error; the API shapes and the documented spelling variants read to
/// the same values as the canonical ones (docs/connect-testing-language.md §2, §3, §4 "Doc inconsistencies").
@Suite struct ShapesAndVariantsTests {
    @Test(arguments: Cases.names(in: "good"))
    func everyGoodCaseDecodesWithoutProblems(_ name: String) throws {
        let bytes = Array((try String(contentsOfFile: Cases.path("good/\(name)"), encoding: .utf8)).utf8)
        let (testCase, problems) = TestCaseLoader.decode(bytes, file: name)
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        #expect(testCase != nil)
        #expect(TestCaseLoader.isTestCase(bytes), "a test case must not be taken for a flow")
    }

    @Test func createRequestContentStringDecodesLikeTheBareContent() throws {
        let wrapped = try Cases.load("create-test-case-request.json")
        let bare = try Cases.load("doc-a-welcome-menu-queue.json")
        #expect(wrapped.observations == bare.observations)
        #expect(wrapped.api?.name == "Sales menu")
        #expect(wrapped.api?.status == .published)
        #expect(wrapped.api?.entryPoint == .voiceCall(sourcePhoneNumber: "+15555550123", destinationPhoneNumber: "+18005550100", flowId: nil))
        #expect(wrapped.api?.initializationData == #"{"Attributes": {"language": "en-US"}}"#)
        #expect(bare.api == nil)
    }

    /// §5.2 as a DescribeTestCase response: four chained groups and one open group (rule 4).
    @Test func describeResponseWithChatEntryPointAndAnOpenObservation() throws {
        let testCase = try Cases.load("describe-test-case-chat.json")
        #expect(testCase.api?.id == "tc-0001")
        #expect(testCase.api?.status == .saved)
        #expect(testCase.api?.entryPoint == .chat(flowId: "flow-travel"))
        #expect(testCase.startingObservations.map(\.identifier) == ["g1", "g5"])
        #expect(testCase.observations[0].actions[0].kind == .sendInstruction(.textUtterance(text: "I want to book a flight", ssml: nil, languageCode: "en-US")))
        #expect(testCase.metadata != nil)
    }

    @Test func utteranceValueIdAndTransitionsInsideParametersAreAccepted() throws {
        let testCase = try Cases.load("spelling-variants.json")
        let hello = testCase.observations[0]
        #expect(hello.event.kind == .messageReceived(MessageMatch(expected: .promptId(
            "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-4333-8444-555555555555/prompt/11111111-aaaa-4bbb-8ccc-000000000001"))))
        #expect(hello.actions.map(\.identifier) == ["speak", "keys"], "`Id` is read as the action's identifier")
        #expect(hello.actions[0].kind == .sendInstruction(.textUtterance(text: "billing", ssml: nil, languageCode: nil)))
        #expect(hello.actions[0].nextAction == "keys")
        #expect(hello.actions[1].kind == .sendInstruction(.dtmfInput("42")), "a JSON number is read as its keys")
        #expect(hello.actions[1].nextAction == nil, "NextAction \"\" means none")
        #expect(testCase.observations[1].actions[0].kind == .overrideSystemBehavior(Override(
            target: .checkHoursOfOperation(hoursOfOperationId: "hours-id-1"), strategy: .executionResult(.hours(.inHours)))))
        #expect(testCase.observations[1].usage == .exactly(1))
    }

    @Test func everyUsageSpellingIsRead() throws {
        let usages = try Cases.load("usage-kinds.json").observations.map(\.usage)
        #expect(usages == [.exactly(2), .atLeast(1), .atMost(3), .always, .any])
    }

    @Test func everyAssertOperatorIsReadInItsNextActionOrder() throws {
        let final = try Cases.load("assert-operators.json").observations[0]
        #expect(final.event.kind == .testCompleted)
        let comparisons = final.actionsInRunOrder.compactMap { action -> Assertion.Comparison? in
            if case .assert(let a) = action.kind { return a.comparison }
            return nil
        }
        #expect(comparisons == Assertion.Comparison.allCases)
        #expect(final.actions[5].kind == .assert(Assertion(namespace: "$.External.balance", comparison: .numberGreaterOrEqualTo, operand: "100.5")))
        #expect(final.actions[8].kind == .assert(Assertion(namespace: "$.ContactId", comparison: .exists, operand: nil)))
    }

    @Test func lexOverrideUtteranceAndCompletion() throws {
        let testCase = try Cases.load("lex-bot.json")
        let bot = "arn:aws:lex:us-east-1:111122223333:bot-alias/BOTID/ALIASID"
        #expect(testCase.observations[0].event.kind == .flowActionStarted(.connectParticipantWithLexBot(aliasArn: bot)))
        #expect(testCase.observations[0].actions.map(\.kind) == [
            .overrideSystemBehavior(Override(target: .connectParticipantWithLexBot(aliasArn: bot),
                                             strategy: .executionResult(.loadedData(delaySeconds: 1.5, json: #"{"IntentName":"CheckBalance"}"#)))),
            .sendInstruction(.textUtterance(text: nil, ssml: "<speak>check my balance</speak>", languageCode: "en-GB")),
        ])
        #expect(testCase.observations[1].event.kind == .flowActionCompleted(.connectParticipantWithLexBot(aliasArn: bot)))
    }

    @Test func errorMocksSubstitutesAndHangUp() throws {
        let lambda = try Cases.load("lambda-error-mock.json")
        #expect(lambda.observations[0].actions[0].kind == .overrideSystemBehavior(Override(
            target: .invokeLambdaFunction(lambdaFunctionARN: "arn:aws:lambda:us-east-1:111122223333:function:lookup-customer"),
            strategy: .error(.timeLimitExceeded, delaySeconds: 8))))
        let queues = try Cases.load("queue-overrides.json")
        let sales = "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-4333-8444-555555555555/queue/Sales"
        #expect(queues.observations[0].actions.map(\.kind) == [
            .overrideSystemBehavior(Override(target: .transferContactToQueue(queueId: sales, agentId: nil), strategy: .error(.queueAtCapacity, delaySeconds: 0))),
            .overrideSystemBehavior(Override(target: .dequeueAndTransferToQueue(queueId: "queue-support"),
                                             strategy: .substituteResource(arn: "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-4333-8444-555555555555/queue/Overflow"))),
        ])
        #expect(queues.observations[1].event.kind == .flowActionStarted(.transferContactToQueue(queueId: sales, agentId: "agent-7")))
        #expect(queues.observations[2].actions[0].kind == .sendInstruction(.disconnect))
    }

    @Test func mediaSsmlAndAgenticCompletion() throws {
        let testCase = try Cases.load("media-ssml-agentic.json")
        #expect(testCase.observations[1].event.kind == .messageReceived(MessageMatch(
            media: MessageMatch.Media(uri: "s3://example-bucket/greeting.wav", sourceType: "S3", mediaType: "audio/wav"))))
        #expect(testCase.observations[2].event.kind == .messageReceived(MessageMatch(
            expected: .ssml("<speak>How can I <emphasis>help</emphasis>?</speak>"), criteria: .similarity)))
        #expect(testCase.observations[3].event.kind == .flowActionCompleted(.connectParticipantWithAgenticCX(workspaceId: "ws-1", applicationId: "app-1", alias: "live")))
    }

    /// Open observations (rule 4), usage counts, LogData mixing text and paths in document order.
    @Test func openObservationsAndLogDataTemplates() throws {
        let testCase = try Cases.load("open-observations-logdata.json")
        #expect(testCase.startingObservations.map(\.identifier) == ["start", "any-hold-message", "support-queue", "finally"])
        #expect(testCase.observations.map(\.usage) == [.exactly(1), .exactly(1), .atLeast(2), .exactly(1), .always])
        #expect(testCase.observations[1].actions[0].kind == .sendInstruction(.dtmfInput("2#")))
        #expect(testCase.observations[4].actions[0].kind == .logData([
            LogExpression(label: "summary", value: "This is the contact id: $.ContactId with the Queue name: $.Queue.Name"),
            LogExpression(label: "queue", value: "$.Queue.Name"),
        ]))
    }

    @Test func errorMocksForHoursAndLexWithDelay() throws {
        let testCase = try Cases.load("hours-and-lex-errors.json")
        #expect(testCase.observations[0].actions.map(\.kind) == [
            .overrideSystemBehavior(Override(target: .checkHoursOfOperation(hoursOfOperationId: "Business hours"), strategy: .error(.noMatchingError, delaySeconds: 0))),
            .overrideSystemBehavior(Override(target: .connectParticipantWithLexBot(aliasArn: "arn:aws:lex:us-east-1:111122223333:bot-alias/BOTID/OrderBot"),
                                             strategy: .error(.timeLimitExceeded, delaySeconds: 2.5))),
        ])
        #expect(testCase.observations[1].actionsInRunOrder.map(\.kind) == [
            .sendInstruction(.disconnect), .assert(Assertion(namespace: "$.Attributes.attempts", comparison: .numberLessOrEqualTo, operand: "3")),
        ])
    }

    /// Both placements of MatchingCriteria (§2.3) may be written together when they agree.
    @Test func matchingCriteriaInBothPlacesMustAgree() {
        let agreeing = #"{"Version":"2025-06-21","Observations":[{"Identifier":"m","Event":{"Type":"MessageReceived","MatchingCriteria":"Inclusion","Properties":{"Text":"Hi","MatchingCriteria":{"Type":"Inclusion"}}}}]}"#
        #expect(Cases.decode(agreeing).1.isEmpty)
        let disagreeing = agreeing.replacingOccurrences(of: #""MatchingCriteria":"Inclusion""#, with: #""MatchingCriteria":"Similarity""#)
        #expect(Cases.decode(disagreeing).1.map(\.message) == ["MatchingCriteria is written twice and disagrees (Similarity on the Event, Inclusion in Properties)"])
    }

    @Test func flowExportsAreNotTakenForTestCases() {
        let flow = #"{"Version":"2019-10-30","StartAction":"a","Actions":[{"Identifier":"a","Type":"DisconnectParticipant","Parameters":{},"Transitions":{}}]}"#
        #expect(!TestCaseLoader.isTestCase(Array(flow.utf8)))
        let wrappedFlow = #"{"ContactFlow":{"Name":"x","Content":"{\"Actions\":[]}"}}"#
        #expect(!TestCaseLoader.isTestCase(Array(wrappedFlow.utf8)))
        let createFlow = #"{"Name":"x","Type":"CONTACT_FLOW","Content":"{\"Actions\":[]}"}"#
        #expect(!TestCaseLoader.isTestCase(Array(createFlow.utf8)))
    }

    @Test func actionsRunInArrayOrderUnlessNextActionSaysOtherwise() {
        let end = Action(identifier: "end", kind: .endTest)
        let log = Action(identifier: "log", kind: .logData([]), nextAction: "end")
        let first = Action(identifier: "first", kind: .sendInstruction(.disconnect), nextAction: "log")
        let observation = Observation(identifier: "o", event: Event(kind: .testCompleted), actions: [end, first, log])
        #expect(observation.actionsInRunOrder.map(\.identifier) == ["end", "first", "log"])
        let chained = Observation(identifier: "o", event: Event(kind: .testCompleted), actions: [first, end, log])
        #expect(chained.actionsInRunOrder.map(\.identifier) == ["first", "log", "end"])
    }
}
