import Flows
import Foundation
import Scenario
import Telephony

/// The problems a scenario text produces; empty when it loads.
func problems(_ yaml: String, file: String = "test.yaml") -> [Problem] {
    do {
        _ = try ScenarioLoader.load(yaml: yaml, source: file, baseDirectory: "/nonexistent")
        return []
    } catch {
        return error.problems
    }
}

/// The first problem at a key path, for checks on one mistake among several.
func problem(at location: String, in yaml: String) -> Problem? {
    problems(yaml).first { $0.location == location }
}

/// A fresh folder for scenario files and the flow files they name.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Enough of a contact centre to load; tests append the part they are about.
let minimalScenario = """
queues:
  - name: BasicQueue
routingProfiles:
  - { name: Support, queues: [BasicQueue] }
agents:
  - { username: john, routingProfile: Support }

"""

/// The configuration a text loads into, or the problems that stop it.
func load(_ yaml: String) -> (config: InstanceConfig?, problems: [Problem]) {
    do {
        return (try ScenarioLoader.load(yaml: yaml, source: "t.yaml", baseDirectory: "/").config, [])
    } catch {
        return (nil, error.problems)
    }
}
