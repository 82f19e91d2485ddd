import CCP
import Telephony
import Testing
import Training

/// A supervisor added to a lesson (`learn LESSON --supervisor NAME`, or `supervisor:`) can barge only
/// where the instance has "Enable Multi-Party Calls and Enhanced Monitoring", which barge needs
/// ([AG/monitor-barge], docs/supervisor.md); silent monitoring needs no such option. So on a lesson whose
/// scenario is not multi-party, monitoring is all there is, and Barge says why (issue 11 review point 10d:
/// checked against the docs, which allow no barge there).
@Suite struct LessonSupervisorBargeTests {
    @Test func onANonMultiPartyLessonTheSupervisorMonitorsAndBargeSaysWhyNot() throws {
        var lesson = try #require(try BuiltInLessons.load("take-a-call"))
        lesson.supervisor = "maria"
        let t = try Trainee(lesson: lesson, size: Size(columns: 160, rows: 40))
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.press("⇥m")
        #expect(t.run.engine.monitorMode(of: "maria") == .silentMonitor)
        t.press("b")
        #expect(t.run.engine.monitorMode(of: "maria") == .silentMonitor)
        #expect(t.ccp.ui.panels[1].message?.text.contains("Barge needs multi-party calls and enhanced monitoring on this instance.") == true)
        // A supervisor's refused move is not the trainee's.
        #expect(t.run.refusedMoves == 0)
    }

    @Test func onAMultiPartyLessonTheSameKeysBarge() throws {
        let t = try Trainee("supervised-call", size: Size(columns: 160, rows: 40))
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.press("⇥m").press("b")
        #expect(t.run.engine.monitorMode(of: "sue") == .barge)
    }
}
