import Flows
import Foundation
import Scenario
import Script
import Telephony
import Testing

/// An engine on the built-in scenario with a runner to set the scene in the command language.
struct Desk {
    let engine: Engine
    let runner: ScriptRunner
    /// Every event the engine emitted, in order.
    let events = EventLog()

    init() throws {
        try self.init(change: { _ in })
    }

    /// The built-in scenario changed by `change`, with extra flows (flow-language JSON by name).
    init(flows extra: [String: String] = [:], change: (inout InstanceConfig) -> Void) throws {
        var config = BuiltInScenario.load().config
        change(&config)
        var documents = BuiltInFlows.all
        for (name, json) in extra.sorted(by: { $0.key < $1.key }) {
            documents.append(try FlowLoader.load(data: Data(json.utf8), source: "\(name).json", name: name))
        }
        engine = Engine(config: config, flows: FlowLibrary(documents))
        runner = ScriptRunner(engine: engine, agent: "john")
        let log = events
        engine.onEvent = { log.append($0) }
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

    /// After `connected`: John hands the caller to Maria and leaves, then clears; the caller hangs up on Maria. Two
    /// segments (INBOUND, TRANSFER), the first completed before the call ends.
    static let transferThenCallerHangsUp = """
        quick-connect Maria
        wait until maria banner Connected
        leave
        wait 2s
        clear
        customer hangs up
        wait 3s
        """

    /// After `connected`: the caller held and resumed, a warm transfer to Maria, a conference (join), Maria held and
    /// resumed, John leaves: every hold-loop role and a change of who talks alone along the way (docs §6 rule 19).
    static let holdsTransferAndJoin = """
        hold customer
        resume customer
        quick-connect Maria
        wait until maria banner "Incoming call"
        maria: accept
        wait until maria banner Connected
        join
        hold maria
        resume maria
        leave
        """

    func record(_ n: Int) -> ContactRecord { engine.allRecords[n - 1] }

    /// The scenario's clock as a record writes it, `ms` after the start.
    func timestamp(_ ms: Millis) -> String { Timestamp(start: engine.config.startEpochSeconds, at: ms).iso8601 }
}

/// Events collected from `Engine.onEvent`.
final class EventLog: @unchecked Sendable {
    private(set) var all: [EngineEvent] = []
    func append(_ e: EngineEvent) { all.append(e) }
    func of(_ type: String) -> [EngineEvent] { all.filter { $0.type == type } }
}

/// A flow in the flow language: one prompt then the end of the flow (a whisper, a queue flow).
func promptThenEnd(_ text: String) -> String {
    """
    {"Version": "2019-10-30", "StartAction": "say",
     "Actions": [
      {"Identifier": "say", "Type": "MessageParticipant", "Parameters": {"Text": "\(text)"},
       "Transitions": {"NextAction": "end"}},
      {"Identifier": "end", "Type": "EndFlowExecution", "Parameters": {}, "Transitions": {}}]}
    """
}

/// Events encoded as `--events` writes them: keys sorted.
enum JSONEncoderForEvents {
    static func encode(_ e: EngineEvent) throws -> Data { try encode(e.line()) }

    static func encode(_ line: EventLine) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(line)
    }
}
