@testable import Telephony
import Testing

/// A call's run list keeps each run's role beside its id, so that hold loops (docs §6 rule 19) are looked for
/// without reading every run of the call (issue 9). At every event of a walkthrough with holds, a transfer and a
/// join, the list must name the role of the run each entry stands for, and a look by role must find what a look
/// at every run finds.
@Suite struct CallRunListTests {
    static let roles: [FlowRole] = [.inbound, .customerQueue, .customerHold, .customerWhisper, .agentWhisper,
                                    .agentHold, .outboundWhisper, .transfer]

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
                for role in Self.roles {
                    let byRole = engine.hasRun(onCall: callId, role: role)
                    #expect(byRole == engine.hasRun(onCall: callId) { $0.role == role },
                            "\(role) after \(event.type) at \(event.at) ms")
                    if byRole && (role == .customerHold || role == .agentHold) { holdLoopsSeen.insert(role) }
                }
                checked += 1
            }
        }
        desk.connected(then: Desk.holdsTransferAndJoin)
        #expect(checked > 20)
        #expect(holdLoopsSeen == [.customerHold, .agentHold])
    }
}
