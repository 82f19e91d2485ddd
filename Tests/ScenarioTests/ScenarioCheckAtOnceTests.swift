import Flows
import Foundation
import Scenario
import Testing

/// `termccp check SCENARIO.yaml` reports every problem it can in one run (docs/scenario-format.md): a problem
/// in the scenario itself no longer hides its flows' problems, and a flow whose export is of the wrong type
/// for the place that runs it is reported at that place's line and key path, not without a line.
@Suite struct ScenarioCheckAtOnceTests {
    /// An agent hold flow as a CreateContactFlow input (the gitlab-cicd fixtures' shape, SOURCES.md).
    static let agentHoldFlow = """
    {"Name": "Held", "Type": "AGENT_HOLD", "Content": "{\\"Version\\": \\"2019-10-30\\", \\"StartAction\\": \\"end\\", \
    \\"Actions\\": [{\\"Identifier\\": \\"end\\", \\"Type\\": \\"EndFlowExecution\\", \\"Parameters\\": {}, \\"Transitions\\": {}}]}"}
    """

    private func check(_ yaml: String) throws -> (problems: [Problem], scenario: String, flow: String) {
        let folder = try temporaryFolder()
        let flow = folder.appendingPathComponent("held.json")
        try Self.agentHoldFlow.write(to: flow, atomically: true, encoding: .utf8)
        let scenario = folder.appendingPathComponent("scenario.yaml")
        try yaml.write(to: scenario, atomically: true, encoding: .utf8)
        return (ScenarioLoader.problems(file: scenario.path), scenario.path, flow.path)
    }

    static let wrongTypes = """
    queues: [{ name: Q }]
    routingProfiles: [{ name: P, queues: [Q] }]
    agents: [{ username: a, routingProfile: P }]
    flows:
      - { name: Held, file: held.json }
    phoneNumbers:
      - { number: "+18005550100", flow: Held }
    defaultFlows:
      customerQueue: Held
    """

    @Test("a flow's export type that does not fit the place running it is reported at that place's line and key path")
    func roleProblemsAtThePlacesLine() throws {
        let (problems, scenario, _) = try check(Self.wrongTypes)
        let own = problems.filter { $0.file == scenario }
        #expect(own.map(\.line) == [7, 9], "\(problems.map(\.description))")
        #expect(own.map(\.location) == ["phoneNumbers[0].flow", "defaultFlows.customerQueue"])
        #expect(own.first?.message == "flow \"Held\" is a Agent hold flow (AGENT_HOLD), but this place runs a Inbound flow (CONTACT_FLOW)")
    }

    @Test("a problem in the scenario does not hide its flows' problems; a missing flow file is reported once")
    func scenarioProblemsDoNotHideFlowProblems() throws {
        let yaml = Self.wrongTypes.replacingOccurrences(of: "routingProfile: P }", with: "routingProfile: P, bogus: 1 }")
            .replacingOccurrences(of: "  - { name: Held, file: held.json }", with: "  - { name: Held, file: held.json }\n  - { name: Gone, file: gone.json }")
        let (problems, scenario, flow) = try check(yaml)
        let own = problems.filter { $0.file == scenario }
        #expect(own.map(\.line) == [3, 6, 8, 10], "\(problems.map(\.description))")
        #expect(own[0].message == "unknown key `bogus`")
        #expect(own[1].message == "flow file gone.json does not exist")
        #expect(problems.contains { $0.file == flow && $0.message.contains("EndFlowExecution is not allowed in AGENT_HOLD flows") })
        #expect(problems.filter { $0.message.contains("gone.json") }.count == 1)
        // Loading still refuses the scenario with its own problems.
        #expect(throws: ProblemsError.self) { try ScenarioLoader.load(file: scenario) }
    }
}
