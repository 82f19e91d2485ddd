import CCP
import Scenario
import Script
import Telephony
import Testing

/// `termccp demo` (issue 12 point 1): a script played on the CCP's virtual time. Every test drives
/// the player as the terminal loop does (`advance(to:)` from the clock, the presenter's keys) on
/// the built-in scenario, and never sleeps.
@Suite struct DemoPlayerTests {
    static let callIn = """
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        """

    static func player(_ text: String, mode: DemoPlayer.Mode = .continuous) throws -> DemoPlayer {
        let (script, errors) = DemoScript.parse(text)
        #expect(errors.isEmpty, "\(errors)")
        return DemoPlayer(script: script, engine: try EngineBuilder.build(BuiltInScenario.load()), mode: mode)
    }

    @Test func aRunOfCommentLinesIsOneCaption_inItsPlaceAmongTheLines() throws {
        let (script, errors) = DemoScript.parse("""
            # John takes a call.
            #
            #   It rings first.
            call +15555550123 -> +18005550100  # a note on the line, not a caption

            # Then he answers.
            """)
        #expect(errors.isEmpty)
        #expect(script.steps.count == 3)
        #expect(script.steps[0] == .caption("John takes a call. It rings first.", line: 1))
        guard case .line(let call) = script.steps[1] else { Issue.record("no line"); return }
        #expect(call.number == 4)
        #expect(script.steps[2] == .caption("Then he answers.", line: 6))
    }

    /// README's own demo of `70-supervisor-monitor-barge.ccp` opened on the caption "scenario:
    /// scenarios/supervisor.yaml Supervisor monitor and barge…": the walkthroughs' first line names their
    /// scenario for the test suite, and is no caption. The same words later in a script are one.
    @Test func aFirstLineNamingTheScenarioIsNoCaption_theCommentsUnderItAre() throws {
        let (script, errors) = DemoScript.parse("""
            # scenario: scenarios/supervisor.yaml
            # Supervisor monitor and barge.
            call +15555550123 -> +18005550100
            # scenario: the caller phones again.
            """)
        #expect(errors.isEmpty)
        #expect(script.steps.count == 3)
        #expect(script.steps[0] == .caption("Supervisor monitor and barge.", line: 2))
        #expect(script.steps[2] == .caption("scenario: the caller phones again.", line: 4))
    }

    /// A caption shows when its step plays, beside what it tells (issue 12 review: the caption came
    /// first, telling what had not happened yet); the next caption's step waits until it has been up
    /// its reading time (README "Demos").
    @Test func aCaptionShowsWhenItsStepPlays_andTheNextWaitsForItsReadingTime() throws {
        let p = try Self.player("# John takes a call.\ncall +15555550123 -> +18005550100\n# Then a minute passes.\nwait 1m")
        p.advance(to: 0)
        #expect(p.caption == "John takes a call.")
        #expect(p.engine.callerView() != nil && p.current?.text == "call +15555550123 -> +18005550100",
                "the call is placed as its caption shows")
        let reading = DemoPlayer.captionHold("John takes a call.")
        #expect(reading == 3000 && reading > DemoPlayer.beat)
        p.advance(to: reading - 1)
        #expect(p.caption == "John takes a call." && p.current?.text == "call +15555550123 -> +18005550100",
                "the next captioned step waits until the caption on screen has been read")
        p.advance(to: reading)
        #expect(p.caption == "Then a minute passes." && p.current?.text == "wait 1m")
    }

    /// A `pause` between a caption and its line holds the caption back too: it tells what Space brings.
    @Test(arguments: [DemoPlayer.Mode.continuous, .step]) func aCaptionBeforeAPauseShowsWithTheLineAfterIt(mode: DemoPlayer.Mode) throws {
        let p = try Self.player("# Nothing rings.\nexpect no contact\n# John goes to lunch.\npause\nstatus Lunch", mode: mode)
        p.advance(to: 0)
        while p.current?.text != "pause", !p.finished { p.next() }
        p.advance(to: 60_000)
        #expect(p.current?.text == "pause" && p.caption == "Nothing rings.", "\(String(describing: p.caption))")
        p.next()
        #expect(p.current?.text == "status Lunch" && p.caption == "John goes to lunch.")
        #expect(p.engine.view(of: "john")?.status == "Lunch")
    }

    /// A caption with no line of its own (another caption follows, or the end) shows by itself for
    /// its reading time; the end waits until the last caption has been read.
    @Test func aCaptionWithNoLineOfItsOwnShowsByItself() throws {
        let p = try Self.player("# Title.\n\n# John goes to lunch.\nstatus Lunch\n\n# The end.")
        p.advance(to: 0)
        #expect(p.caption == "Title." && p.engine.view(of: "john")?.status == "Available")
        p.advance(to: DemoPlayer.captionHold("Title."))
        #expect(p.caption == "John goes to lunch." && p.engine.view(of: "john")?.status == "Lunch")
        let lunch = p.engine.now
        p.advance(to: lunch + DemoPlayer.captionHold("John goes to lunch."))
        #expect(p.caption == "The end." && !p.finished)
        p.advance(to: p.engine.now + DemoPlayer.captionHold("The end.") - 1)
        #expect(!p.finished, "the end waits until the last caption has been read")
        p.advance(to: p.engine.now + 1)
        #expect(p.finished)
    }

    /// A frame that comes late does not bunch the steps up: each runs at its own virtual time.
    @Test func stepsDueDuringOneLongAdvanceRunEachAtItsOwnTime() throws {
        let p = try Self.player("wait 2s\ncall +15555550123 -> +18005550100\nwait 10s\nexpect banner Connected")
        p.advance(to: 0)
        p.advance(to: 60_000)
        // The call went out at 2 s, its beat ended at 3.5 s, and the expectation ran 10 s later, ringing.
        #expect(p.finished)
        #expect(p.failures.count == 1)
        #expect(p.failures.first?.at == 2000 + DemoPlayer.beat + 10_000)
        #expect(p.engine.now == 60_000)
    }

    @Test func aCommandIsFollowedByABeat_expectationsRunAtOnceAfterIt() throws {
        let p = try Self.player(Self.callIn + "\naccept\nexpect banner Connecting\nexpect status Available\nend")
        p.advance(to: 0)
        p.advance(to: 60_000)
        #expect(p.finished && p.failures.isEmpty && p.passed == 2)
        let p2 = try Self.player(Self.callIn + "\naccept\nexpect banner Connecting\nend")
        p2.advance(to: 0)
        while p2.current?.text != "accept", p2.engine.now < 60_000 { p2.advance(to: p2.engine.now + 100) }
        // After `accept` the check ran at once and `end` waits for its beat.
        guard case .beat(let due) = p2.hold else { Issue.record("\(p2.hold)"); return }
        #expect(p2.current?.text == "accept" && p2.passed == 1)
        p2.advance(to: due)
        #expect(p2.current?.text == "end")
    }

    /// The checks after a command see the state it left, as headless, even with a caption between:
    /// John's banner says Connecting until the customer's whisper ends, shorter than the caption.
    @Test func theChecksAfterACommandRunWithIt_captionsBetweenDoNotDelayThem() throws {
        let p = try Self.player(Self.callIn + "\naccept\n# John hears the whisper first.\nexpect banner Connecting\n"
            + "# Then he talks to the caller.\nwait until banner Connected\nexpect banner Connected")
        p.advance(to: 0)
        p.advance(to: 120_000)
        #expect(p.finished && p.failures.isEmpty && p.passed == 2)
        #expect(p.caption == "Then he talks to the caller.")
    }

    /// A caption between a line and the checks after it belongs to the step after them: the checks
    /// see the state the line left (here a `wait`'s end, not the end of the previous caption's reading
    /// time) and the caption shows with the next command (issue 12 review point 7; README "Demos").
    @Test(arguments: [DemoPlayer.Mode.continuous, .step])
    func aCaptionBetweenALineAndItsChecksShowsWithTheStepAfterThem(mode: DemoPlayer.Mode) throws {
        let long = "A caption long enough to stay up its whole eight seconds on the screen while the audience in the room reads every single word of it slowly."
        #expect(DemoPlayer.captionHold(long) == 8000)
        let p = try Self.player("# \(long)\nwait 1s\n# John goes to lunch.\nexpect status Lunch\nstatus Lunch", mode: mode)
        if mode == .step { p.next() } else { p.advance(to: 0); p.advance(to: 1000) }
        // The check ran at the wait's end and failed there: John was still Available.
        #expect(p.failures.map(\.at) == [1000], "\(p.failures)")
        #expect(p.caption == long, "the caption waits for its step, status Lunch")
        #expect(p.engine.view(of: "john")?.status == "Available")
        if mode == .step { p.next() } else { p.advance(to: 8000) }
        #expect(p.caption == "John goes to lunch." && p.current?.text == "status Lunch")
        #expect(p.engine.view(of: "john")?.status == "Lunch")
    }

    @Test func aPauseLineWaitsForThePresenter() throws {
        let p = try Self.player("pause\nexpect no contact")
        p.advance(to: 0)
        p.advance(to: 600_000)
        guard case .pauseLine(let line) = p.hold else { Issue.record("\(p.hold)"); return }
        #expect(line.number == 1 && p.passed == 0)
        p.next()
        #expect(p.finished && p.passed == 1)
    }

    @Test func stepModeRunsEachStepOnTheKey_andTheToggleGoesBackToContinuousPlay() throws {
        let p = try Self.player("# Ring.\n" + Self.callIn + "\naccept\nexpect banner Connecting\n# Talk.", mode: .step)
        p.advance(to: 0)
        #expect(p.caption == nil && p.hold == .nextStep, "the first line and its caption wait for the key")
        p.advance(to: 60_000)
        #expect(p.engine.callerView() == nil, "step mode waits however long the clock runs")
        #expect(p.progress.next?.text == "call +15555550123 -> +18005550100")
        p.next()
        #expect(p.engine.callerView() != nil && p.hold == .nextStep && p.caption == "Ring.")
        p.next()
        // `wait until` runs at once until the contact rings; `accept` waits for its own key (it ran
        // with the wait before: one key, two steps, the status row naming one).
        #expect(p.current?.text == "wait until banner \"Incoming call\"" && p.hold == .nextStep && p.passed == 0)
        #expect(p.engine.view(of: "john")?.contact?.banner == .incoming)
        #expect(p.progress.next?.text == "accept" && p.progress.nextWith.map(\.text) == ["expect banner Connecting"])
        p.next()
        #expect(p.current?.text == "accept" && p.hold == .nextStep && p.passed == 1)
        #expect(p.caption == "Ring." && p.progress.captionNext,
                "the caption after the command and its check waits for its own key, having no line")
        p.toggleMode()
        #expect(p.mode == .continuous && p.hold == .beat(until: p.engine.now))
        p.advance(to: p.engine.now + 60_000)
        #expect(p.finished && p.passed == 1)
        p.toggleMode()
        #expect(p.mode == .step && p.finished)
    }

    /// The status row names what Space does next, and Space does just that: one more caption when
    /// captions come in a row, else the named line; after the last line the demo is finished.
    @Test func inStepModeTheKeyDoesWhatTheStatusRowNames() throws {
        let (script, _) = DemoScript.parse("# One.\n\n# Two.\nstatus Lunch\nexpect status Lunch")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script, mode: .step)
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: Size(columns: 120, rows: 40))
        let p = session.player
        func screen() -> String { controller.render().screen.glyphText }
        session.advance(to: 0)
        #expect(p.caption == nil && p.progress.captionNext && p.progress.next?.number == 4)
        #expect(screen().contains("Step mode · next: the next caption"))
        p.next()
        #expect(p.caption == "One." && !p.progress.captionNext && p.engine.view(of: "john")?.status == "Available",
                "the first caption shows by itself; no line ran")
        #expect(screen().contains("Step mode · next 4: status Lunch"))
        p.next()
        #expect(p.caption == "Two." && p.passed == 1 && p.finished,
                "the second caption came with its line; the line and its check ran; nothing is left to name")
    }

    /// One kind of line played in step mode, and what its one key press leaves.
    struct StepCase: Sendable, CustomTestStringConvertible {
        var kind: String
        /// Lines before it, each run on its own key first.
        var before = ""
        var line: String
        /// The lines that run with it on the same key (README "Demos": the checks right after a step).
        var with: [String] = []
        /// The virtual time (ms) the step takes: a wait's time passes at once, nothing else takes any
        /// (nil: as long as the engine needs).
        var takes: Millis? = 0
        var passed = 0
        var failed = 0
        var leaves: @Sendable (DemoPlayer) -> Bool = { _ in true }
        var testDescription: String { kind }
    }

    static let stepCases: [StepCase] = [
        StepCase(kind: "pause", line: "pause"),
        StepCase(kind: "wait", line: "wait 30s", takes: 30_000),
        StepCase(kind: "wait with its checks", line: "wait 5s", with: ["expect no contact", "mark waited"], takes: 5000, passed: 1),
        StepCase(kind: "wait until", before: "call +15555550123 -> +18005550100", line: "wait until banner \"Incoming call\"",
                 takes: nil, leaves: { $0.engine.view(of: "john")?.contact?.banner == .incoming }),
        StepCase(kind: "wait until that holds already", line: "wait until no contact", with: ["expect status Available"], passed: 1),
        StepCase(kind: "wait until that runs out", line: "wait until banner Connected within 5s", takes: 5000, failed: 1),
        StepCase(kind: "expect", line: "expect no contact", with: ["expect status Available"], passed: 2),
        StepCase(kind: "expect refused with no command before it", line: "expect refused", failed: 1),
        StepCase(kind: "agent command with its checks", line: "status Offline", with: ["expect status Offline", "as maria"],
                 passed: 1, leaves: { $0.engine.view(of: "john")?.status == "Offline" && $0.actingAs == "maria" }),
        StepCase(kind: "refused agent command", line: "join", with: ["expect refused \"not on a call\""], passed: 1),
        StepCase(kind: "world command", line: "call +15555550123 -> +18005550100", leaves: { $0.engine.callerView() != nil }),
        StepCase(kind: "as NAME", line: "as maria", leaves: { $0.actingAs == "maria" }),
        StepCase(kind: "mark", line: "mark start", with: ["expect no contact"], passed: 1),
    ]

    /// Step mode (README "Demos"): one Space runs exactly the step the status row names, for every
    /// kind of line, and no more: the `john: status Lunch` after it waits for the next Space.
    @Test(arguments: stepCases) func inStepModeOneKeyRunsOneStep(_ c: StepCase) throws {
        let after = "john: status Lunch"
        let text = [c.before, c.line].filter { !$0.isEmpty } + c.with + [after]
        let p = try Self.player(text.joined(separator: "\n"), mode: .step)
        p.advance(to: 0)
        while p.progress.next?.text != c.line, !p.finished { p.next() }
        #expect(p.progress.nextWith.map(\.text) == c.with, "the status row names what runs with it")
        let (start, passed, failed) = (p.engine.now, p.passed, p.failures.count)
        p.next()
        #expect(p.current?.text == c.line && p.hold == .nextStep)
        if let takes = c.takes { #expect(p.engine.now - start == takes) }
        #expect(p.passed - passed == c.passed && p.failures.count - failed == c.failed, "\(p.failures)")
        #expect(c.leaves(p))
        #expect(p.progress.next?.text == after && p.engine.view(of: "john")?.status != "Lunch", "the next line waits for its key")
        p.next()
        #expect(p.current?.text == after && p.finished)
    }

    /// The status row names the lines that run with a step (`with 2-3`), and after a pause or the
    /// presenter's turn in step mode it names the step Space runs instead of "goes on".
    @Test func inStepModeTheStatusRowNamesEveryLineTheKeyRuns() throws {
        let (script, _) = DemoScript.parse("status Offline\nexpect status Offline\n# Offline.\nmark off\npause\nstatus Available\n# The end.")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script, mode: .step)
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: Size(columns: 120, rows: 40))
        func status() -> String { controller.render().screen.glyphText.components(separatedBy: "\n")[3] }
        session.advance(to: 0)
        #expect(status().contains("Step mode · next 1: status Offline (with 2, 4)"))
        session.player.next()
        #expect(status().contains("Step mode · next 5: pause"))
        session.player.toggleMode()
        session.player.next()
        guard case .pauseLine = session.player.hold else { Issue.record("\(session.player.hold)"); return }
        #expect(status().contains("Paused at line 5 · Space goes on"))
        session.player.toggleMode()
        #expect(status().contains("Paused at line 5 · next 6: status Available"))
        session.player.presenterActed()
        #expect(status().contains("You have the panels · next 6: status Available"))
        controller.handle(.key(.char(" ")))
        #expect(session.player.current?.text == "status Available" && session.player.finished == false)
        #expect(status().contains("Step mode · next: the next caption"))
        controller.handle(.key(.char(" ")))
        #expect(session.player.caption == "The end." && status().contains("Step mode · next: the end"))
        controller.handle(.key(.char(" ")))
        #expect(session.player.finished)
    }

    /// Step mode turned on during a wait: the wait runs to its end on the clock (or Space ends it),
    /// the lines that go with it run, and the next line waits for the key.
    @Test(arguments: [false, true]) func stepModeTurnedOnDuringAWaitStopsAtItsEnd(spaceEndsIt: Bool) throws {
        let p = try Self.player("wait 30s\nexpect no contact\njohn: status Lunch")
        p.advance(to: 0)
        p.advance(to: 1000)
        p.toggleMode()
        guard case .clock = p.hold else { Issue.record("\(p.hold)"); return }
        if spaceEndsIt { p.next() } else { p.advance(to: 40_000) }
        #expect(p.hold == .nextStep && p.passed == 1)
        #expect(p.engine.view(of: "john")?.status == "Available" && p.progress.next?.text == "john: status Lunch")
    }

    @Test func turningStepModeOnDuringABeatWaitsForTheKey() throws {
        let p = try Self.player(Self.callIn + "\naccept")
        p.advance(to: 0)
        guard case .beat = p.hold else { Issue.record("\(p.hold)"); return }
        p.toggleMode()
        #expect(p.hold == .nextStep)
    }

    @Test func theNextStepKeyEndsAWaitEarly_virtualTimeJumpsToItsEnd() throws {
        let p = try Self.player("wait 30s\nexpect no contact")
        p.advance(to: 0)
        p.advance(to: 1000)
        p.next()
        #expect(p.engine.now == 30_000 && p.finished && p.passed == 1)
    }

    @Test func theNextStepKeyDuringWaitUntilRunsTimeUntilItHolds() throws {
        let p = try Self.player(Self.callIn + "\nexpect banner \"Incoming call\"")
        p.advance(to: 0)
        p.next()
        guard case .condition = p.hold else { Issue.record("\(p.hold)"); return }
        p.next()
        #expect(p.finished && p.passed == 1)
    }

    /// A failed expectation is shown, not fatal (issue 12 point 1): the script goes on.
    @Test func aFailedExpectationIsKeptAndTheScriptGoesOn() throws {
        let p = try Self.player("expect banner Connected\nexpect no contact\nexpect status Lunch")
        p.advance(to: 0)
        #expect(p.finished && p.passed == 1)
        #expect(p.failures.map(\.line) == [1, 3])
        #expect(p.failures[0].message == "john's banner: expected \"Connected\", saw \"no contact\"")
        #expect(p.progress.summary == "1 expectation passed, 2 failed lines (1, 3)")
        #expect(p.progress.recentFailure?.line == 3)
        p.advance(to: DemoPlayer.failureShownFor)
        #expect(p.progress.recentFailure == nil)
    }

    /// A failure right before a `pause` (or in step mode, or after a takeover) stays on the status row while the
    /// player waits for the presenter, however long virtual time runs: at ×4 it was gone after two seconds
    /// and the row said only "Paused at line 3" (review12). The next line that acts puts it back on the clock.
    @Test(arguments: [DemoPlayer.Mode.continuous, .step]) func aFailureStaysShownWhileThePlayerWaitsForThePresenter(
        mode: DemoPlayer.Mode
    ) throws {
        let p = try Self.player("status Lunch\nexpect status Offline\npause\nstatus Available\nexpect status Available", mode: mode)
        p.advance(to: 0)
        if mode == .continuous { p.advance(to: DemoPlayer.beat) } else { p.next() }
        #expect(p.progress.recentFailure?.line == 2, "\(p.hold)")
        p.advance(to: p.engine.now + 10 * DemoPlayer.failureShownFor)
        #expect(p.progress.recentFailure?.line == 2, "still waiting for the presenter: \(p.hold)")
        p.presenterActed()
        #expect(p.progress.recentFailure?.line == 2)
        p.next()
        if mode == .step { p.next() }
        #expect(p.current?.text == "status Available")
        p.advance(to: p.engine.now + DemoPlayer.failureShownFor)
        #expect(p.progress.recentFailure == nil, "a line ran since: the failure is old news")
    }

    /// As in `termccp script` (README "The command language"): a refusal fails its line unless the
    /// next line expects it.
    @Test func aRefusalFailsItsLineUnlessTheNextLineExpectsIt() throws {
        let p = try Self.player("join\n# Nothing to join.\nexpect refused \"not on a call\"\njoin\nexpect no contact")
        p.advance(to: 0)
        p.advance(to: 60_000)
        #expect(p.finished)
        #expect(p.passed == 2)
        #expect(p.failures.map(\.line) == [4])
        #expect(p.failures.first?.message.hasPrefix("refused: ") == true)
        let q = try Self.player("expect refused")
        q.advance(to: 0)
        #expect(q.failures.first?.message == "expected the previous command to be refused, but it was carried out")
    }

    @Test func aWaitUntilThatRunsOutFailsAtItsLimitAndTheScriptGoesOn() throws {
        let p = try Self.player("wait until banner Connected within 5s\nexpect no contact")
        p.advance(to: 0)
        p.advance(to: 4999)
        #expect(p.failures.isEmpty)
        p.advance(to: 20_000)
        #expect(p.failures.first?.at == 5000)
        #expect(p.failures.first?.message == "waited 0:05 and still john's banner: expected \"Connected\", saw \"no contact\"")
        #expect(p.finished && p.passed == 1)
    }

    /// The presenter takes over a panel: the key works as in `termccp run`, the script holds, and
    /// Space lets it continue from its next line (issue 12 point 1).
    @Test func thePresenterTakesOverAPanelAndTheScriptGoesOnAfterSpace() throws {
        let (script, _) = DemoScript.parse(Self.callIn + "\nwait 30s\nexpect banner Connected\nend\nexpect banner \"After contact work\"")
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        let session = DemoSession(engine: engine, script: script)
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false,
                                       size: Size(columns: 80, rows: 24))
        session.advance(to: 0)
        session.advance(to: 10_000)
        #expect(engine.view(of: "john")?.contact?.banner == .incoming)
        controller.handle(.key(.char("a")))
        #expect(engine.view(of: "john")?.contact?.banner == .connecting)
        #expect(session.player.hold == .presenter)
        session.advance(to: 120_000)
        #expect(session.player.passed == 0, "the script holds while the presenter has the panels")
        controller.handle(.key(.char(" ")))
        // On from the line after the wait: the check, then `end` and the check that goes with it.
        #expect(session.player.passed == 2 && session.player.current?.text == "end" && session.player.failures.isEmpty)
        session.advance(to: 130_000)
        #expect(session.player.finished)
    }

    /// Shown agents stay the script's and their bots' until the presenter acts on them: Maria (a
    /// bot) accepts the transfer the script waits for, as in `termccp script`.
    @Test func aShownAgentKeepsItsBotUntilThePresenterActsOnItsPanel() throws {
        let (script, _) = DemoScript.parse(Self.callIn + """

            accept
            wait until banner Connected
            quick-connect Maria
            wait until maria banner Connected within 20s
            """)
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        let session = DemoSession(engine: engine, script: script)
        _ = CCPController(session: session, agents: ["john", "maria"], showCustomer: false, size: Size(columns: 120, rows: 40))
        session.advance(to: 0)
        session.advance(to: 120_000)
        #expect(session.player.finished && session.player.failures.isEmpty)
    }

    @Test func theStepKeysReachThePlayer_outsideADemoSpaceSaysWhereStepsComeFrom() throws {
        let (script, _) = DemoScript.parse("pause\nexpect no contact")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script)
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false, size: Size(columns: 80, rows: 24))
        session.advance(to: 0)
        controller.handle(.key(.char("S")))
        #expect(session.player.mode == .step)
        controller.handle(.key(.char(" ")))
        #expect(session.player.finished && session.player.passed == 1)

        let plain = try EngineStage(size: Size(columns: 80, rows: 24))
        plain.press([.char(" ")])
        #expect(plain.controller.ui.message?.text == "Steps come with demos: termccp demo SCRIPT.ccp")
    }

    /// Each step visibly happens in the panels: the script's agent verbs are in that agent's
    /// transcript as the CCP's own lines, as a key press puts them there (README "Keys").
    @Test func theScriptsMovesShowInTheAgentsTranscript() throws {
        let (script, _) = DemoScript.parse(Self.callIn + "\naccept\nwait until banner Connected\nmaria: status Lunch")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script)
        let controller = CCPController(session: session, agents: ["john", "maria"], showCustomer: false,
                                       size: Size(columns: 80, rows: 24))
        session.advance(to: 0)
        session.advance(to: 60_000)
        let world = controller.snapshot()
        #expect(world.agentTranscripts["john"]?.contains { $0.text == "You accepted the call" } == true)
        #expect(world.agentTranscripts["maria"]?.contains { $0.text == "You chose the status Lunch" } == true)
        #expect(world.agentTranscripts["john"]?.filter { $0.text.hasPrefix("You ") }.count == 1)
    }

    /// Three agents at 80 columns, where two panels fit side by side: the focus, and so the panels
    /// on screen, follow the agent the script acts as (`NAME:` verbs, `as NAME`); a panel the
    /// presenter Tabs to stays until the script acts as someone else.
    @Test func theFocusFollowsTheAgentTheScriptActsAs() throws {
        let (script, _) = DemoScript.parse("sam: status Lunch\nwait 10s\nas maria\nwait 10s\njohn: status Lunch\nwait 10s")
        let session = DemoSession(engine: try EngineBuilder.build(BuiltInScenario.load()), script: script)
        let controller = CCPController(session: session, agents: ["john", "maria", "sam"], showCustomer: false,
                                       size: Size(columns: 80, rows: 24))
        /// A frame as the terminal loop draws it: the screen, and the focus it was drawn with.
        func frame(at time: Millis) -> (screen: String, focus: Int) {
            session.advance(to: time)
            let screen = controller.render().screen.glyphText
            return (screen, controller.ui.focus)
        }
        let start = controller.render().screen.glyphText
        #expect(controller.ui.focus == 0 && !start.contains("(sam)"), "two of three panels fit")
        var f = frame(at: 0)
        #expect(f.focus == 2 && f.screen.contains("(sam)"))
        controller.handle(.key(.tab))
        f = frame(at: 5000)
        #expect(f.focus == 0, "the presenter's Tab stays while the script still acts as sam")
        f = frame(at: 15_000)
        #expect(f.focus == 1 && f.screen.contains("(maria)"))
        f = frame(at: 25_000)
        #expect(f.focus == 0 && f.screen.contains("(john)") && !f.screen.contains("(sam)"))
    }

    @Test func thePanelsShownByDefaultAreTheAgentsTheStoryNames() throws {
        let (script, _) = DemoScript.parse("""
            accept
            expect maria banner Connected
            as sam
            john: end
            expect customer hears maria
            """)
        #expect(script.agentsNamed(actingFirstAs: "john") == ["john", "maria", "sam"])
    }

    /// Step mode: the clock runs while the presenter waits between two Spaces, longer than the 2 s
    /// the scenario's caller waits before its own line; the caller the script speaks for still says
    /// only the script's words (README, Demos: one voice a party).
    @Test func inStepModeTheCallerSaysOnlyTheScriptsWords_howeverLongThePresenterWaits() throws {
        let p = try Self.player(Self.callIn + "\naccept\nwait until banner Connected\ncustomer says I am locked out of my account.",
                                mode: .step)
        var time: Millis = 0
        while !p.finished {
            p.next()
            time += 10_000
            p.advance(to: time)
        }
        let heard = p.engine.transcript(of: .agent("john")).map(\.text)
        #expect(heard.contains("I am locked out of my account."))
        #expect(!heard.contains("Hi, I forgot my password and I'm locked out."), "\(heard)")
    }
}
