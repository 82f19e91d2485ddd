import Scenario
import Script
import Telephony
import Testing

/// A script's words for a simulated party replace that party's own lines on the call (README,
/// Demos, "One voice a party"): the built-in caller's `says` ("Hi, I forgot my password…"), Maria's
/// bot greeting and Acme Shipping's greeting are not spoken where the script speaks for them, so the
/// audience hears one story (issue 12 review: the caller spoke twice).
@Suite struct ScriptVoiceTests {
    static let callerSays = "Hi, I forgot my password and I'm locked out."
    static let mariaGreets = "Hi, this is Maria. I can help with your password."
    static let acmeGreets = "Acme Shipping. Please enter your order number."

    static func run(_ text: String) throws -> Engine {
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        let (lines, errors) = ScriptParser.parse(text)
        #expect(errors.isEmpty, "\(errors)")
        let outcome = ScriptRunner(engine: engine).run(lines)
        guard case .passed = outcome else { Issue.record("\(outcome)"); return engine }
        return engine
    }

    static func heard(_ engine: Engine, _ party: PartyKey) -> [String] {
        engine.transcript(of: party).map(\.text)
    }

    static let callIn = """
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait until banner Connected
        """

    /// The caller's scripted line comes 5 s after the agent answers, well after the 2 s the
    /// scenario's caller waits before its own line: still only the script's words are heard.
    @Test func aCallerTheScriptSpeaksForDoesNotSayItsScenarioLines() throws {
        let engine = try Self.run(Self.callIn + "\nwait 5s\ncustomer says I am locked out of my account.\nwait 30s")
        let john = Self.heard(engine, .agent("john"))
        #expect(john.contains("I am locked out of my account."))
        #expect(!john.contains(Self.callerSays), "\(john)")
    }

    /// The rule is per call: a call the script gives no words to keeps its caller's own lines.
    @Test func aCallerTheScriptGivesNoWordsStillSaysItsScenarioLines() throws {
        let engine = try Self.run(Self.callIn + "\nwait 30s")
        #expect(Self.heard(engine, .agent("john")).contains(Self.callerSays))
    }

    /// A caller the script did not place (here one placed before the script's lines ran) stops its
    /// own lines from the script's first words for it.
    @Test func aCallerPlacedElsewhereStopsItsOwnLinesFromTheScriptsFirstWords() throws {
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        #expect(engine.perform(.call(from: "+15555550123", to: "+18005550100")) == nil)
        let (lines, _) = ScriptParser.parse("""
            wait until banner "Incoming call"
            accept
            wait until banner Connected
            customer says I am locked out of my account.
            wait 30s
            """)
        #expect(ScriptRunner(engine: engine).run(lines) == .passed(expectations: 0))
        #expect(!Self.heard(engine, .agent("john")).contains(Self.callerSays))
    }

    /// The sample demo: Maria's bot greets John a second after she answers the consult, and the
    /// script has her speak later; only the script's words are hers.
    @Test func aBotAgentTheScriptSpeaksForDoesNotGreet() throws {
        let engine = try Self.run(Self.callIn + """

            quick-connect Maria
            wait until maria banner Connected
            wait 5s
            join
            maria: say Hi, this is Maria. I can reset that password for you.
            wait 5s
            """)
        let john = Self.heard(engine, .agent("john"))
        #expect(john.contains("Hi, this is Maria. I can reset that password for you."))
        #expect(!john.contains(Self.mariaGreets), "\(john)")
    }

    @Test func anExternalNumberTheScriptSpeaksForDoesNotSayItsGreeting() throws {
        let engine = try Self.run(Self.callIn + """

            quick-connect "Shipping company"
            wait 10s
            external +18005550199 says Acme, how can I help?
            wait 5s
            """)
        let john = Self.heard(engine, .agent("john"))
        #expect(john.contains("Acme, how can I help?"))
        #expect(!john.contains(Self.acmeGreets), "\(john)")
    }
}
