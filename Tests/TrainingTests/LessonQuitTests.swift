import CCP
import Telephony
import Testing
import Training

/// `Q` in a running lesson asks before it stops the lesson (issue 11 review, point 5): stopping ends
/// the attempt and fixes its score, so a trainee expects a stray key not to do it. The question is on
/// screen with the key that answers it; time waits while it is asked.
@Suite struct LessonQuitTests {
    @Test func qInARunningLessonAsksFirstAndASecondQStopsIt() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 80, rows: 24))
        t.wait(1000)
        #expect(t.ccp.handle(.key(.char("Q"))).isEmpty)
        #expect(t.run.phase == .running)
        #expect(t.screen.contains("Stop the lesson? Press Q again to end it with its score so far;"))
        #expect(t.ccp.ui.timeStopped)
        // The second Q stops the lesson and its summary shows; a Q there quits (issue 11 review point 4).
        #expect(t.ccp.handle(.key(.char("Q"))).isEmpty)
        #expect(t.run.phase == .stopped)
        #expect(t.ccp.handle(.key(.char("Q"))) == [.quit])
    }

    @Test func anyOtherKeyGoesBackToTheLessonAndDoesNothingElse() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 80, rows: 24))
        t.wait(1000)
        t.press("Q")
        #expect(t.ccp.handle(.key(.char("g"))).isEmpty)
        #expect(!t.ccp.ui.quitAsked && !t.ccp.ui.timeStopped)
        #expect(!t.screen.contains("Stop the lesson?"))
        // The answering key is no move of its own: `g` did not show the hint.
        #expect(!t.screen.contains("Hint:"))
        #expect(t.run.phase == .running)
        // The question is asked again on the next Q.
        #expect(t.ccp.handle(.key(.char("Q"))).isEmpty)
        #expect(t.ccp.handle(.key(.char("Q"))).isEmpty)
        #expect(t.run.phase == .stopped)
    }

    @Test func qQuitsAtOnceFromTheStoryAndAfterTheSummary() throws {
        let story = try Trainee("take-a-call", startsAtOnce: false)
        #expect(story.ccp.handle(.key(.char("Q"))) == [.quit])
        let done = try Trainee("take-a-call", size: Size(columns: 80, rows: 24))
        done.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        done.waitForGoal(3).press("e").wait(2000).press("c")
        #expect(done.run.phase == .passed)
        #expect(done.ccp.handle(.key(.char("Q"))) == [.quit])
    }

    @Test func ctrlCStillQuitsAtOnce() throws {
        let t = try Trainee("take-a-call")
        #expect(t.ccp.handle(.key(.ctrl("c"))) == [.quit])
    }
}
