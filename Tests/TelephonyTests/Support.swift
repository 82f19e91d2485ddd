import Scenario
import Script
import Telephony
import Testing

/// An engine on the built-in scenario with a runner to set the scene in the command language.
struct Desk {
    let engine: Engine
    let runner: ScriptRunner

    init() throws {
        engine = try EngineBuilder.build(BuiltInScenario.load())
        runner = ScriptRunner(engine: engine, agent: "john")
    }

    /// Runs lines that must all be carried out.
    func run(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (lines, errors) = ScriptParser.parse(script)
        #expect(errors.isEmpty, "\(errors)", sourceLocation: sourceLocation)
        let outcome = runner.run(lines)
        if case .passed = outcome { return }
        Issue.record("\(outcome)", sourceLocation: sourceLocation)
    }

    /// The built-in caller phones, John accepts, and they are connected; then the given lines run.
    func connected(then script: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait until banner Connected
        \(script)
        """, sourceLocation: sourceLocation)
    }

    func record(_ n: Int) -> ContactRecord { engine.allRecords[n - 1] }
}
