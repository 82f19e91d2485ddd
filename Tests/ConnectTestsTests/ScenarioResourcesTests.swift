import ConnectTests
import Flows
import Foundation
import Testing

/// With a scenario, an override of a resource the scenario lacks is an error and an observation of one a
/// warning (issue 10, "Bad input"); references resolve as the engine resolves them (§5.3: the last path
/// segment of an ARN against scenario names, a Lambda by its function name).
@Suite struct ScenarioResourcesTests {
    static let complete = ScenarioResources(scenario: "s.yaml", lambdaFunctions: ["lookup-customer"], hoursOfOperation: ["Business hours"],
                                            queues: ["Sales"], lexBots: [])
    static let empty = ScenarioResources(scenario: "s.yaml", lambdaFunctions: ["audit"], hoursOfOperation: [], queues: ["Support"], lexBots: [])

    static func problems(_ name: String, _ resources: ScenarioResources) -> [Problem] {
        let bytes = [UInt8](FileManager.default.contents(atPath: Cases.path("good/\(name)")) ?? Data())
        return TestCaseLoader.decode(bytes, file: name, resources: resources).problems
    }

    @Test(arguments: ["doc-a-welcome-menu-queue.json", "doc-b-lambda-mock.json", "doc-c-after-hours.json"])
    func documentedExamplesResolveAgainstTheirScenario(_ name: String) {
        #expect(Self.problems(name, Self.complete).isEmpty)
    }

    @Test func overrideOfAMissingLambdaIsAnErrorAtItsParameters() throws {
        let problems = Self.problems("doc-b-lambda-mock.json", Self.empty)
        let error = try #require(problems.first { $0.isError })
        #expect(error.location == "$.Observations[0].Actions[0].Parameters.Behavior.Properties.ActionParameters")
        #expect(error.line == 23)
        #expect(error.message == "this override names lookup-customer, which scenario s.yaml has no lambdas entry for")
        #expect(error.fix == "add lookup-customer under lambdas: in the scenario, or name one it has (it has: audit)")
    }

    @Test func observationOfAMissingQueueIsAWarning() {
        let problems = Self.problems("doc-a-welcome-menu-queue.json", Self.empty)
        #expect(problems.map(\.severity) == [.warning])
        #expect(problems.first?.message == "this observation (it can never match) names Sales, which scenario s.yaml has no queues entry for")
    }

    @Test func missingHoursInOverrideAndObservation() {
        let problems = Self.problems("doc-c-after-hours.json", Self.empty)
        #expect(problems.filter(\.isError).count == 1)
        #expect(problems.contains { $0.fix == "add Business hours under hours: in the scenario, or name one it has (it declares none)" })
    }

    @Test func substituteOfAMissingQueueIsAnError() {
        let problems = Self.problems("queue-overrides.json", ScenarioResources(scenario: "s.yaml", lambdaFunctions: [], hoursOfOperation: [],
                                                                                queues: ["Sales", "queue-support"], lexBots: []))
        #expect(problems.filter(\.isError).map(\.location) == ["$.Observations[0].Actions[1].Parameters.Behavior.Properties.Strategy.SubstituteArn"])
    }
}
