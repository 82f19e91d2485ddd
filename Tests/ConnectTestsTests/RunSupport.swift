import ConnectTests
import Flows
import Foundation
import Scenario
import Telephony

/// Runs the test cases under Cases/run against Cases/run/scenario.yaml, as `termccp test` does.
enum Runs {
    static func scenario() throws -> (config: InstanceConfig, library: FlowLibrary) {
        let loaded = try ScenarioLoader.load(file: Cases.path("run/scenario.yaml"))
        var config = loaded.config
        config.scheduledCalls = []
        return (config, try EngineBuilder.make(loaded).library)
    }

    /// The result and the engine it ran on; `to` calls that number instead of the entry point's.
    static func run(_ file: String, to number: String? = nil) throws -> (result: TestCaseResult, engine: Engine) {
        let (config, library) = try scenario()
        let resources = ScenarioResources(scenario: "scenario.yaml", config: config)
        let testCase = try TestCaseLoader.load(file: Cases.path(file), resources: resources)
        var entry = try TestEntry.resolve(testCase, config: config).get()
        if let number { entry.to = number }
        let engine = Engine(config: config, flows: library)
        return (EngineTestRun(testCase: testCase, engine: engine, library: library, entry: entry).run(), engine)
    }

    static func record(_ id: String, in result: TestCaseResult) -> ObservationRecord? {
        result.records.first { $0.observationId == id }
    }
}
