import ConnectTests
import Flows
import Testing

/// The three test cases of docs/connect-testing-language.md §5.3 and the AWS example of §5.1, decoded to the
/// values the documentation describes.
@Suite struct DocumentedExamplesTests {
    static let instance = "arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-4333-8444-555555555555"

    @Test func welcomeMenuQueueChainsThreeObservationsAndEndsWithAnAssert() throws {
        let testCase = try Cases.load("doc-a-welcome-menu-queue.json")
        #expect(testCase.version == "2025-06-21")
        #expect(testCase.observations.map(\.identifier) == ["welcome", "menu", "queued"])
        #expect(testCase.startingObservations.map(\.identifier) == ["welcome"])
        #expect(testCase.observations[0].event.kind == .messageReceived(MessageMatch(expected: .text("Welcome to Example Corp"), criteria: .inclusion)))
        #expect(testCase.observations[1].actions == [Action(identifier: "press1", kind: .sendInstruction(.dtmfInput("1")))])
        #expect(testCase.observations[1].nextObservations == ["queued"])
        let queued = testCase.observations[2]
        #expect(queued.event.kind == .flowActionStarted(.transferContactToQueue(queueId: "\(Self.instance)/queue/Sales", agentId: nil)))
        #expect(queued.actionsInRunOrder.map(\.kind) == [
            .assert(Assertion(namespace: "$.Queue.Name", comparison: .equals, operand: "Sales")), .endTest,
        ])
        #expect(queued.usage == .exactly(1), "EXACTLY without Times means once (§2.2, the AWS example)")
    }

    @Test func lambdaMockCarriesItsLoadedDataAndTheCompletionAssert() throws {
        let testCase = try Cases.load("doc-b-lambda-mock.json")
        let arn = "arn:aws:lambda:us-east-1:111122223333:function:lookup-customer"
        #expect(testCase.observations[0].event.kind == .testInitiated)
        #expect(testCase.observations[0].actions[0].kind == .overrideSystemBehavior(Override(
            target: .invokeLambdaFunction(lambdaFunctionARN: arn),
            strategy: .executionResult(.loadedData(delaySeconds: 0, json: #"{"tier":"gold"}"#)))))
        #expect(testCase.observations[1].event.kind == .flowActionCompleted(.invokeLambdaFunction(lambdaFunctionARN: arn)))
        #expect(testCase.observations[1].actions[0].kind == .assert(Assertion(namespace: "$.External.tier", comparison: .equals, operand: "gold")))
        #expect(testCase.observations[2].actionsInRunOrder.map(\.kind) == [.logData([LogExpression(label: "tier", value: "$.Attributes.tier")]), .endTest])
    }

    @Test func afterHoursOverrideMocksOutOfHoursAndMatchesBySimilarity() throws {
        let testCase = try Cases.load("doc-c-after-hours.json")
        let hours = "\(Self.instance)/operating-hours/Business hours"
        #expect(testCase.observations[0].actions[0].kind == .overrideSystemBehavior(Override(
            target: .checkHoursOfOperation(hoursOfOperationId: hours), strategy: .executionResult(.hours(.outOfHours)))))
        #expect(testCase.observations[1].event.kind == .flowActionStarted(.checkHoursOfOperation(hoursOfOperationId: hours)))
        #expect(testCase.observations[1].actions.isEmpty)
        #expect(testCase.observations[2].event.kind == .messageReceived(MessageMatch(expected: .text("We are closed"), criteria: .similarity)))
    }

    /// §5.1: Version 2019-10-30, a SubstituteResource override, `NextAction: ""`, MatchingCriteria as a bare
    /// string on the Event, observation identifiers with spaces.
    @Test func awsExampleReadsTheDeveloperGuideSpellings() throws {
        let testCase = try Cases.load("aws-example.json")
        #expect(testCase.version == "2019-10-30")
        #expect(testCase.observations[0].actions[0].kind == .overrideSystemBehavior(Override(
            target: .checkHoursOfOperation(hoursOfOperationId: "\(Self.instance)/operating-hours/BasicHours"),
            strategy: .substituteResource(arn: "\(Self.instance)/operating-hours/AlwaysOnHours"))))
        #expect(testCase.observations[0].actions[0].nextAction == nil)
        #expect(testCase.observations[1].identifier == "Welcome Message")
        #expect(testCase.observations[1].event.kind == .messageReceived(MessageMatch(expected: .text("Press 1 to be connected to an agent"), criteria: .similarity)))
        #expect(testCase.observations[2].actionsInRunOrder.map(\.identifier) == ["assertqueue", "endthetest"])
    }
}
