import CCP
import Scenario
import Telephony
import Testing

/// Golden screens of `termccp demo`'s caption bar (issue 12 point 1) on the built-in scenario:
/// a step playing, a failed expectation shown with the caption after it, and the end.
@Suite struct DemoScreenTests {
    static let script = """
        # A customer phones the support line and John answers.
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait until banner Connected
        expect banner Connected
        expect banner "On hold"
        # John consults Maria with a quick connect: the customer goes on hold and hears the hold flow while Maria's CCP rings and she accepts.
        pause
        quick-connect Maria
        wait until maria banner Connected
        """
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)]

    final class Demo {
        let session: DemoSession
        let controller: CCPController

        init(size: Size) throws {
            let (script, errors) = DemoScript.parse(DemoScreenTests.script)
            #expect(errors.isEmpty)
            session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script)
            controller = CCPController(session: session, agents: ["john", "maria"], showCustomer: false, size: size)
        }

        /// Runs the clock in 100 ms frames, each one looked at as the terminal loop draws it, until
        /// `done` holds (at most 5 min).
        func play(until done: (DemoPlayer) -> Bool) {
            session.advance(to: session.now)
            while !done(session.player), session.now < 300_000 {
                session.advance(to: session.now + 100)
                _ = controller.snapshot()
            }
            #expect(done(session.player), "the demo never reached the state")
        }

        func screen() -> String { Golden.text(controller.render().screen) }
    }

    @Test func aStepPlaying() throws {
        for size in Self.sizes {
            let demo = try Demo(size: size)
            demo.play { $0.current?.text == "accept" }
            Golden.check(demo.screen(), file: "demo-playing.\(size.columns)x\(size.rows).txt")
        }
    }

    @Test func aFailedExpectationShown() throws {
        for size in Self.sizes {
            let demo = try Demo(size: size)
            demo.play { !$0.failures.isEmpty }
            #expect(demo.screen().contains("× line 7: john's banner: expected \"On hold\", saw \"Connected\""))
            Golden.check(demo.screen(), file: "demo-failed.\(size.columns)x\(size.rows).txt")
        }
    }

    /// The caption bar's rows count in the size the terminal needs (as the lesson bar's do).
    @Test func tooSmallCountsTheCaptionBar() throws {
        let demo = try Demo(size: Size(columns: 80, rows: 20))
        let text = demo.controller.render().screen.glyphText
        #expect(text.contains("terminal too small") && text.contains("(need 38×21,") && text.contains("now 80×20)"))
        demo.controller.handle(.resize(Size(columns: 80, rows: 21)))
        #expect(!demo.controller.render().screen.glyphText.contains("terminal too small"))
    }

    /// The status row at 80 columns (issue 12 review: "next 17:…" after a takeover): the line Space
    /// runs next stays whole, in step mode and after the presenter takes over a panel; the keys,
    /// which help (?) also lists, give way from the last, the checks stay.
    @Test func theStatusRowKeepsTheLineSpaceRunsWholeAt80Columns() throws {
        let (script, _) = DemoScript.parse("call +15555550123 -> +18005550100\nwait until maria banner Connected\n")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script, mode: .step)
        let controller = CCPController(session: session, agents: ["john", "maria"], showCustomer: false,
                                       size: Size(columns: 80, rows: 24))
        func status() -> String { controller.render().screen.glyphText.components(separatedBy: "\n")[3] }
        session.advance(to: 0)
        #expect(status().contains("‖ Step mode · next 1: call +15555550123 -> +18005550100"), "\(status())")
        #expect(status().hasSuffix("0 ok  Space next "), "\(status())")
        controller.handle(.key(.char(" ")))
        session.player.presenterActed()
        #expect(status().contains("‖ You have the panels · next 2: wait until maria banner Connected"), "\(status())")
        #expect(status().hasSuffix("0 ok "), "\(status())")
        controller.handle(.resize(Size(columns: 120, rows: 40)))
        #expect(status().hasSuffix("0 ok  Space next  S continuous "), "at 120 columns everything fits: \(status())")
    }

    @Test func theSummaryAtTheEnd() throws {
        for size in Self.sizes {
            let demo = try Demo(size: size)
            demo.play { if case .pauseLine = $0.hold { return true } else { return false } }
            demo.controller.handle(.key(.char(" ")))
            demo.play { $0.finished }
            demo.session.advance(to: demo.session.now + DemoPlayer.failureShownFor)
            #expect(demo.screen().contains("Demo finished · 1 expectation passed, 1 failed line (7)"))
            Golden.check(demo.screen(), file: "demo-finished.\(size.columns)x\(size.rows).txt")
        }
    }
}
