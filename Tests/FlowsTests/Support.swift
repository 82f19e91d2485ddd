import Foundation
import Testing
@testable import Flows

/// The fixture copies of `shared/fixtures/flows/` (provenance in Fixtures/SOURCES.md).
enum Fixtures {
    static var root: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures resource missing from the test bundle")
        }
        return url
    }

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    static func load(_ relative: String) throws -> FlowDocument { try FlowLoader.load(file: path(relative)) }
}

/// Loads JSON text as if it were a file called `source`.
func load(_ text: String, source: String = "test.json", name: String? = nil) throws(ProblemsError) -> FlowDocument {
    try FlowLoader.load(data: Data(text.utf8), source: source, name: name)
}

/// The problems a load reports, or none when it succeeds.
func loadProblems(_ text: String, source: String = "test.json") -> [Problem] {
    do {
        _ = try load(text, source: source)
        return []
    } catch {
        return error.problems
    }
}

/// A flow-language document around the given actions (a JSON array's contents), for rule-by-rule tests.
func flowText(_ actions: String, start: String = "a", version: String = "2019-10-30") -> String {
    """
    {"Version": "\(version)", "StartAction": "\(start)", "Metadata": {}, "Actions": [\(actions)]}
    """
}

/// Loads the actions and validates them as `type`.
func validate(_ actions: String, as type: FlowType? = .contactFlow, start: String = "a") throws -> [Problem] {
    FlowValidator.validate(try load(flowText(actions, start: start)), as: type)
}

func errors(_ problems: [Problem]) -> [Problem] { problems.filter(\.isError) }
func warnings(_ problems: [Problem]) -> [Problem] { problems.filter { !$0.isError } }

/// A terminal action, to give transitions somewhere to go.
func disconnect(_ id: String) -> String {
    #"{"Identifier": "\#(id)", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}"#
}
