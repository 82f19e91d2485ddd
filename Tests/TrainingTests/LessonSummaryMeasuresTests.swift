import CCP
import Testing
import Training

/// The summary shows every measure the score uses, missed offers among them (a miss the lesson did
/// not ask for takes the answer points), on the screen and in the printed result (issue 11 review
/// point 10b; docs/lesson-format.md, Score).
@Suite struct LessonSummaryMeasuresTests {
    @Test func theSummaryHasAMissedOffersLine() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 80, rows: 24))
        t.waitForBanner(.missed).press("c")
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.waitForGoal(3).press("e").waitForBanner(.afterContactWork).wait(2000).press("c")
        #expect(t.run.phase == .passed)
        #expect(t.screen.contains("Missed offers       1\n") || t.screen.contains("Missed offers       1 "), "\(t.screen)")
        #expect(LessonReport(t.run).text().contains("missed offers 1, refused moves 0"))
    }

    @Test func aMissTheLessonAskedForIsSaidSo() throws {
        let t = try Trainee("missed-call-next-status", size: Size(columns: 80, rows: 24))
        t.waitForBanner(.missed).press("c")
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.press("tlu⏎").press("e").wait(1000).press("c")
        #expect(t.run.phase == .passed)
        #expect(t.screen.contains("Missed offers       1  (1 asked for by the lesson)"), "\(t.screen)")
        #expect(LessonReport(t.run).text().contains("missed offers 1 (1 asked for by the lesson), refused moves 0"))
    }
}
