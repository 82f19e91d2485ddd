@testable import Telephony
import Testing

/// A bot's accept window is only reserved while the bot's answer, due first, is pending (issue 9). Taken over before
/// it answers, the agent's offer still rings out at the end of its 20 s window (docs §6 rule 5), and a reserved timer
/// set later fires in the turn it took.
@Suite struct ReservedAcceptWindow {
    @Test func aBotTakenOverWhileRingingMissesTheOfferWhenItsWindowEnds_docs6_rule5() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner "Incoming call"
        manual maria
        wait 30s
        """)
        let offered = try #require(desk.events.all.last { event in
            if case .offered(_, "maria") = event.kind { return true } else { return false }
        })
        let missed = desk.events.all.filter { event in
            if case .missed(_, "maria", .timedOut) = event.kind { return true } else { return false }
        }
        #expect(missed.map(\.at) == [offered.at + Engine.acceptWindow])
    }

    @Test func aReservedTimerSetLaterFiresBeforeTimersForTheSameInstantSetAfterItWasReserved() throws {
        let desk = try Desk()
        let engine = desk.engine
        let reserved = engine.reserveTimer(after: 5_000)
        engine.schedule(after: 5_000, .flowWakes(RunID(900_002), token: 0))
        engine.schedule(engine.reserveTimer(after: 5_000), .flowWakes(RunID(900_003), token: 0))
        _ = engine.schedule(reserved, .flowWakes(RunID(900_001), token: 0))
        var order: [Int] = []
        while let (_, event) = engine.timers.popFirst(dueBy: engine.now + 5_000) {
            if case .flowWakes(let run, _) = event, run.serial > 900_000 { order.append(run.serial) }
        }
        #expect(order == [900_001, 900_002, 900_003])
    }
}
