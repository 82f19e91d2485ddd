import Foundation
import Scenario
import Script
import Telephony
import Testing

/// Every `.ccp` file under Scripts/ is a walkthrough that must pass. A first-line comment
/// `# scenario: scenarios/NAME.yaml` picks a scenario; otherwise the built-in one runs.
enum ScriptFiles {
    static var folder: URL { Bundle.module.resourceURL!.appendingPathComponent("Scripts") }

    static var all: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".ccp") }.sorted()
    }

    /// `prepare` sees the engine before the first line runs (to listen to its events).
    static func run(_ name: String, prepare: (Engine) -> Void = { _ in }) throws -> (ScriptRunner.Outcome, Engine) {
        let url = folder.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let scenario: LoadedScenario
        if let first = text.split(separator: "\n").first, first.hasPrefix("# scenario:") {
            let path = folder.appendingPathComponent(first.dropFirst("# scenario:".count).trimmingCharacters(in: .whitespaces)).path
            scenario = try ScenarioLoader.load(file: path)
        } else {
            scenario = BuiltInScenario.load()
        }
        let engine = try EngineBuilder.build(scenario)
        prepare(engine)
        let (lines, errors) = ScriptParser.parse(text)
        #expect(errors.isEmpty, "\(name): \(errors)")
        return (ScriptRunner(engine: engine).run(lines), engine)
    }
}

@Suite struct WalkthroughScripts {
    /// Every `.ccp` anywhere under Scripts/ is a walkthrough this suite runs: none hides in a subfolder.
    @Test func everyScriptInTheFolderRuns() throws {
        let found = FileManager.default.enumerator(atPath: ScriptFiles.folder.path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".ccp") } ?? []
        #expect(found.sorted() == ScriptFiles.all)
        #expect(ScriptFiles.all.count >= 35)
    }

    @Test(arguments: ScriptFiles.all)
    func walkthroughPasses(_ name: String) throws {
        let (outcome, _) = try ScriptFiles.run(name)
        guard case .passed(let n) = outcome else {
            Issue.record("\(name): \(outcome)")
            return
        }
        #expect(n > 0, "\(name) checked no expectation")
    }
}
