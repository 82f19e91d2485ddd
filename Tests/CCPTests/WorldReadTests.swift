import CCP
import Scenario
import Script
import Telephony
import Testing

/// A key that changes only UI state (the `:` line, the number pad, help) neither reads the world again
/// nor lays the side panels out again; a change in the world (a call arriving) is read and drawn at once
/// (issue 12: keystroke to screen within 16 ms with every panel open; the engine's `stateChanges` is the
/// "world changed" signal). Counted, never timed.
@Suite struct WorldReadTests {
    static let wide = Size(columns: 200, rows: 50)

    /// An engine session that counts every read of the world made through the CCPSession seam.
    final class CountingSession: CCPSession {
        let inner: EngineSession
        private(set) var reads = 0

        init(engine: Engine) { inner = EngineSession(engine: engine) }

        private func read<T>(_ value: T) -> T {
            reads += 1
            return value
        }

        var now: Millis { inner.now }
        var worldVersion: Int? { inner.worldVersion }
        func agentView(_ username: String) -> AgentView? { read(inner.agentView(username)) }
        func transcript(of party: PartyKey) -> [TranscriptLine] { read(inner.transcript(of: party)) }
        func callerView() -> CallerView? { read(inner.callerView()) }
        var exampleCall: ExampleCall? { inner.exampleCall }
        func nextCaller(for agent: String) -> Result<ExampleCall, Refusal> { inner.nextCaller(for: agent) }
        func perform(_ command: AgentCommand, as username: String) -> Refusal? { inner.perform(command, as: username) }
        func perform(_ command: WorldCommand) -> Refusal? { inner.perform(command) }
        func runCommandLine(_ line: String, as username: String) -> String? { inner.runCommandLine(line, as: username) }
        func advance(to time: Millis) { inner.advance(to: time) }
        var nextWakeUp: Millis? { inner.nextWakeUp }
        func callMap(of party: PartyKey) -> CallMapView? { read(inner.callMap(of: party)) }
        func latestCallMap(of agents: [String], caller: CallID?) -> CallMapView? {
            read(inner.latestCallMap(of: agents, caller: caller))
        }
        var flowActivity: FlowActivity { read(inner.flowActivity) }
        var completedRecords: [ContactRecord] { read(inner.completedRecords) }
        var recordChains: [[ContactRecord]] { read(inner.recordChains) }
        var liveContacts: [LiveContactView] { read(inner.liveContacts) }
        func supervisorView(of username: String) -> SupervisorView? { read(inner.supervisorView(of: username)) }
    }

    /// John's and Maria's CCPs and the customer phone at 200×50, every side panel open, brought to `state`
    /// by the command language, then drawn once as the terminal loop draws its first frame.
    struct AllPanels {
        let engine: Engine
        let session: CountingSession
        let controller: CCPController

        init(_ state: String) throws {
            engine = try EngineBuilder.build(BuiltInScenario.load())
            session = CountingSession(engine: engine)
            controller = CCPController(session: session, agents: ["john", "maria"], showCustomer: true, size: WorldReadTests.wide)
            let (lines, errors) = ScriptParser.parse(state)
            #expect(errors.isEmpty)
            let outcome = ScriptRunner(engine: engine, agent: "john").run(lines)
            if case .passed = outcome {} else { Issue.record("stage script: \(outcome)") }
            _ = controller.render()
        }

        /// Each key handled and the frame drawn after it, as the terminal loop does; the texts drawn.
        func press(_ keys: [Key]) -> [String] {
            keys.map { key in
                controller.handle(.key(key))
                return controller.render().screen.glyphText
            }
        }

        var sideBuilds: Int { controller.sidePanelCache.builds }
    }

    /// A caller on hold while John consults Maria, who accepted (she is shown, so no bot accepts for her).
    static let consult = """
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait until banner Connected
        wait 2s
        quick-connect Maria
        wait until maria banner "Incoming call"
        maria: accept
        wait until maria banner Connected
        wait 3s
        """

    /// A warm transfer to its end (two records chained), then the consult above on a second call.
    static let transferredThenConsult = consult + "\n" + """
        join
        wait 20s
        leave
        clear
        customer hangs up
        wait until maria banner "After contact work"
        maria: clear
        wait 5s
        """ + "\n" + consult

    static let typing: [Key] = [.char(":"), .char("w"), .char("a"), .char("i"), .char("t"), .backspace, .backspace, .escape]

    @Test func typingOnTheCommandLineReadsNothingOfTheWorldAndKeepsTheSidePanels() throws {
        let ccp = try AllPanels(Self.consult)
        let reads = ccp.session.reads, worldReads = ccp.controller.worldReads, builds = ccp.sideBuilds
        let frames = ccp.press(Self.typing)
        // The keys did change the screen: the `:` line shows what was typed.
        #expect(frames[3].split(separator: "\n").last?.hasPrefix(":wai_") == true)
        #expect(frames[6].split(separator: "\n").last?.hasPrefix(":wa_") == true)
        #expect(ccp.session.reads == reads)
        #expect(ccp.controller.worldReads == worldReads)
        #expect(ccp.sideBuilds == builds)
    }

    @Test func numberPadDigitsAndHelpReadNothingOfTheWorldAndKeepTheSidePanels() throws {
        let ccp = try AllPanels(Self.consult)
        let reads = ccp.session.reads, builds = ccp.sideBuilds
        let frames = ccp.press([.char("n"), .down, .char("5"), .char("5"), .backspace, .escape, .char("?"), .char("?")])
        #expect(frames[3].contains("> 55_"))
        #expect(frames[6].contains("? closes"))
        #expect(ccp.session.reads == reads)
        #expect(ccp.sideBuilds == builds)
    }

    /// Virtual time moving with nothing due (the loop's wake-up between two seconds) changes no view.
    @Test func timePassingWithNothingDueReadsNothingOfTheWorld() throws {
        let ccp = try AllPanels(Self.consult)
        let reads = ccp.session.reads, builds = ccp.sideBuilds
        let due = try #require(ccp.session.nextWakeUp)
        let before = ccp.session.now
        #expect(due > before + 1)
        ccp.session.advance(to: due - 1)
        let frame = ccp.controller.render()
        #expect(ccp.session.reads == reads)
        #expect(ccp.sideBuilds == builds)
        // The frame is drawn at the new time all the same.
        #expect(ccp.controller.snapshot().now == due - 1)
        #expect(frame.screen.glyphText.contains("Connected"))
    }

    /// A call arriving while the `:` line is open is read and drawn by the next frame: John's banner, the
    /// caller on the customer phone and on the call map.
    @Test func aCallArrivingBetweenKeysIsReadAndDrawn() throws {
        let ccp = try AllPanels(Stages.idle)
        _ = ccp.press([.char(":"), .char("x")])
        let reads = ccp.controller.worldReads, builds = ccp.sideBuilds
        #expect(ccp.session.perform(.call(from: "+15555550123", to: "+18005550100")) == nil)
        var now = ccp.session.now
        while ccp.engine.view(of: "john")?.contact?.banner != .incoming, now < 60_000 {
            now += 500
            ccp.session.advance(to: now)
        }
        let text = ccp.press([.char("y")])[0]
        #expect(ccp.controller.worldReads > reads)
        #expect(ccp.sideBuilds > builds)
        #expect(text.contains("Incoming call"))
        #expect(text.split(separator: "\n").last?.hasPrefix(":xy_") == true)
        // The call map (the side column, from column 120) follows John's call, which it now draws: its caller.
        let side = text.split(separator: "\n").map { String($0.dropFirst(120)) }.joined(separator: "\n")
        #expect(side.contains("● Pat Caller"), "\(side)")
    }

    /// The same: a command run from the `:` line changes the world and the next frame shows it.
    @Test func aCommandOnTheCommandLineIsReadAndDrawn() throws {
        let ccp = try AllPanels(Stages.idle)
        let reads = ccp.controller.worldReads
        let frames = ccp.press([.char(":")] + "status Lunch".map { .char($0) } + [.enter])
        #expect(ccp.controller.worldReads > reads)
        #expect(frames.last?.contains("Lunch") == true)
    }

    /// What is put back is exactly what drawing again would give: a frame with kept side panels equals
    /// one drawn from scratch, for each CCP focused in turn.
    @Test func keptSidePanelsAreTheSameAsDrawnAfresh() throws {
        let ccp = try AllPanels(Self.transferredThenConsult)
        for _ in 0..<3 {
            _ = ccp.press([.tab])
            let world = ccp.controller.snapshot()
            let ui = ccp.controller.ui
            let builds = ccp.sideBuilds
            let kept = ccp.controller.render()
            #expect(ccp.sideBuilds == builds)
            var fresh = world
            fresh.version = nil
            #expect(kept == CCPRenderer.render(fresh, Reducer.follow(ui, world: fresh)))
            #expect(kept.screen.glyphText.contains("Records [R]"))
        }
    }
}
