import Flows
import Foundation
import Scenario
import Testing

/// Flows inside scenarios: modules (issue 14 point 17) and a broken flow named where the scenario declares it
/// (issue 14 point 11).
@Suite struct FlowScenarioTests {
    private func scenario(_ name: String) throws -> LoadedScenario {
        let url = try #require(Bundle.module.url(forResource: "Scripts/scenarios/\(name)", withExtension: "yaml"))
        return try ScenarioLoader.load(file: url.path)
    }

    /// The problems that stop the scenario from running, or none when it builds.
    private func buildProblems(_ path: String) -> [Problem] {
        do {
            _ = try EngineBuilder.build(try ScenarioLoader.load(file: path))
            return []
        } catch {
            return error.problems
        }
    }

    @Test("check validates modules and warns of an InvokeFlowModule whose module is not declared")
    func checkValidatesModules() throws {
        let loaded = try scenario("flow-modules")
        #expect(loaded.flowFiles.contains { $0.isModule && $0.name == "greeting-module" })
        let (library, problems) = EngineBuilder.flows(for: loaded)
        #expect(library.flow(named: "greeting-module")?.isModule == true)
        #expect(library.resolveModule("arn:aws:connect:us-east-1:111122223333:instance/i/flow-module/greeting-module") == "greeting-module")
        #expect(library.resolve("greeting-module") == nil, "TransferToFlow cannot name a module")
        #expect(problems.filter(\.isError).isEmpty)
        let warning = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(warning.message.contains("missing-module is not declared under the scenario's modules:"))
        #expect(warning.file.hasSuffix("module-call-missing.json"))
    }

    @Test("a module with an error is an error of the scenario, named at its `modules:` line")
    func aBrokenModuleIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("termccp-modules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let module = #"{"Version": "2019-10-30", "StartAction": "x", "Actions": [{"Identifier": "x", "Type": "InvokeLambdaFunction", "Parameters": {"InvocationTimeLimitSeconds": "1e300"}, "Transitions": {}}]}"#
        try module.write(to: folder.appendingPathComponent("m.json"), atomically: true, encoding: .utf8)
        let yaml = """
            queues: [ { name: BasicQueue } ]
            routingProfiles: [ { name: Support, queues: [BasicQueue] } ]
            agents: [ { username: john, routingProfile: Support } ]
            modules:
              - { name: m, file: m.json }
            """
        let path = folder.appendingPathComponent("s.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let problems = buildProblems(path)
        #expect(problems.contains { $0.message.contains("InvocationTimeLimitSeconds is 1e300") })
        let named = try #require(problems.last)
        #expect(named.file == path)
        #expect(named.line == 5)
        #expect(named.message == "module m has 1 error (above), so the scenario cannot run")
    }
}
