@testable import CCP
import Telephony
import Testing

/// The party list's key hint (lessons, under the list) names exactly the party keys that work on the
/// selected row now, from the predicate the keys are carried out or refused by (issue 11 review 2,
/// point 9: the hint read "o hold or resume it  x hang it up" and never listed `u`, the Mute key of
/// a multi-party call's rows; lazygit's one predicate that decides a control and its hint).
@Suite struct PartyKeyHintTests {
    static let size = Size(columns: 120, rows: 40)
    static let partyKeys: [Character] = ["u", "o", "x"]

    /// States with the rows they show: two parties, the caller on hold, a consult, a multi-party conference.
    static let stages: [(name: String, scenario: String?, script: String)] = [
        ("connected", nil, Stages.connected),
        ("caller on hold", nil, Stages.connected + "\nhold customer"),
        ("consult", nil, Stages.consult),
        ("multi-party conference", PartyMuteKeyTests.multiParty, PartyMuteKeyTests.conferenceScript),
    ]

    static func stage(_ name: String) throws -> EngineStage {
        let s = try #require(stages.first { $0.name == name })
        return try EngineStage(scenario: s.scenario, size: size).run(s.script)
    }

    /// On every row of every stage: each party key the hint lists is carried out when pressed, and each
    /// it leaves out is refused.
    @Test(arguments: stages.map(\.name))
    func theHintListsExactlyThePartyKeysThatWorkOnTheSelectedRow(_ name: String) throws {
        let rows = try #require(try Self.stage(name).engine.view(of: "john")?.contact?.parties).count
        var sawMute = false
        for row in 0..<rows {
            let probe = try Self.stage(name)
            let parties = try #require(probe.engine.view(of: "john")?.contact?.parties)
            let hinted = PartyList.keyHints(parties, selected: row).map(\.key)
            let select = "\(Keymap.mnemonic(.previousParty, in: .agent))/\(Keymap.mnemonic(.nextParty, in: .agent))"
            #expect(hinted.contains(select) == (parties.count > 1), "\(name) row \(row): \(hinted)")
            sawMute = sawMute || hinted.contains("u")
            for key in Self.partyKeys {
                let stage = try Self.stage(name)
                stage.press(Array(repeating: .down, count: row)).type(String(key))
                let refused = stage.controller.ui.panels[0].message?.kind == .error
                #expect(hinted.contains(String(key)) == !refused,
                        "\(name) row \(row): \(key) \(refused ? "refused" : "works") but the hint is \(hinted)")
            }
        }
        // The multi-party rows are where `u` applies, and the hint says so.
        #expect(sawMute == (name == "multi-party conference"), "\(name)")
    }

    @Test func aHeldPartysHintSaysResumeAndAConnectedOnesHold() throws {
        let held = try #require(try Self.stage("caller on hold").engine.view(of: "john")?.contact?.parties)
        #expect(PartyList.keyHints(held, selected: 0).map(\.what) == ["resume it", "hang it up"])
        let connected = try #require(try Self.stage("connected").engine.view(of: "john")?.contact?.parties)
        #expect(PartyList.keyHints(connected, selected: 0).map(\.what) == ["hold it", "hang it up"])
    }
}
