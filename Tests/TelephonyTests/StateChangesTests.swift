import Telephony
import Testing

/// `Engine.stateChanges`, the "world changed" signal the CCP keeps its last reading of the views by
/// (issue 12): it moves with every command and every timer fired, and while it stays put no view
/// changes, however far time moves (views hold moments, never durations).
@Suite struct StateChangesTests {
    /// Everything the CCP reads of the world, for comparison.
    struct Views: Equatable {
        var agents: [AgentView?]
        var transcripts: [[TranscriptLine]]
        var caller: CallerView?
        var callMaps: [CallMapView?]
        var live: [LiveContactView]
        var records: Int

        init(_ engine: Engine) {
            let names = engine.agentUsernames
            agents = names.map { engine.view(of: $0) }
            transcripts = names.map { engine.transcript(of: .agent($0)) }
            caller = engine.callerView()
            callMaps = names.map { engine.callMap(of: .agent($0)) }
            live = engine.liveContacts()
            records = engine.completedContactCount
        }
    }

    @Test func commandsCarriedOutOrRefusedMoveIt() throws {
        let desk = try Desk()
        let start = desk.engine.stateChanges
        #expect(desk.engine.perform(.call(from: "+15555550123", to: "+18005550100")) == nil)
        let afterCall = desk.engine.stateChanges
        #expect(afterCall > start)
        // Nothing to accept yet: refused, and counted all the same (a reader reads once more, harmlessly).
        #expect(desk.engine.perform(.accept, as: "john") != nil)
        #expect(desk.engine.stateChanges > afterCall)
    }

    @Test func aTimerFiringMovesItAndTimeWithNothingDueDoesNot() throws {
        let desk = try Desk()
        desk.connected()
        let due = try #require(desk.engine.nextEventTime)
        let before = desk.engine.stateChanges
        desk.engine.advance(to: due - 1)
        #expect(desk.engine.stateChanges == before)
        desk.engine.advance(to: due)
        #expect(desk.engine.stateChanges > before)
    }

    /// A warm transfer played a quarter second at a time: whenever the signal did not move, every view
    /// reads as it did a step before.
    @Test func whileItStaysPutNoViewChanges() throws {
        let desk = try Desk()
        desk.connected(then: """
            quick-connect Maria
            """)
        var steps = 0, unchanged = 0
        var last = (desk.engine.stateChanges, Views(desk.engine))
        for step in 0..<400 {
            if step == 40 { desk.run("join") }
            if step == 120 { desk.run("leave") }
            desk.engine.advance(by: 250)
            steps += 1
            let now = (desk.engine.stateChanges, Views(desk.engine))
            if now.0 == last.0 {
                unchanged += 1
                #expect(now.1 == last.1, "step \(step): the views changed while stateChanges stayed \(now.0)")
            }
            last = now
        }
        // Both kinds of step happened, so the check above was made.
        #expect(unchanged > 0 && unchanged < steps)
    }
}
