@testable import CCP
import Telephony
import Testing

/// The "Now:" line, what a refused agent can do instead, lists exactly the controls the panel draws
/// enabled: the buttons and the selected party's own Hold/Resume (`o`) and hang-up (`x`), from the one
/// predicate that dims the others (review of issue 11 point 3: the line left out `o` and `x`; lazygit's
/// one predicate that disables a button and says why).
@Suite struct NowLineTests {
    static let size = Size(columns: 120, rows: 40)

    static let stages: [(name: String, script: String)] = [
        ("idle", Stages.idle), ("ringing", Stages.ringing), ("connected", Stages.connected),
        ("caller on hold", Stages.connected + "\nhold customer\nwait 2s"), ("consult", Stages.consult),
        ("queue transfer connecting", Stages.queueTransferConnecting), ("joined", Stages.joined),
        ("party on hold", Stages.partyOnHold), ("after contact work", Stages.afterContactWork), ("missed", Stages.missed),
        ("on the shipping IVR", Stages.onShippingIVR),
    ]

    /// The agent keys of the controls drawn on John's panel (panel 0), enabled or dimmed, read from
    /// the frame's click targets and the colour of their first cell.
    static func drawn(_ frame: Frame, selectedParty: Int) -> (enabled: Set<String>, disabled: Set<String>) {
        var enabled = Set<String>(), disabled = Set<String>()
        for hit in frame.hits {
            let key: String
            switch hit.target {
            case .button(panel: 0, let action): key = Keymap.mnemonic(action, in: .agent)
            case .partyHold(panel: 0, party: selectedParty): key = Keymap.mnemonic(.toggleHoldParty, in: .agent)
            case .partyHangUp(panel: 0, party: selectedParty): key = Keymap.mnemonic(.hangUpParty, in: .agent)
            case .partyMute(panel: 0, party: selectedParty): key = Keymap.mnemonic(.toggleMuteParty, in: .agent)
            default: continue
            }
            if frame.screen[hit.rect.x, hit.rect.y].role == .buttonDisabled { disabled.insert(key) } else { enabled.insert(key) }
        }
        return (enabled, disabled)
    }

    /// The keys the line names: each entry is "key Label".
    static func keys(_ line: String?) -> [String] {
        guard let line else { return [] }
        #expect(line.hasPrefix("Now: "))
        return line.dropFirst(5).components(separatedBy: ", ").map { String($0.prefix { $0 != " " }) }
    }

    @Test(arguments: stages.map(\.name))
    func everyEnabledControlIsOnTheNowLineAndNoDimmedOne(_ name: String) throws {
        let script = try #require(Self.stages.first { $0.name == name }).script
        let stage = try EngineStage(size: Self.size).run(script)
        let parties = stage.engine.view(of: "john")?.contact?.parties.count ?? 0
        for selected in 0..<max(1, parties) {
            if selected > 0 { stage.press([.down]) }
            let view = try #require(stage.engine.view(of: "john"))
            let drawn = Self.drawn(stage.controller.render(), selectedParty: selected)
            let now = Self.keys(Coach.advice(view, selectedParty: selected))
            #expect(Set(now) == drawn.enabled, "\(name), party \(selected)")
            #expect(Set(now).isDisjoint(with: drawn.disabled), "\(name), party \(selected)")
            #expect(now.count == Set(now).count, "\(name), party \(selected): a key named twice")
        }
    }

    /// On a call with the caller alone, Join is dimmed: pressing it says why, and the Now: line under
    /// it names the caller's own Hold and hang-up keys with the buttons that apply.
    @Test func aRefusedButtonsNowLineNamesTheSelectedPartysKeys() throws {
        let stage = try EngineStage(size: Self.size).run(Stages.connected).type("j")
        let advice = try #require(stage.controller.ui.panels[0].advice)
        #expect(advice.contains("o Hold +15555550123"))
        #expect(advice.contains("x Hang up +15555550123"))
        #expect(advice.contains("e End call"))
        #expect(!advice.contains("j Join"))
    }

    /// A refused party key gets the same Now: line as a refused button: Maria, joined to John's call,
    /// may not hang up the caller while John, who transferred it, is on the line (docs §6 rule 20).
    @Test func aRefusedPartyKeyShowsTheNowLineToo() throws {
        let stage = try EngineStage(agents: ["john", "maria"], size: Self.size).run(Stages.connected + "\n" + """
            quick-connect Maria
            wait until maria banner "Incoming call"
            maria: accept
            wait until maria banner Connected
            join
            wait 2s
            """).press([.tab])
        let view = try #require(stage.engine.view(of: "maria"))
        let parties = try #require(view.contact?.parties)
        let index = try #require(parties.firstIndex { $0.kind == .customer })
        let party = parties[index]
        let refused = try #require(AgentControls.shownMoves(party).first { $0.action == .hangUpParty && $0.reason != nil })
        stage.press(Array(repeating: .down, count: index)).type("x")
        #expect(stage.controller.ui.panels[1].message?.text == "Hang up \(party.label): \(refused.reason ?? "")")
        let advice = try #require(stage.controller.ui.panels[1].advice)
        #expect(advice == Coach.advice(view, selectedParty: index))
        #expect(!advice.contains("x Hang up"))
        #expect(stage.engine.view(of: "maria")?.contact?.parties[index].state == .connected)
    }
}
