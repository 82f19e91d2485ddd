import CCP
import Scenario
import Telephony
import Testing

/// The agent's own lines in its transcript (README "Keys": the transcript is a record of the call):
/// each at its place among what the agent heard, and the agent's own words as "You: …". Driven
/// through the CCP's controller, with no terminal, by keys and by a demo script.
@Suite struct OwnTranscriptLineTests {
    static func texts(_ controller: CCPController, _ agent: String) -> [String] {
        (controller.snapshot().agentTranscripts[agent] ?? []).map { line in
            line.source.isEmpty ? line.text : "\(line.source): \(line.text)"
        }
    }

    /// Accepting at the instant the offer arrives: the offer was heard first, the whisper the accept
    /// brings comes after it; time alone cannot tell them apart (issue 12 review: "You accepted"
    /// showed above "Incoming call").
    @Test func aKeyMoveGoesAfterWhatWasHeardAtItsInstant_andBeforeWhatItBrought() throws {
        let stage = try EngineStage(size: Size(columns: 120, rows: 40)).run(Stages.callIn)
        let offeredAt = stage.engine.now
        stage.press([.char("a")])
        #expect(stage.engine.now == offeredAt, "accepted at the offer's instant")
        let lines = Self.texts(stage.controller, "john")
        #expect(Array(lines.prefix(4)) == [
            "New contact +15555550123 (inbound)",
            "CCP: Incoming call from +15555550123",
            "You accepted the call",
            "Default agent whisper: BasicQueue",
        ], "\(lines)")
    }

    @Test func aScriptedMoveGoesAfterWhatWasHeardAtItsInstant() throws {
        let (script, _) = DemoScript.parse(DemoPlayerTests.callIn + "\naccept\nwait until banner Connected")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script)
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false,
                                       size: Size(columns: 120, rows: 40))
        session.advance(to: 0)
        session.advance(to: 60_000)
        let lines = Self.texts(controller, "john")
        let heard = session.transcript(of: .agent("john"))
        let incoming = try #require(heard.first { $0.text.hasPrefix("Incoming call") })
        let whisper = try #require(heard.first { $0.kind == .whisper })
        #expect(incoming.at == whisper.at, "the script accepts at the offer's instant")
        #expect(Array(lines.prefix(4)) == [
            "New contact +15555550123 (inbound)",
            "CCP: Incoming call from +15555550123",
            "You accepted the call",
            "Default agent whisper: BasicQueue",
        ], "\(lines)")
    }

    /// The engine gives an agent's words only to those who hear them; the agent's own CCP keeps them
    /// as "You: …", where it keeps the tones it sent ("You pressed 1").
    @Test func anAgentsOwnWordsAreInItsTranscriptAsYou() throws {
        let (script, _) = DemoScript.parse(DemoPlayerTests.callIn + """

            accept
            wait until banner Connected
            say Let me get a colleague from password reset.
            maria: status Lunch
            """)
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script)
        let controller = CCPController(session: session, agents: ["john", "maria"], showCustomer: true,
                                       size: Size(columns: 120, rows: 40))
        session.advance(to: 0)
        session.advance(to: 60_000)
        let john = Self.texts(controller, "john")
        #expect(john.filter { $0 == "You: Let me get a colleague from password reset." }.count == 1, "\(john)")
        #expect(john.last { $0.hasPrefix("You") } == "You: Let me get a colleague from password reset.")
        #expect(!Self.texts(controller, "maria").contains { $0.contains("colleague") })
        let caller = try #require(session.callerView()?.callId)
        #expect(session.transcript(of: .customer(caller)).contains { $0.text == "Let me get a colleague from password reset." })
        #expect(!session.transcript(of: .agent("john")).contains { $0.text.contains("colleague") },
                "what the agent heard stays the engine's")
    }
}

extension OwnTranscriptLineTests {
    /// The `:` line is another way to move (README "Keys"): what it carries out is in the transcript as
    /// a key's move is, and what it cannot carry out says why.
    @Test func aMoveTypedOnTheCommandLineIsInTheTranscriptAsAKeysIs() throws {
        let stage = try EngineStage(size: Size(columns: 120, rows: 40)).run(Stages.callIn)
        stage.press([.char(":")]).type("accept").press([.enter])
        #expect(stage.controller.ui.message?.text == "ok: accept")
        stage.run("wait until banner Connected")
        stage.press([.char(":")]).type("say Hello, this is John.").press([.enter])
        stage.press([.char(":")]).type("hold customer").press([.enter])
        stage.press([.char(":")]).type("hold customer").press([.enter])
        #expect(stage.controller.ui.message?.text.hasPrefix("Refused: ") == true)
        let lines = Self.texts(stage.controller, "john")
        #expect(lines.filter { $0.hasPrefix("You") } == [
            "You accepted the call", "You: Hello, this is John.", "You put the caller on hold",
        ], "\(lines)")
    }
}
