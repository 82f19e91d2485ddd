import CCP
import Scenario
import Telephony
import Testing

@Suite struct RenderTests {
    let size = Size(columns: 80, rows: 24)

    /// An idle CCP a second later differs only in timer digits, so the backend writes only those.
    @Test func aSecondLaterOnlyTimerDigitsChange() {
        let session = FakeSession(agents: ["john": Fixtures.consult])
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: size)
        let before = controller.render().screen
        #expect(controller.render().screen.changes(since: before).isEmpty)
        session.advance(to: Fixtures.now + 1000)
        let after = controller.render().screen
        let runs = after.changes(since: before)
        #expect(!runs.isEmpty)
        for run in runs {
            for x in run.x..<(run.x + run.count) {
                #expect(after[x, run.y].glyph.allSatisfy { $0.isNumber || $0 == ":" }, "cell \(x),\(run.y)")
            }
        }
        #expect(runs.reduce(0) { $0 + $1.count } <= 12)
    }

    @Test func wideGraphemesTakeTwoCellsAndOverwritesStayConsistent() {
        var screen = Screen(width: 10, height: 1)
        let end = screen.put("通話ok", x: 0, y: 0, role: .text)
        #expect(end == 6)
        #expect(screen[1, 0].isContinuation)
        screen.put("x", x: 1, y: 0, role: .text)
        #expect(screen.glyphText == " x話ok    ")
        screen.put("通", x: 9, y: 0, role: .text)
        #expect(screen[9, 0].glyph == " ")
    }

    @Test func changesNeverStartOnAContinuationCell() {
        var old = Screen(width: 6, height: 1)
        old.put("ab通", x: 0, y: 0, role: .text)
        var new = old
        new.put("ab通", x: 0, y: 0, role: .error)
        for run in new.changes(since: old) { #expect(!new[run.x, run.y].isContinuation) }
    }

    @Test func layoutShowsAsManyPanelsAsFitAndKeepsTheFocusedOne() throws {
        let wide = try #require(Layout.compute(size: Size(columns: 120, rows: 40), panelCount: 3, focus: 0))
        #expect(wide.slots.map(\.panel) == [0, 1, 2])
        let narrow = try #require(Layout.compute(size: Size(columns: 80, rows: 24), panelCount: 3, focus: 2))
        #expect(narrow.slots.map(\.panel) == [1, 2])
        #expect(narrow.slots.map(\.rect.width).reduce(0, +) == 80)
        #expect(Layout.compute(size: Size(columns: 37, rows: 24), panelCount: 1, focus: 0) == nil)
        #expect(Layout.compute(size: Size(columns: 80, rows: 17), panelCount: 1, focus: 0) == nil)
    }

    @Test func tooSmallSaysWhatItNeeds() {
        let controller = CCPController(session: FakeSession(), agents: ["john"], showCustomer: false,
                                       size: Size(columns: 30, rows: 10))
        #expect(controller.render().screen.glyphText.contains("need 38×18"))
    }

    @Test func transcriptScrollsBackAndSaysSo() {
        let session = FakeSession(agents: ["john": Fixtures.consult])
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: size)
        controller.handle(.key(.pageUp))
        let text = controller.render().screen.glyphText
        #expect(controller.ui.panels[0].scroll == 5)
        #expect(text.contains("5 newer below"))
        #expect(!text.contains("pressed 1"))
    }

    @Test func theIdleCustomerPhoneSuggestsTheSessionsCallOrSaysThereIsNone() {
        let session = FakeSession()
        let controller = CCPController(session: session, agents: ["john"], showCustomer: true,
                                       size: Size(columns: 120, rows: 40))
        #expect(controller.render().screen.glyphText.contains(":call +15555550123 -> +18005550100"))
        session.exampleCall = nil
        let text = controller.render().screen.glyphText
        #expect(text.contains("This scenario claims no number to call"))
        #expect(!text.contains(":call"))
    }
}

@Suite struct DemoCallerTests {
    /// Issue 14 point 6: a newcomer who lets the demo call ring out still finds a caller: the
    /// missed contact is followed by another caller, once per missed contact.
    @Test func aMissedDemoCallIsFollowedByAnotherCaller() throws {
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        let session = EngineSession(engine: engine, followsMissedCalls: true)
        _ = engine.perform(.call(from: "+15555550123", to: "+18005550100"))
        session.advance(to: .seconds(20))
        #expect(engine.callerView()?.callId == 1)
        session.advance(to: .seconds(40))
        #expect(engine.view(of: "john")?.contact?.banner == .missed)
        #expect(engine.callerView()?.callId == 2)
        session.advance(to: .seconds(60))
        #expect(engine.callerView()?.callId == 2)
        // Cleared, John is offered the first caller, who is still waiting.
        _ = engine.perform(.clear, as: "john")
        session.advance(to: .seconds(61))
        #expect(engine.view(of: "john")?.contact?.banner == .incoming)
    }

    @Test func withoutTheDemoAMissedCallIsNotFollowed() throws {
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        let session = EngineSession(engine: engine)
        _ = engine.perform(.call(from: "+15555550123", to: "+18005550100"))
        session.advance(to: .seconds(40))
        #expect(engine.callerView()?.callId == 1)
    }
}
