import CCP
import Telephony
import Testing
import Training

/// A lesson mid-call at 120×40 with the side panels beside the trainee's CCP (call map, flow view,
/// records): the lesson bar with its goal, the CCP during the consult, every panel's border whole
/// (issue 11 review, point 7). Reached by the keys a trainee presses, on virtual time, from the
/// built-in lesson `agent-quick-connect`; regenerated as the other goldens are (Golden/README.md).
@Suite struct LessonGoldenTests {
    @Test func aLessonMidCallWithTheSidePanelsAt120x40() throws {
        let checked = try #require(try BuiltInLessons.checked("agent-quick-connect"))
        let run = try LessonSetup.start(checked)
        let session = LessonSession(run: run)
        let ccp = CCPController(session: session, agents: [run.agent], showCustomer: false, supervisor: run.supervisor,
                                size: Size(columns: 120, rows: 40))
        /// Time passes in steps of at most half a second, stopping at each engine timer, as a trainee waits.
        func wait(until what: String, _ condition: () -> Bool) {
            let deadline = session.now + 120_000
            while !condition(), session.now < deadline {
                session.advance(to: min(session.now + 500, session.nextWakeUp.map { max($0, session.now + 1) } ?? Int.max))
            }
            #expect(condition(), "waited for \(what)")
        }
        func banner() -> Banner? { session.agentView(run.agent)?.contact?.banner }
        ccp.handle(.key(.enter))
        wait(until: "the call") { banner() == .incoming }
        session.advance(to: session.now + 1000)
        ccp.handle(.key(.char("a")))
        wait(until: "Connected") { banner() == .connected }
        ccp.handle(.key(.char("q")))
        ccp.handle(.key(.enter))
        wait(until: "John hears Maria") { run.engine.hears(.agent(run.agent), .agent("maria")) }
        session.advance(to: session.now + 2000)
        #expect(run.phase == .running && run.currentGoal == 2)
        Golden.check(Golden.text(ccp.render().screen), file: "lesson-consult.120x40.txt")
    }
}
