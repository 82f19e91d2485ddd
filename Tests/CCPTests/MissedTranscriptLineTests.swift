import CCP
import Scenario
import Telephony
import Testing

/// A missed offer leaves a line in the agent's transcript, where it happened (issue 11 review, point 3):
/// the real CCP shows the contact as Missed, the agent's status Missed until Clear contact
/// (docs/amazon-connect.md §1.6, "Agents have 20 seconds to accept or reject a contact. If no action is
/// taken, the current agent's status will be Missed"; §6 rule 4: a reject or the caller hanging up while
/// it rings goes to missed as well).
@Suite struct MissedTranscriptLineTests {
    static let missed = "Missed contact: the call was not accepted; your status is Missed until Clear contact"

    static func lines(_ stage: EngineStage) -> [TranscriptLine] { stage.controller.snapshot().agentTranscripts["john"] ?? [] }

    @Test func anOfferLeftToRingOutLeavesAMissedLineAtTheMomentItWasMissed_docs1_6() throws {
        let stage = try EngineStage(size: Size(columns: 120, rows: 40)).run(Stages.callIn)
        let offered = try #require(stage.engine.transcript(of: .agent("john")).first { $0.text.hasPrefix("Incoming call") })
        stage.run("wait until banner \"Missed contact\"")
        let lines = Self.lines(stage)
        let missed = try #require(lines.firstIndex { $0.text == Self.missed })
        #expect(lines[missed].at == offered.at + 20_000, "the 20 s accept window (docs §6 rule 5)")
        #expect(lines.firstIndex { $0.text.hasPrefix("Incoming call") }! < missed)
        // First seen missed (no frame while it rang), the contact's start still comes first: lines in time order.
        #expect(lines.map(\.at) == lines.map(\.at).sorted(), "\(lines.map(\.text))")
        #expect(stage.text.contains("Missed contact: the call was not accepted"))
        // Looked at again, the same miss is not written twice.
        _ = stage.controller.render()
        #expect(Self.lines(stage).count { $0.text == Self.missed } == 1)
    }

    @Test func aRejectedOfferSaysYouRejectedItThenThatTheContactIsMissed_docs6_rule4() throws {
        let stage = try EngineStage(size: Size(columns: 120, rows: 40)).run(Stages.ringing)
        stage.press([.char("r")])
        let texts = Self.lines(stage).map(\.text)
        let rejected = try #require(texts.firstIndex(of: "You rejected the call"))
        let missed = try #require(texts.firstIndex(of: Self.missed))
        #expect(rejected < missed)
    }

    /// The same order when a demo's script rejects (review12: Maria's transcript read "Missed contact" above
    /// "You rejected the call", the script's move being logged after the frame had seen the miss).
    @Test func aRejectByTheDemoScriptAlsoReadsRejectedThenMissed() throws {
        let (script, errors) = DemoScript.parse("""
            call +15555550123 -> +18005550100
            wait until banner "Incoming call"
            reject
            expect banner "Missed contact"
            """)
        #expect(errors.isEmpty, "\(errors)")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script)
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false,
                                       size: Size(columns: 120, rows: 40))
        session.advance(to: 0)
        session.advance(to: 60_000)
        #expect(session.player.finished && session.player.failures.isEmpty, "\(session.player.failures)")
        let texts = (controller.snapshot().agentTranscripts["john"] ?? []).map(\.text)
        let rejected = try #require(texts.firstIndex(of: "You rejected the call"), "\(texts)")
        let missed = try #require(texts.firstIndex(of: Self.missed), "\(texts)")
        #expect(rejected < missed, "\(texts)")
    }

    @Test func eachMissOfTheSameCallerIsALineOfItsOwn() throws {
        let stage = try EngineStage(size: Size(columns: 120, rows: 40)).run(Stages.missed)
        _ = stage.controller.render()
        // Clear contact: the caller, still waiting, rings again and is missed again.
        stage.press([.char("c")])
        stage.run("""
            wait until banner "Incoming call"
            wait until banner "Missed contact"
            """)
        #expect(Self.lines(stage).count { $0.text == Self.missed } == 2)
    }
}
