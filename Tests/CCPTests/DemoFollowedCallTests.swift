import CCP
import Scenario
import Telephony
import Testing

/// Which call a demo's side panels follow (README "How it behaves", which call the side panels
/// follow): the focused agent's call, else the newest call any shown panel's party is or was on
/// (issue 12 review: at the sample's end, John cleared, the call map was empty).
@Suite struct DemoFollowedCallTests {
    static func demo(_ text: String) throws -> (DemoSession, CCPController) {
        let (script, errors) = DemoScript.parse(text)
        #expect(errors.isEmpty, "\(errors)")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script)
        let controller = CCPController(session: session, agents: ["john", "maria"], showCustomer: false,
                                       size: Size(columns: 120, rows: 40))
        session.advance(to: 0)
        session.advance(to: 600_000)
        #expect(session.player.finished && session.player.failures.isEmpty, "\(session.player.failures)")
        return (session, controller)
    }

    static let warmTransfer = """
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait until banner Connected
        quick-connect Maria
        wait until maria banner Connected
        join
        leave
        clear
        expect no contact
        """

    /// John has cleared; Maria is still on the call with the caller: the map shows that call.
    @Test func theFocusedAgentClearedTheMapShowsTheCallAnotherPanelsAgentIsOn() throws {
        let (session, controller) = try Self.demo(Self.warmTransfer)
        #expect(session.callMap(of: .agent("john")) == nil)
        #expect(controller.ui.panels[controller.ui.focus].agentName == "john")
        let text = controller.render().screen.glyphText
        #expect(!text.contains("is on no call"), "\(text)")
        #expect(text.contains("Pat Caller") && text.contains("Maria Garcia (maria)"), "\(text)")
        #expect(!text.contains("No flow is running on John Doe's call"), "\(text)")
    }

    /// Everyone has left and cleared: the map still shows the call the story ended with.
    @Test func afterTheCallEndedTheMapShowsTheLastCallAPanelsAgentWasOn() throws {
        let (session, controller) = try Self.demo(Self.warmTransfer + "\ncustomer hangs up\nwait 30s\nexpect maria no contact")
        #expect(session.callMap(of: .agent("john")) == nil && session.callMap(of: .agent("maria")) == nil)
        let text = controller.render().screen.glyphText
        #expect(text.contains("The call has ended") && text.contains("Pat Caller"), "\(text)")
    }

    /// A new call replaces the old one on the panels as soon as a panel's agent is offered it.
    @Test func aNewCallOnAPanelTakesTheMapsPlace() throws {
        let (session, _) = try Self.demo(Self.warmTransfer + """

            customer hangs up
            wait 30s
            call +15555550123 -> +18005550100
            wait until banner "Incoming call"
            """)
        let newest = try #require(session.callMap(of: .agent("john")))
        #expect(session.latestCallMap(of: ["john", "maria"], caller: nil)?.call == newest.call)
        #expect(newest.call > 1, "a new call, not the first")
    }
}
