@testable import CCP
import Foundation
import Scenario
import Script
import Telephony
import Testing

/// A refusal's advice on an agent CCP names the keys to press; the `:` line and scripts keep the
/// command words (issue 11 review, point 1: pressing Hold all with the caller alone said "to hold the
/// caller, hold customer", which no CCP key does). The reason itself stays the engine's.
@Suite struct KeyAdviceTests {
    static let size = Size(columns: 120, rows: 40)

    /// The engine still words each clause as KeyAdvice expects, so the CCP's key wording never goes stale.
    @Test func everyClauseIsStillTheEnginesWording() throws {
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        let runner = ScriptRunner(engine: engine, agent: "john")
        let (lines, errors) = ScriptParser.parse(Stages.connected)
        #expect(errors.isEmpty)
        _ = runner.run(lines)
        let holdAll = try #require(engine.perform(.hold(.all), as: "john")).reason
        #expect(holdAll.hasSuffix("to hold the caller, hold customer."), "\(holdAll)")
        _ = runner.run(ScriptParser.parse("hold customer").lines)
        let holdAllOnHold = try #require(engine.perform(.hold(.all), as: "john")).reason
        #expect(holdAllOnHold.hasSuffix("to resume the caller, resume customer."), "\(holdAllOnHold)")
        let idle = try EngineBuilder.build(BuiltInScenario.load())
        let quickConnect = try #require(idle.perform(.quickConnect("Maria"), as: "john")).reason
        #expect(quickConnect.hasSuffix("make a call first, or wait for one to ring."), "\(quickConnect)")
    }

    @Test func holdAllWithTheCallerAloneNamesTheKeyThatHoldsTheCaller() throws {
        let stage = try EngineStage(size: Self.size).run(Stages.connected).type("h")
        let message = try #require(stage.controller.ui.panels[0].message).text
        #expect(message == "Hold all: Hold all needs a third party on the call; to hold the caller, press o (Hold on the caller's row).")
        #expect(stage.text.contains("press o (Hold on the caller's row)"))
        // The key it names does what it says.
        stage.type("o")
        #expect(stage.engine.view(of: "john")?.contact?.parties.first?.state == .hold)
    }

    /// Hold all with the caller alone and already on hold: holding them is refused too, so the advice
    /// names the move that applies, Resume on the caller's row (issue 11 review 2, point 1).
    @Test func holdAllWithTheCallerAloneOnHoldNamesTheKeyThatResumesTheCaller() throws {
        let stage = try EngineStage(size: Self.size).run(Stages.connected).type("o")
        #expect(stage.engine.view(of: "john")?.contact?.parties.first?.state == .hold)
        stage.type("h")
        let message = try #require(stage.controller.ui.panels[0].message).text
        #expect(message == "Hold all: Hold all needs a third party on the call, and the caller is on hold; "
            + "to resume the caller, press o (Resume on the caller's row).")
        #expect(!message.contains("to hold the caller"))
        stage.type("o")
        #expect(stage.engine.view(of: "john")?.contact?.parties.first?.state == .connected)
    }

    @Test func theCommandLineKeepsTheCommandWords() throws {
        let stage = try EngineStage(size: Self.size).run(Stages.connected)
        stage.type(":hold all").press([.enter])
        let message = try #require(stage.controller.ui.message).text
        #expect(message.contains("to hold the caller, hold customer."), "\(message)")
    }

    @Test func aQuickConnectChosenWhileIdleNamesTheKeysThatTakeOrMakeACall() throws {
        let stage = try EngineStage(size: Self.size).run(Stages.idle)
        stage.type("q").press([.enter])
        let message = try #require(stage.controller.ui.panels[0].message).text
        #expect(message == "Agent and queue quick connects transfer a call: make one first (n Number pad), or wait for one to ring.")
    }

    /// The states a move that needs a connected call is refused in, each brought about by the engine.
    static let noCallStages: [(name: String, script: String)] = [
        ("idle", Stages.idle),
        ("offline", "status Offline\nwait 1s"),
        ("ringing", Stages.ringing),
        ("missed", Stages.callIn + "\nwait 25s\nexpect banner \"Missed contact\""),
        ("after contact work", Stages.connected + "\nend\nwait 1s"),
    ]

    /// The keys a CCP advice names: "(n Number pad)", "(a Accept call)", "press c (…)", "(t)".
    static func namedKeys(_ advice: String) -> [Character] {
        let pattern = try! NSRegularExpression(pattern: #"(?:\(|press )([a-z])[ )]"#)
        return pattern.matches(in: advice, range: NSRange(advice.startIndex..., in: advice)).compactMap {
            Range($0.range(at: 1), in: advice).flatMap { advice[$0].first }
        }
    }

    /// Every refusal of a quick connect or a number to dial, in every state without a connected call,
    /// names on the CCP only keys that work in that state (issue 11 review 2, point 2: "accept one (a)"
    /// while nothing rang; "Clear contact" while the call rang, where Clear contact is refused too).
    @Test(arguments: noCallStages.map(\.name))
    func aMoveThatNeedsACallNamesOnlyKeysThatWorkInThatState(_ stageName: String) throws {
        let script = try #require(Self.noCallStages.first { $0.name == stageName }).script
        let stage = try EngineStage(size: Self.size).run(script)
        let view = try #require(stage.engine.view(of: "john"))
        for command in [AgentCommand.quickConnect("Maria"), .dial("+15555550199")] {
            guard let reason = stage.engine.perform(command, as: "john")?.reason else {
                // Idle, a number is dialled: nothing refused, no advice.
                #expect(stageName == "idle" && command != .quickConnect("Maria"), "\(command) in \(stageName)")
                continue
            }
            let advice = KeyAdvice.onCCP(reason)
            let keys = Self.namedKeys(advice)
            #expect(!keys.isEmpty, "\(stageName): \(advice)")
            for key in keys {
                let action = try #require(Keymap.action(for: .char(key), in: .agent), "\(key) in \(advice)")
                let works = action == .statusMenu || action.control.map(view.isEnabled) == true
                #expect(works, "\(stageName): \(advice) names \(key), which is refused there")
            }
        }
    }

    @Test func theCustomerPhoneWithNoCallNamesTheNextCallerKey() throws {
        let stage = try EngineStage(customer: true, size: Self.size).run(Stages.idle)
        stage.press([.tab]).type("y")
        let message = try #require(stage.controller.ui.panels[1].message).text
        #expect(message == "No call on the customer phone: press i and a caller phones in (or :call FROM -> TO)")
        stage.type("i")
        #expect(stage.controller.ui.message?.text.contains("phones") == true)
    }
}
