import CCP
import Telephony
import Testing
import Training

/// Faults a reviewer found in lessons (issue 11), each pinned by the behaviour it should have.
@Suite struct LessonReviewTests {
    /// A command the engine refuses is a refused move whether it came from a key or was typed on the
    /// `:` line; another agent's refused command is not the trainee's (docs/lesson-format.md, Measures).
    @Test func aCommandRefusedOnTheCommandLineIsARefusedMove() throws {
        let t = try Trainee("take-a-call")
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.press(":clear⏎")
        #expect(t.ccp.ui.message?.text.hasPrefix("Refused: ") == true)
        #expect(t.run.refusedMoves == 1)
        t.press(":maria: join⏎")
        #expect(t.ccp.ui.message?.text.hasPrefix("Refused: ") == true)
        #expect(t.run.refusedMoves == 1)
        t.press(":status Lunch⏎")
        #expect(t.run.refusedMoves == 1)
    }

    /// Quitting before anything is done scores what was achieved: nothing (it scored 40).
    @Test func aLessonQuitWithNothingDoneScoresZero() throws {
        let t = try Trainee("take-a-call")
        t.wait(1000)
        t.run.stop()
        #expect(t.run.phase == .stopped)
        #expect(t.run.goalsMet == 0)
        #expect(t.run.score.total == 0)
        #expect(LessonReport(t.run).text().contains("score 0/100"))
    }
}
