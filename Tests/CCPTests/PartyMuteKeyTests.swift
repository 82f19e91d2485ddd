@testable import CCP
import Telephony
import Testing

/// The agent CCP's `u` key mutes and unmutes the selected party, against the pure CCP layer (no
/// terminal). On a multi-party call "Any agent on the call can mute any other participant on the
/// call", and "An agent can only unmute themselves, not another agent. However, an agent can unmute
/// participants who are not agents"; on a three-party call "Primary agent can only mute themselves.
/// Secondary agent can only mute themselves." (AWS admin guide, three-party-multi-party-comparison;
/// docs/supervisor.md, "Muting other parties"). The row's button, the key and the Now: line come from
/// one predicate (`AgentControls`).
@Suite struct PartyMuteKeyTests {
    static let size = Size(columns: 120, rows: 40)
    static let multiParty = "Tests/ScriptTests/Scripts/scenarios/multiparty.yaml"

    /// John on a multi-party call with the caller and Maria (simulated), all joined (on `multiParty`).
    static let conferenceScript = Stages.callIn + "\n" + """
        accept
        wait until banner Connected
        quick-connect Maria
        wait until maria banner Connected
        join
        expect maria hears customer
        """

    static func conference() throws -> EngineStage {
        try EngineStage(scenario: multiParty, size: size).run(conferenceScript)
    }

    static func index(_ stage: EngineStage, _ kind: PartyView.Kind) throws -> Int {
        try #require(stage.engine.view(of: "john")?.contact?.parties.firstIndex { $0.kind == kind })
    }

    static func party(_ stage: EngineStage, _ index: Int) throws -> PartyView {
        try #require(stage.engine.view(of: "john")?.contact?.parties[index])
    }

    @Test func uMutesTheSelectedCallerAndUnmutesIt() throws {
        let stage = try Self.conference()
        let caller = try Self.index(stage, .customer)
        stage.press(Array(repeating: .down, count: caller)).type("u")
        #expect(try Self.party(stage, caller).muted)
        stage.run("""
            expect maria not hears customer
            expect not hears customer
            expect customer hears john
            expect heard "You muted +15555550123"
            """)
        stage.type("u")
        #expect(try !Self.party(stage, caller).muted)
        stage.run("expect maria hears customer")
        #expect(stage.controller.ui.refusals == 0)
    }

    /// The row shows Mute beside Hold and ×, enabled, and the Now: line names `u`; once muted the row
    /// shows Unmute.
    @Test func theRowShowsMuteThenUnmuteAndTheNowLineNamesTheKey() throws {
        let stage = try Self.conference()
        let caller = try Self.index(stage, .customer)
        stage.press(Array(repeating: .down, count: caller))
        let view = try #require(stage.engine.view(of: "john"))
        let advice = try #require(Coach.advice(view, selectedParty: caller))
        #expect(advice.contains("u Mute +15555550123"))
        #expect(stage.text.contains("[u] Mute"))
        let hit = try #require(stage.controller.render().hits.first { $0.target == .partyMute(panel: 0, party: caller) })
        #expect(stage.screen()[hit.rect.x, hit.rect.y].role != .buttonDisabled)
        stage.click(.partyMute(panel: 0, party: caller))
        #expect(try Self.party(stage, caller).muted)
        #expect(stage.text.contains("[u] Unmute"))
    }

    /// Maria muted by John: her row shows a dimmed Unmute; `u` says only she can unmute herself, counts
    /// as a refused move, and leaves her muted.
    @Test func unmutingAnotherAgentIsRefusedWithWhy() throws {
        let stage = try Self.conference()
        let maria = try Self.index(stage, .agent)
        stage.press(Array(repeating: .down, count: maria)).type("u")
        stage.run("""
            expect customer not hears maria
            expect maria hears customer
            expect maria heard "John muted you"
            """)
        let row = try Self.party(stage, maria)
        let reason = try #require(row.unmuteReason)
        #expect(reason.contains("can't unmute another agent"))
        let move = try #require(AgentControls.shownMoves(row).first { $0.action == .toggleMuteParty })
        #expect(move.verb == "Unmute" && move.reason == reason)
        stage.type("u")
        #expect(stage.controller.ui.panels[0].message?.text == "Unmute \(row.label): \(reason)")
        #expect(stage.controller.ui.refusals == 1)
        #expect(try Self.party(stage, maria).muted)
        // Maria's own Mute unmutes her.
        stage.run("""
            maria: unmute
            expect customer hears maria
            """)
    }

    /// The `:` line and scripts are the same command as the key.
    @Test func theCommandLineMutesAsTheKeyDoes() throws {
        let stage = try Self.conference()
        stage.type(":mute customer").press([.enter])
        #expect(stage.controller.ui.message?.text == "ok: mute customer")
        stage.run("expect maria not hears customer")
        stage.type(":unmute maria").press([.enter])
        #expect(stage.controller.ui.message?.text == "Refused: Maria is not muted.")
    }

    /// A three-party call (the built-in scenario): the rows show no Mute, and `u` says why.
    @Test func onAThreePartyCallTheKeySaysEachAgentMutesOnlyThemselves() throws {
        let stage = try EngineStage(size: Self.size).run(Stages.joined)
        #expect(!stage.controller.render().hits.contains { if case .partyMute = $0.target { true } else { false } })
        stage.type("u")
        let message = try #require(stage.controller.ui.panels[0].message?.text)
        #expect(message.hasPrefix("Mute "))
        #expect(message.hasSuffix("On a three-party call each agent mutes only themselves: muting another party needs multi-party calls."))
        #expect(stage.controller.ui.refusals == 1)
        stage.run("expect hears customer")
    }
}
