@testable import Telephony
import Testing

/// Ended flow runs are reused by the runs that start next (issue 9), but never one that something still holds:
/// a holder keeps reading the run it had, its id and flow unchanged.
@Suite struct FlowRunSparesTests {
    func start(_ spares: inout FlowRunSpares, _ serial: Int, flow: String) -> FlowRun {
        spares.run(id: RunID(serial), contactId: ContactID(serial: serial), callId: CallID(serial), role: .inbound,
                   listener: .customer(CallID(serial)), listenerAgentAt: nil, flow: flow, number: nil)
    }

    @Test func anEndedRunNoOneHoldsIsReusedAsTheNextRun() {
        var spares = FlowRunSpares()
        var ended: FlowRun? = start(&spares, 1, flow: "Greeting")
        let reused = ObjectIdentifier(ended!)
        spares.keep(ended!)
        ended = nil
        let next = start(&spares, 2, flow: "Queue")
        #expect(ObjectIdentifier(next) == reused)
        #expect(next.id == RunID(2) && next.flow == "Queue" && next.contactId == ContactID(serial: 2))
    }

    @Test func anEndedRunSomeoneStillHoldsIsNotReused() {
        var spares = FlowRunSpares()
        let held = start(&spares, 1, flow: "Greeting")
        spares.keep(held)
        let next = start(&spares, 2, flow: "Queue")
        #expect(next !== held)
        #expect(held.id == RunID(1) && held.flow == "Greeting")
        #expect(next.id == RunID(2) && next.flow == "Queue")
    }

    /// A kept run still held when the next run starts is not dropped: once its holder lets go, a later run reuses it.
    @Test func aRunStillHeldWhenTheNextStartsIsReusedOnceReleased() {
        var spares = FlowRunSpares()
        var held: FlowRun? = start(&spares, 1, flow: "Greeting")
        // Watched weakly: a freed run's address may come back as a new run's.
        weak let ended = held
        spares.keep(held!)
        let second = start(&spares, 2, flow: "Queue")
        #expect(second !== ended)
        held = nil
        #expect(ended != nil, "still kept")
        let third = start(&spares, 3, flow: "Hold")
        #expect(third === ended)
        #expect(third.id == RunID(3) && third.flow == "Hold")
    }

    /// A reused run keeps its cursor's storage but none of where the ended run stood: it starts at its new flow's
    /// first action, with no loop counts, no module to return to, no answer pending and no flow attributes.
    @Test func aReusedRunsCursorStandsAtTheStartOfItsNewFlow() {
        var spares = FlowRunSpares()
        var ended: FlowRun? = start(&spares, 1, flow: "Greeting")
        let reused = ObjectIdentifier(ended!)
        var cursor = ended!.takeCursor(keepingAction: false)
        cursor.action = "loop"
        cursor.loopCounters["loop"] = 2
        cursor.returns.append(FlowReturn(flow: "Greeting", action: "invoke"))
        cursor.delayedOutcome = .value("1")
        cursor.resumeHint = (4, 7)
        ended!.giveBack(cursor)
        ended!.flowAttributes["step"] = "2"
        spares.keep(ended!)
        ended = nil
        let next = spares.run(id: RunID(2), contactId: ContactID(serial: 2), callId: CallID(2), role: .customerQueue,
                              listener: .customer(CallID(2)), listenerAgentAt: nil, flow: "Queue", number: 3)
        #expect(ObjectIdentifier(next) == reused)
        #expect(next.cursor == FlowCursor(flow: "Queue"))
        #expect(next.action == nil)
        #expect(next.flowAttributes.isEmpty)
        let taken = next.takeCursor(keepingAction: false)
        #expect(taken.resumeHint?.flow == 3 && taken.resumeHint?.action == 0)
    }

    /// A run that played to an agent, reused for a caller, no longer names that agent's place: its prompts reach the
    /// caller's transcript, not the agent's (issue 9: the agent's index is kept with the run).
    @Test func aReusedRunForgetsTheAgentItPlayedTo() {
        var spares = FlowRunSpares()
        var ended: FlowRun? = spares.run(id: RunID(1), contactId: ContactID(serial: 1), callId: CallID(1),
                                         role: .agentWhisper, listener: .agent("ann"), listenerAgentAt: 4,
                                         flow: "Whisper", number: nil)
        #expect(ended?.listenerAgentAt == 4)
        let reused = ObjectIdentifier(ended!)
        spares.keep(ended!)
        ended = nil
        let next = start(&spares, 2, flow: "Hold")
        #expect(ObjectIdentifier(next) == reused)
        #expect(next.listener == .customer(CallID(2)))
        #expect(next.listenerAgentAt == nil)
    }

    /// Of the spares no one holds, one that ran in the same role is taken first (it mostly ran the same flow, whose
    /// name the run and its cursor then keep, issue 9); whichever is taken, the run starts as a new one would.
    @Test func aSpareThatRanInTheSameRoleIsTakenFirstAndStartsAfresh() {
        var spares = FlowRunSpares()
        var whisper: FlowRun? = spares.run(id: RunID(1), contactId: ContactID(serial: 1), callId: CallID(1),
                                           role: .agentWhisper, listener: .agent("ann"), listenerAgentAt: 4,
                                           flow: "Whisper", number: 2)
        var hold: FlowRun? = spares.run(id: RunID(2), contactId: ContactID(serial: 2), callId: CallID(2),
                                        role: .agentHold, listener: .agent("ann"), listenerAgentAt: 4,
                                        flow: "Hold", number: 5)
        var cursor = whisper!.takeCursor(keepingAction: false)
        cursor.action = "beep"
        cursor.resumeHint = (2, 3)
        whisper!.giveBack(cursor)
        let whisperRun = ObjectIdentifier(whisper!), holdRun = ObjectIdentifier(hold!)
        spares.keep(whisper!)
        spares.keep(hold!)
        whisper = nil
        hold = nil
        let next = spares.run(id: RunID(3), contactId: ContactID(serial: 3), callId: CallID(3), role: .agentWhisper,
                              listener: .agent("bob"), listenerAgentAt: 7, flow: "Whisper", number: 2)
        #expect(ObjectIdentifier(next) == whisperRun)
        #expect(next.id == RunID(3) && next.role == .agentWhisper && next.listener == .agent("bob"))
        #expect(next.listenerAgentAt == 7 && next.flow == "Whisper" && next.action == nil)
        #expect(next.cursor == FlowCursor(flow: "Whisper"))
        // No spare ran in this role: the one left is taken, and made new for its flow.
        let other = start(&spares, 4, flow: "Greeting")
        #expect(ObjectIdentifier(other) == holdRun)
        #expect(other.role == .inbound && other.flow == "Greeting" && other.cursor == FlowCursor(flow: "Greeting"))
    }
}
