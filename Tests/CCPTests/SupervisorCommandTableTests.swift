import CCP
import Telephony
import Testing

/// What a supervisor's `:` line answers for every agent command, silent and barged in, pinned in one
/// table; where the supervisor panel has a key for the same move, the key gives the same answer and
/// leaves the call the same (one vocabulary: the panel reads the engine's reasons). By the docs a
/// barged-in supervisor may go back to silent, end, speak, hold, resume, mute and hang up parties
/// (docs/supervisor.md: Streams 2.4.1 "take over control, mute agents, or drop them from the call";
/// three-party-multi-party-comparison); everything else says why not and what instead (review:
/// `:hold` and other agent commands typed as a barged-in supervisor gave a wrong reason).
@Suite struct SupervisorCommandTableTests {
    enum State: String, Sendable { case silent, barged }

    struct Row: Sendable, CustomStringConvertible {
        var line: String
        var state: State
        /// nil: carried out ("ok: LINE"); else the reason refused.
        var refused: String?
        /// The supervisor panel's key for the same move in that state (Pat Caller selected), if any.
        var key: Character?
        var description: String { "\(state): \(line)" }
    }

    static let takeControl = "You're monitoring silently: barge in to take control."
    static let endFirst = "You're monitoring a call: End call to stop first."
    /// No AWS source gives a barged-in supervisor these moves (docs/supervisor.md, "What the sources say a
    /// barged-in supervisor does not do"); the refusal names the sources.
    static let agentsMoves = "Transfers, numbers and tones are the agent's: no AWS source gives them to a barged-in supervisor (monitor-barge, Streams 2.4.1). Barged in, you hold, mute or hang up parties."

    static let rows: [Row] = [
        Row(line: "status Lunch", state: .silent, refused: endFirst),
        Row(line: "accept", state: .silent, refused: endFirst),
        Row(line: "reject", state: .silent, refused: endFirst),
        Row(line: "clear", state: .silent, refused: endFirst),
        Row(line: "quick-connect Maria", state: .silent, refused: takeControl),
        Row(line: "dial +15555550199", state: .silent, refused: takeControl),
        Row(line: "dtmf 1", state: .silent, refused: takeControl),
        Row(line: "hold customer", state: .silent, refused: takeControl, key: "o"),
        Row(line: "hold all", state: .silent, refused: takeControl, key: "h"),
        Row(line: "resume customer", state: .silent, refused: takeControl),
        Row(line: "resume all", state: .silent, refused: takeControl),
        Row(line: "swap", state: .silent, refused: takeControl),
        Row(line: "join", state: .silent, refused: takeControl),
        Row(line: "leave", state: .silent, refused: "End call stops monitoring and leaves the call."),
        Row(line: "hangup customer", state: .silent, refused: takeControl, key: "x"),
        Row(line: "mute", state: .silent, refused: "You're monitoring silently: no one hears you."),
        Row(line: "unmute", state: .silent, refused: "You are not muted."),
        Row(line: "mute customer", state: .silent, refused: takeControl, key: "u"),
        Row(line: "unmute customer", state: .silent, refused: takeControl),
        Row(line: "say Hello", state: .silent, refused: "You're monitoring silently: barge in to be heard."),
        Row(line: "monitor", state: .silent, refused: "You're already listening silently."),
        Row(line: "monitor john", state: .silent, refused: "You're already monitoring: End call first.", key: "m"),
        Row(line: "barge", state: .silent, refused: nil, key: "b"),
        Row(line: "end", state: .silent, refused: nil, key: "e"),

        Row(line: "status Lunch", state: .barged, refused: endFirst),
        Row(line: "accept", state: .barged, refused: endFirst),
        Row(line: "reject", state: .barged, refused: endFirst),
        Row(line: "clear", state: .barged, refused: endFirst),
        Row(line: "quick-connect Maria", state: .barged, refused: agentsMoves),
        Row(line: "dial +15555550199", state: .barged, refused: agentsMoves),
        Row(line: "dtmf 1", state: .barged, refused: agentsMoves),
        Row(line: "hold customer", state: .barged, refused: nil, key: "o"),
        Row(line: "hold all", state: .barged, refused: nil, key: "h"),
        Row(line: "resume customer", state: .barged, refused: "customer is not on hold."),
        Row(line: "resume all", state: .barged, refused: "No one is on hold."),
        Row(line: "swap", state: .barged, refused: "Swap is the button of the agent who added a party (AWS multi-party-calls): barged in, hold or resume parties (Hold all, Resume all)."),
        Row(line: "join", state: .barged, refused: "Join is the button of the agent who added a party (AWS multi-party-calls): barged in, hold or resume parties (Hold all, Resume all)."),
        Row(line: "leave", state: .barged, refused: "End call stops monitoring and leaves the call."),
        Row(line: "hangup customer", state: .barged, refused: nil, key: "x"),
        Row(line: "mute", state: .barged, refused: "To stop being heard, go back to silent monitoring (Monitor)."),
        Row(line: "unmute", state: .barged, refused: "You are not muted."),
        Row(line: "mute customer", state: .barged, refused: nil, key: "u"),
        Row(line: "unmute customer", state: .barged, refused: "Pat Caller is not muted."),
        Row(line: "say Hello", state: .barged, refused: nil),
        Row(line: "monitor", state: .barged, refused: nil, key: "m"),
        Row(line: "monitor john", state: .barged, refused: "You're already monitoring: End call first."),
        Row(line: "barge", state: .barged, refused: "You've already barged in.", key: "b"),
        Row(line: "end", state: .barged, refused: nil, key: "e"),
    ]

    /// Sue's panel on John's call with Pat, monitoring silently or barged in.
    static func stage(_ state: State) throws -> EngineStage {
        let stage = try EngineStage.supervisedFloor(size: Size(columns: 120, rows: 40)).run(SupervisorStages.johnOnACall).type("m")
        if state == .barged { stage.type("b") }
        return stage
    }

    /// What the engine shows of the call afterwards: who hears whom, who is muted, the supervisor's mode.
    static func call(_ stage: EngineStage) -> String {
        let contact = stage.engine.liveContacts().first
        return "\(stage.engine.monitorMode(of: "sue").map { "\($0)" } ?? "none") "
            + (contact?.hearing.map { "\($0.party)\($0.muted ? " muted" : ""): \($0.hears)" }.joined(separator: "; ") ?? "")
    }

    @Test(arguments: rows)
    func everyCommandsAnswer(_ row: Row) throws {
        let typed = try Self.stage(row.state)
        typed.type(":" + row.line).press([.enter])
        #expect(typed.controller.ui.message?.text == (row.refused.map { "Refused: \($0)" } ?? "ok: \(row.line)"))
        guard let key = row.key else { return }
        let pressed = try Self.stage(row.state)
        pressed.type(String(key))
        if let reason = row.refused {
            let message = try #require(pressed.supervisorMessage)
            #expect(message.hasSuffix(": " + reason), "\(key): \(message)")
        } else {
            #expect(pressed.supervisorMessage == nil)
        }
        #expect(Self.call(pressed) == Self.call(typed))
    }
}
