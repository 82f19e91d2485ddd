import CCP
import Telephony
import Testing
import Training

/// The CCP in lesson mode (issue 11 point 3), rendered by the pure renderer at 80×24 and 120×40.
@Suite struct LessonScreenTests {
    @Test func theLessonOpensWithItsStoryAndGoalsAndTimeStandsStillUntilEnter() throws {
        let t = try Trainee("agent-quick-connect", size: Size(columns: 80, rows: 24), startsAtOnce: false)
        #expect(t.ccp.ui.storyOpen && t.ccp.ui.timeStopped)
        let screen = t.screen
        #expect(screen.contains("Transfer to an agent with a consult"))
        #expect(screen.contains("Pat Caller needs a password reset"))
        #expect(screen.contains("1. Accept the call"))
        #expect(screen.contains("Enter starts the lesson"))
        t.press("a")
        #expect(t.ccp.ui.storyOpen)
        t.press("⏎")
        #expect(!t.ccp.ui.storyOpen && !t.ccp.ui.timeStopped)
    }

    @Test func theCurrentGoalAndTimeLeftAreOnScreen() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 80, rows: 24))
        let rows = t.screen.split(separator: "\n")
        #expect(rows[1].contains("Goal 1/4 → Accept the call"))
        #expect(rows[1].contains("5:00 left"))
        #expect(rows[2].contains("g shows a hint"))
        t.waitForBanner(.incoming).press("a").waitForBanner(.connected)
        #expect(t.screen.split(separator: "\n")[1].contains("Goal 2/4 → Listen to the caller"))
    }

    @Test func theHintKeyShowsTheCurrentGoalsHintAndItAlsoComesAfterItsDelay() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 120, rows: 40))
        t.press("g")
        #expect(t.screen.split(separator: "\n")[2].contains("Hint: The banner says Incoming call. Press a (Accept call)."))
        let u = try Trainee("take-a-call")
        u.wait(7000)
        #expect(!u.screen.contains("Hint:"))
        u.wait(1500)
        #expect(u.screen.contains("Hint: The banner says Incoming call."))
    }

    @Test func helpStopsTheClock() throws {
        let t = try Trainee("take-a-call")
        t.press("?")
        #expect(t.ccp.ui.timeStopped)
        #expect(t.screen.split(separator: "\n")[0].contains("paused"))
        t.press("?")
        #expect(!t.ccp.ui.timeStopped)
    }

    @Test func theSummaryShowsGoalsMeasuresAndScoreAtTheEnd() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 80, rows: 24))
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.waitForGoal(3).press("e").wait(2000).press("c")
        let screen = t.screen
        #expect(screen.contains("Lesson complete · score 100/100"))
        #expect(screen.contains("Handle time"))
        #expect(screen.contains("Score 100/100"))
        #expect(screen.contains("conduct 10/10"))
    }

    @Test func aForbiddenEventShowsOnTheLessonBarAndCosts20Points() throws {
        let t = try Trainee("take-a-call")
        t.waitForBanner(.incoming).waitForBanner(.missed)
        #expect(t.run.occurrences.map(\.title) == ["The call rang out and was missed"])
        #expect(t.screen.split(separator: "\n")[2].contains("The call rang out and was missed"))
        t.press("c").waitForBanner(.incoming).press("a").waitForBanner(.connected)
        t.waitForGoal(3).press("e").wait(2000).press("c")
        #expect(t.run.phase == .passed)
        // 60 goals + 0 answer (a missed offer) + 10 hold + 10 handle + 10 conduct - 20.
        #expect(t.run.score.total == 70)
    }

    @Test func theTimeLimitEndsTheLesson() throws {
        let t = try Trainee("take-a-call")
        t.wait(301_000)
        #expect(t.run.phase == .timedOut)
        #expect(t.run.endedAt == 300_000)
        #expect(t.screen.contains("Time is up"))
    }
}

/// The CCP that coaches (issue 11 point 3): none of this changes what the engine does.
@Suite struct CoachingTests {
    @Test func anOfferCountsDownToTheMomentItIsMissed() throws {
        let t = try Trainee("take-a-call")
        t.waitForBanner(.incoming)
        // Docs §6 rule 5: 20 s to accept.
        #expect(t.screen.contains("missed in 0:20"))
        t.wait(5000)
        #expect(t.screen.contains("missed in 0:15"))
        t.press("a")
        #expect(!t.screen.contains("missed in"))
    }

    @Test func aRefusedMoveSaysWhyAndWhatCanBeDoneNow() throws {
        let t = try Trainee("take-a-call")
        t.waitForBanner(.incoming).press("j")
        let screen = t.screen
        #expect(screen.contains("Join: You're not on a call."))
        // The status selector is a control too (its [t] is on screen): the Now: line names it (review, issue 11).
        #expect(screen.contains("│ Now: a Accept call, r Reject, t Change status"))
        t.press("a")
        #expect(!t.screen.contains("Now: a Accept call"))
    }

    @Test func theTranscriptMarksEachContactAndRecordsTheAgentsOwnMoves() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 100, rows: 40))
        t.waitForBanner(.incoming).press("a").waitForBanner(.connected).press("o")
        t.wait(2000).press("o").press("e").press("c")
        t.press("i").waitForBanner(.incoming)
        let lines = (t.ccp.snapshot().agentTranscripts["john"] ?? []).map(\.text)
        func index(_ text: String) -> Int? { lines.firstIndex { $0.contains(text) } }
        let first = try #require(index("New contact +15555550123 (inbound)"))
        #expect(first < (index("Incoming call from") ?? -1))
        for line in ["You accepted the call", "You put the caller on hold", "You took the caller off hold",
                     "You ended the call", "You cleared the contact"] {
            #expect(index(line) != nil, "\(line)")
        }
        #expect(lines.count { $0.hasPrefix("New contact") } == 2)
        // What the agent heard is the engine's, unchanged: goals and scripts read that.
        #expect(!(t.run.engine.transcript(of: .agent("john")).contains { $0.text.contains("You accepted") }))
    }

    @Test func theStatusKeyAndThePartyKeysAreOnScreen() throws {
        let t = try Trainee("hold-and-swap", size: Size(columns: 80, rows: 24))
        #expect(t.screen.contains("● Available ▾ [t]"))
        t.waitForBanner(.incoming).press("a").waitForBanner(.connected)
        // One party: nothing to select; the keys that apply to the caller now (PartyKeyHintTests pins the rest).
        #expect(t.screen.contains("o hold it  x hang it up"))
        #expect(!t.screen.contains("select a party"))
    }

    @Test func theNextCallerKeyIsNamedOnScreenWhenIdle() throws {
        let t = try Trainee("take-a-call")
        #expect(t.screen.contains("Press i and a caller phones in now"))
    }
}

@Suite struct SummaryFitTests {
    @Test(arguments: [(24, "● Clear the contact  0:"), (21, "Goals met 8 of 8")])
    func aLongLessonsSummaryFitsItsScreen(rows: Int, shows: String) throws {
        let t = try Trainee("hold-and-swap", size: Size(columns: 80, rows: rows))
        t.waitForBanner(.incoming).press("a").waitForBanner(.connected)
        t.press("q⏎").waitUntil("John hears Maria") { $0.hears("maria") }
        t.press("h").press("↓o").press("s").press("j").press("l").wait(1000).press("c")
        #expect(t.run.phase == .passed)
        let screen = t.screen
        #expect(screen.contains(shows))
        #expect(screen.contains("conduct 10/10"))
        let big = try Trainee("hold-and-swap", size: Size(columns: 120, rows: 40))
        big.run.stop()
        #expect(big.screen.contains("× Join everyone  not met"))
    }
}
