import Telephony
import Testing

/// Whole walkthroughs pinned event by event, exhaustively (`ExhaustiveEvents`): what a contact goes
/// through, in Streams' contact state names (docs §6 rules 2–5, 11, 14–15).
@Suite struct EventSequences {
    /// The contact-level events: what happens to contacts and calls, without the flows' own steps.
    static let contactEvents: Set<EventName> = [
        .contactCreated, .inboundCall, .queued, .offered, .contactState, .accepted, .rejected, .missed, .connected,
        .quickConnect, .transferFailed, .afterContactWork, .agentLeft, .customerDisconnected, .callEnded, .cleared,
    ]

    let first = ContactID(serial: 1)
    let second = ContactID(serial: 2)

    @Test func anInboundCallIsOfferedConnectingThenConnectedThenEndedInACWThenCleared() throws {
        let desk = try Desk()
        desk.connected(then: "wait 5s\nend\nclear")
        let events = ExhaustiveEvents(desk.events, only: Self.contactEvents)
        events.receive(.contactCreated(contact: first, method: .inbound, call: 1), at: 0)
        events.receive(.inboundCall(call: 1, from: "+15555550123", to: "+18005550100", contact: first), at: 0)
        events.receive(.queued(contact: first, queue: .queue("BasicQueue")))
        // A voice offer is `connecting`, never `incoming` (docs §6 rule 3).
        events.receive(.offered(contact: first, agent: "john"))
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .connecting))
        events.receive(.accepted(contact: first, agent: "john"))
        // Connected once both whispers have played (docs §6 rule 27): 1 s agent whisper, 1 s beep.
        events.receive(.connected(contact: first, agent: "john"), at: 4400)
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .connected), at: 4400)
        // End call: after contact work is the `ended` state (docs §6 rule 2).
        events.receive(.afterContactWork(contact: first, agent: "john"), at: 9400)
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .ended))
        events.receive(.customerDisconnected(call: 1, reason: .agentDisconnect))
        events.receive(.callEnded(call: 1, reason: .agentDisconnect))
        events.receive(.cleared(contact: first, agent: "john"))
        events.finish()
    }

    @Test func aRecordCompletesWhenTheAgentClearsTheContactAfterACW() throws {
        let desk = try Desk()
        desk.connected(then: "wait 5s\nend\nwait 3s\nclear")
        let events = ExhaustiveEvents(desk.events, only: [.afterContactWork, .cleared, .recordCompleted])
        events.receive(.afterContactWork(contact: first, agent: "john"), at: 9400)
        // Not at the end of the call: only once ACW is over and the contact cleared (docs §6 rule 22).
        events.receive(.cleared(contact: first, agent: "john"), at: 12_400)
        events.receive(.recordCompleted(contact: first), at: 12_400)
        events.finish()
    }

    @Test func anOfferNotAcceptedIn20SecondsIsMissed() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        wait 25s
        """)
        let events = ExhaustiveEvents(desk.events, only: Self.contactEvents)
        events.receive(.contactCreated(contact: first, method: .inbound, call: 1))
        events.receive(.inboundCall(call: 1, from: "+15555550123", to: "+18005550100", contact: first))
        events.receive(.queued(contact: first, queue: .queue("BasicQueue")), at: 2400)
        events.receive(.offered(contact: first, agent: "john"), at: 2400)
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .connecting), at: 2400)
        // 20 s to accept, then Missed (docs §6 rules 4, 5).
        events.receive(.missed(contact: first, agent: "john", reason: .timedOut), at: 22_400)
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .missed), at: 22_400)
        events.finish()
    }

    @Test func aRejectedOfferIsRejectedAndMissed() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        reject
        """)
        let events = ExhaustiveEvents(desk.events, only: [.offered, .rejected, .missed, .contactState])
        events.receive(.offered(contact: first, agent: "john"))
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .connecting))
        // connecting → rejected fires onMissed too (docs §6 rule 4).
        events.receive(.rejected(contact: first, agent: "john"))
        events.receive(.missed(contact: first, agent: "john", reason: .rejected))
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .rejected))
        events.finish()
    }

    @Test func aConsultTransferToAnAgentMakesASecondContactAndTheLeavingAgentGoesToACW() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner "Incoming call"
        maria: accept
        wait until maria banner Connected
        leave
        clear
        """)
        let events = ExhaustiveEvents(desk.events, only: Self.contactEvents.union([.connectionState]))
        events.receive(.contactCreated(contact: first, method: .inbound, call: 1))
        events.receive(.inboundCall(call: 1, from: "+15555550123", to: "+18005550100", contact: first))
        events.receive(.queued(contact: first, queue: .queue("BasicQueue")))
        events.receive(.offered(contact: first, agent: "john"))
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .connecting))
        events.receive(.accepted(contact: first, agent: "john"))
        // John's connection is connecting during the whispers, then connected (docs §6 rules 1, 27).
        events.receive(.connectionStateChanged(call: 1, party: .leg(1), state: .connected), at: 4400)
        events.receive(.connected(contact: first, agent: "john"))
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .connected), at: 4400)
        // A quick connect holds the customer (docs §6 rule 10) and starts a TRANSFER segment (rule 21).
        events.receive(.connectionStateChanged(call: 1, party: .customer, state: .hold), at: 4400)
        events.receive(.contactCreated(contact: second, method: .transfer, call: 1))
        events.receive(.quickConnect(contact: second, agent: "john", name: "Maria", target: .user("maria")))
        events.receive(.offered(contact: second, agent: "maria"))
        events.receive(.contactStateChanged(contact: second, agent: "maria", state: .connecting))
        events.receive(.accepted(contact: second, agent: "maria"))
        events.receive(.connectionStateChanged(call: 1, party: .leg(2), state: .connected))
        events.receive(.connected(contact: second, agent: "maria"))
        events.receive(.contactStateChanged(contact: second, agent: "maria", state: .connected))
        // Leave: the held customer is taken off hold, only John's part ends (docs §6 rules 14, 15).
        events.receive(.connectionStateChanged(call: 1, party: .customer, state: .connected))
        events.receive(.connectionStateChanged(call: 1, party: .leg(1), state: .disconnected))
        events.receive(.afterContactWork(contact: first, agent: "john"))
        events.receive(.contactStateChanged(contact: first, agent: "john", state: .ended))
        events.receive(.agentLeft(agent: "john", call: 1))
        events.receive(.cleared(contact: first, agent: "john"))
        events.finish()
    }

    @Test func flowActionsAreStartedAndCompletedWithTheirIdentifierTypeAndBranch() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait 3s
        """)
        let events = ExhaustiveEvents(desk.events, only: [.flowActionStarted, .flowActionCompleted, .prompt, .flowEnded])
        let run = FlowRunRef(run: 1, flow: "Sample inbound", role: .inbound, contact: first)
        func action(_ id: String, _ type: String) -> FlowActionRef {
            FlowActionRef(run: run, flow: "Sample inbound", action: id, actionType: type)
        }
        // A prompt is started, plays (MessageReceived in the Testing language) and completes when it has played.
        events.receive(.flowActionStarted(action("greeting", "MessageParticipant")), at: 0)
        events.receive(.promptPlayed(to: .customer(1), flow: "Sample inbound", text: "Thank you for calling Example Corp.",
                                     recording: false), at: 0)
        events.receive(.flowActionCompleted(action("greeting", "MessageParticipant"), branch: "Success"), at: 2400)
        // Instant actions start and complete in the same instant.
        events.receive(.flowActionStarted(action("set-queue", "UpdateContactTargetQueue")), at: 2400)
        events.receive(.flowActionCompleted(action("set-queue", "UpdateContactTargetQueue"), branch: "Success"))
        events.receive(.flowActionStarted(action("transfer-to-queue", "TransferContactToQueue")))
        events.receive(.flowActionCompleted(action("transfer-to-queue", "TransferContactToQueue"), branch: "End"))
        events.receive(.flowEnded(run, how: .flow(.queued)))
        let queueRun = FlowRunRef(run: 2, flow: "Default customer queue", role: .customerQueue, contact: first)
        let loop = FlowActionRef(run: queueRun, flow: "Default customer queue", action: "queue-loop",
                                 actionType: "MessageParticipantIteratively")
        events.receive(.flowActionStarted(loop), at: 2400)
        events.receive(.promptPlayed(to: .customer(1), flow: "Default customer queue",
                                     text: "Thank you for calling. Your call is very important to us and will be answered in the order it was received.",
                                     recording: false))
        events.finish()
    }

    @Test func whispersSayWhomTheyPlayToAndWhat() throws {
        let desk = try Desk()
        desk.connected()
        let events = ExhaustiveEvents(desk.events, only: [.prompt])
        events.receive(.promptPlayed(to: .customer(1), flow: "Sample inbound", text: "Thank you for calling Example Corp.", recording: false))
        events.receive(.promptPlayed(to: .customer(1), flow: "Default customer queue",
                                     text: "Thank you for calling. Your call is very important to us and will be answered in the order it was received.",
                                     recording: false))
        // The agent whisper plays to the agent, then the customer whisper (a beep) to the customer (docs §6 rules 27, 30).
        events.receive(.whisperPlayed(to: .agent("john"), flow: "Default agent whisper", text: "BasicQueue"), at: 2400)
        events.receive(.promptPlayed(to: .customer(1), flow: "Default customer whisper", text: "beep", recording: true), at: 3400)
        events.finish()
    }
}
