import CCP
import Telephony
import Testing
import Training

/// README §Keys: the side panels (call map, flow view, records) follow the focused CCP's call in every
/// session kind. A lesson session wraps an engine session and must hand these on, not the empty
/// stand-in values a session that cannot tell them shows (review: the lesson's map said "on no call").
@Suite struct LessonSidePanelsTests {
    @Test func aLessonsSidePanelsFollowTheTraineesCallAndRecords() throws {
        let t = try Trainee("take-a-call")
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        let map = try #require(t.session.callMap(of: .agent(t.run.agent)))
        #expect(map.nodes.contains { $0.state == "Connected" && $0.key == .agent(t.run.agent) })
        #expect(t.session.completedRecords.isEmpty)
        t.waitForGoal(3).press("e").waitForBanner(.afterContactWork).wait(2000).press("c")
        #expect(t.session.completedRecords.count == 1)
        #expect(t.session.recordChains.count == 1)
    }
}
