@testable import Telephony
import Testing

/// A call's run list keeps each run's role beside its id, so that hold loops (docs §6 rule 19) are looked for
/// without reading every run of the call (issue 9). At every event of a walkthrough with holds, a transfer and a
/// join, the list must name the role of the run each entry stands for, and every run of the call must be in it.
@Suite struct CallRunListTests {
    @Test func aCallsRunListNamesEachRunsRoleThroughHoldsTransfersAndJoins() throws {
        let desk = try Desk()
        let engine = desk.engine
        let log = desk.events
        var checked = 0
        var holdLoopsSeen = Set<FlowRole>()
        engine.onEvent = { event in
            log.append(event)
            for callId in engine.calls.keys {
                for entry in engine.callRuns[callId] ?? [] {
                    guard let run = engine.runs[entry.id] else { continue }
                    #expect(run.role == entry.role && run.callId == callId, "after \(event.type) at \(event.at) ms")
                }
                let listed = Set((engine.callRuns[callId] ?? []).map(\.id))
                for id in engine.runs.keys {
                    guard let run = engine.runs[id], run.callId == callId else { continue }
                    #expect(listed.contains(id), "run \(id) (\(run.role)) after \(event.type) at \(event.at) ms")
                    if run.role == .customerHold || run.role == .agentHold { holdLoopsSeen.insert(run.role) }
                }
                checked += 1
            }
        }
        desk.connected(then: Desk.holdsTransferAndJoin)
        #expect(checked > 20)
        #expect(holdLoopsSeen == [.customerHold, .agentHold])
    }
}
