@testable import CCP
import Telephony
import Testing

/// Outside lessons too, the agent CCP's party keys are on screen: at 80 columns beside a supervisor
/// panel (two 38-column panels) the party rows drop their key letters, so the key hint line under the
/// list names them, from the predicate the keys obey (`AgentControls.refusal`); a wider panel names them
/// on the selected row (issue 11 review 3, the leftover of review 2: `o`, `u` and `x` were only in help).
@Suite struct SupervisorBesidePartyKeysTests {
    static func johnOnACall(_ size: Size) throws -> EngineStage {
        try EngineStage.supervisedFloor(agents: ["john"], size: size).run(Stages.connected)
    }

    /// The agent panel's rows, cut out of the screen: its left half at 80 columns.
    static func agentRows(_ stage: EngineStage, width: Int) -> [String] {
        stage.text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.prefix(width)) }
    }

    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 100, rows: 30), Size(columns: 120, rows: 40)])
    func theSelectedPartysKeysAreOnScreenBesideTheSupervisorPanel(_ size: Size) throws {
        let stage = try Self.johnOnACall(size)
        let parties = try #require(stage.engine.view(of: "john")?.contact?.parties)
        let panel = Self.agentRows(stage, width: size.columns / 2).joined(separator: "\n")
        let wanted = parties.indices.contains(0)
            ? [Action.toggleHoldParty, .hangUpParty].filter { AgentControls.refusal($0, on: parties[0]) == nil } : []
        #expect(wanted.count == 2, "hold and hang up apply to the caller of a two-party call")
        for action in wanted {
            let key = Keymap.mnemonic(action, in: .agent)
            let verb = action == .hangUpParty ? "hang" : "hold"
            // Either on the selected row as a button (`[o] Hold`) or on the hint line (`o hold it`, `x hang it up`).
            let named = panel.contains("[\(key)] ") || panel.contains("\(key) \(verb)")
            #expect(named, "\(size.columns)×\(size.rows): \(key) is not on screen\n\(panel)")
        }
    }

    @Test func theHintLinesHoldKeyHoldsTheCallerAt80Columns() throws {
        let stage = try Self.johnOnACall(Size(columns: 80, rows: 24))
        #expect(Self.agentRows(stage, width: 40).contains { $0.contains("o hold") })
        stage.type("o")
        let caller = try #require(stage.engine.view(of: "john")?.contact?.parties.first)
        #expect(caller.state == .hold)
        #expect(Self.agentRows(stage, width: 40).contains { $0.contains("o resume") }, "\(stage.text)")
    }
}
