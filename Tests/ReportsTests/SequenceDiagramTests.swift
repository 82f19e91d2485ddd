import Reports
import Telephony
import Testing

/// The Mermaid sequence diagram of a run (issue 12 point 5), built from typed engine events.
@Suite struct SequenceDiagramTests {
    @Test func anInboundCallAnsweredByAnAgentDrawsEveryLifelineAndMessageInOrder() {
        let contact = ContactID(serial: 1)
        let run = FlowRunRef(run: 1, flow: "Sample inbound", role: .inbound, contact: contact)
        let whisper = FlowRunRef(run: 2, flow: "Default agent whisper", role: .agentWhisper, contact: contact)
        let events: [EngineEvent] = [
            EngineEvent(at: 0, .inboundCall(call: 1, from: "+15555550123", to: "+18005550100", contact: contact)),
            EngineEvent(at: 0, .contactCreated(contact: contact, method: .inbound, call: 1)),
            EngineEvent(at: 0, .flowStarted(run)),
            EngineEvent(at: 0, .attributeSet(contact: contact, key: "k", value: "v")),
            EngineEvent(at: 10, .promptPlayed(to: .customer(1), flow: "Sample inbound", text: "Hello; press #1", recording: false)),
            EngineEvent(at: 20, .queued(contact: contact, queue: .queue("BasicQueue"))),
            EngineEvent(at: 20, .flowEnded(run, how: .flow(.queued))),
            EngineEvent(at: 30, .offered(contact: contact, agent: "john")),
            EngineEvent(at: 40, .accepted(contact: contact, agent: "john")),
            EngineEvent(at: 40, .flowStarted(whisper)),
            EngineEvent(at: 40, .whisperPlayed(to: .agent("john"), flow: "Default agent whisper", text: "BasicQueue")),
            EngineEvent(at: 50, .connected(contact: contact, agent: "john")),
            EngineEvent(at: 60, .connectionStateChanged(call: 1, party: .customer, state: .hold)),
            EngineEvent(at: 70, .connectionStateChanged(call: 1, party: .customer, state: .connected)),
            EngineEvent(at: 80, .customerDisconnected(call: 1, reason: .customerDisconnect)),
            EngineEvent(at: 90, .cleared(contact: contact, agent: "john")),
            EngineEvent(at: 90, .recordCompleted(contact: contact)),
        ]
        #expect(SequenceDiagram().text(events) == """
            sequenceDiagram
                participant C1 as Caller +15555550123
                participant Connect as Amazon Connect
                participant F1 as Flow: Sample inbound
                participant A1 as Agent john
                participant F2 as Flow: Default agent whisper
                C1->>Connect: calls +18005550100
                Connect->>F1: starts inbound (contact 1)
                F1->>C1: says: Hello#59; press #35;1
                C1->>Connect: queued in BasicQueue
                F1->>Connect: queued
                Connect->>A1: offers contact 1
                A1->>Connect: accepts contact 1
                Connect->>F2: starts agentWhisper (contact 1)
                F2->>A1: whispers: BasicQueue
                Note over C1,A1: connected (contact 1)
                Note over C1: on hold
                Note over C1: off hold
                C1->>Connect: disconnected (CUSTOMER_DISCONNECT)
                A1->>Connect: clears contact 1
                Note over Connect: record of contact 1 completed

            """)
    }

    @Test func aConsultWhileTheCallerIsOnHoldQueuesAndConnectsTheTwoAgentsNotTheCaller() {
        // docs/amazon-connect.md §6 (How quick connects work): John's quick connect holds the caller; Maria's
        // transfer contact is queued and then talks to John alone until Join, so the connection note spans the two
        // agents. A cold transfer (John left first, the caller off hold) still connects Maria with the caller.
        let first = ContactID(serial: 1)
        let consult = ContactID(serial: 2)
        let events: [EngineEvent] = [
            EngineEvent(at: 0, .inboundCall(call: 1, from: "+15555550123", to: "+18005550100", contact: first)),
            EngineEvent(at: 10, .connected(contact: first, agent: "john")),
            EngineEvent(at: 20, .connectionStateChanged(call: 1, party: .customer, state: .hold)),
            EngineEvent(at: 20, .quickConnect(contact: consult, agent: "john", name: "PasswordReset", target: .queue("PasswordReset"))),
            EngineEvent(at: 20, .contactCreated(contact: consult, method: .transfer, call: 1)),
            EngineEvent(at: 21, .queued(contact: consult, queue: .queue("PasswordReset"))),
            EngineEvent(at: 30, .offered(contact: consult, agent: "maria")),
            EngineEvent(at: 31, .accepted(contact: consult, agent: "maria")),
            EngineEvent(at: 32, .connected(contact: consult, agent: "maria")),
            EngineEvent(at: 40, .connectionStateChanged(call: 1, party: .customer, state: .connected)),
            EngineEvent(at: 40, .joined(call: 1, agent: "john")),
            EngineEvent(at: 50, .agentLeft(agent: "john", call: 1)),
            EngineEvent(at: 60, .quickConnect(contact: ContactID(serial: 3), agent: "maria", name: "Sam", target: .user("sam"))),
            EngineEvent(at: 60, .contactCreated(contact: ContactID(serial: 3), method: .transfer, call: 1)),
            EngineEvent(at: 61, .agentLeft(agent: "maria", call: 1)),
            EngineEvent(at: 70, .connected(contact: ContactID(serial: 3), agent: "sam")),
        ]
        #expect(SequenceDiagram().text(events) == """
            sequenceDiagram
                participant C1 as Caller +15555550123
                participant Connect as Amazon Connect
                participant A1 as Agent john
                participant A2 as Agent maria
                participant A3 as Agent sam
                C1->>Connect: calls +18005550100
                Note over C1,A1: connected (contact 1)
                Note over C1: on hold
                A1->>Connect: quick connect PasswordReset (contact 2)
                Note over Connect: contact 2 queued in PasswordReset
                Connect->>A2: offers contact 2
                A2->>Connect: accepts contact 2
                Note over A1,A2: connected (contact 2, the caller on hold)
                Note over C1: off hold
                A1->>C1: joins the call
                A1->>C1: leaves the call
                A2->>Connect: quick connect Sam (contact 3)
                A2->>C1: leaves the call
                Note over C1,A3: connected (contact 3)

            """)
    }

    /// 20-cresta-pstn-transfer-resumes: the caller phones twice and the flow dials the same number on each call;
    /// the diagram had two "Caller +15555550123" and two "External +18005550199" lifelines, which read as one.
    /// Lifelines sharing a name are told apart by their call (by their leg when one call dialled the number twice).
    @Test func lifelinesSharingANameAreToldApartByTheirCall() {
        let events: [EngineEvent] = [
            EngineEvent(at: 0, .inboundCall(call: 1, from: "+15555550123", to: "+18005550100", contact: ContactID(serial: 1))),
            EngineEvent(at: 1, .legDialing(call: 1, leg: 1, number: "+18005550199")),
            EngineEvent(at: 9, .inboundCall(call: 2, from: "+15555550123", to: "+18005550100", contact: ContactID(serial: 2))),
            EngineEvent(at: 10, .legDialing(call: 2, leg: 2, number: "+18005550199")),
            EngineEvent(at: 11, .legDialing(call: 2, leg: 3, number: "+18005550198")),
            EngineEvent(at: 12, .legDialing(call: 2, leg: 4, number: "+18005550198")),
        ]
        #expect(SequenceDiagram().model(events).participants.map(\.label) == [
            "Caller +15555550123 (call 1)", "Amazon Connect", "External +18005550199 (call 1)",
            "Caller +15555550123 (call 2)", "External +18005550199 (call 2)",
            "External +18005550198 (leg 3)", "External +18005550198 (leg 4)",
        ])
    }

    @Test func externalPartiesAreTheirOwnLifelinesNamedByTheNumberDialled() {
        let events: [EngineEvent] = [
            EngineEvent(at: 0, .legDialing(call: 1, leg: 3, number: "+15550001111")),
            EngineEvent(at: 5, .legAnswered(call: 1, leg: 3)),
            EngineEvent(at: 9, .legHungUp(call: 1, leg: 3, by: "jane")),
        ]
        #expect(SequenceDiagram().text(events) == """
            sequenceDiagram
                participant Connect as Amazon Connect
                participant X3 as External +15550001111
                participant A1 as Agent jane
                Connect->>X3: dials +15550001111
                X3->>Connect: answers
                A1->>X3: hangs up

            """)
    }

    @Test func messageTextIsOneLineWithMermaidSyntaxEscapedAndLongTextCut() {
        let diagram = SequenceDiagram(maxText: 12)
        #expect(diagram.escape("a;b#c<d>e") == "a#59;b#35;c#60;d#62;e")
        // "\r\n" is one Character in Swift, so it becomes one space.
        #expect(diagram.escape("one\ntwo\r\nz") == "one two z")
        #expect(diagram.escape("abcdefghijklmnop") == "abcdefghijk…")
    }

    /// Point 3 of issue 12: a hold the agent makes is drawn as the agent's move, and another agent on the call
    /// (whose connection is a leg with no number) is held as that agent's lifeline (docs §1.5 hold semantics).
    @Test func holdsAndResumesAnAgentMakesAreArrowsFromThatAgent_engineHoldsStayNotes() {
        let c1 = ContactID(serial: 1), c2 = ContactID(serial: 2)
        let events: [EngineEvent] = [
            EngineEvent(at: 0, .inboundCall(call: 1, from: "+15555550123", to: "+18005550100", contact: c1)),
            // John's own leg connects at the instant he is connected; so does Maria's.
            EngineEvent(at: 10, .connectionStateChanged(call: 1, party: .leg(1), state: .connected)),
            EngineEvent(at: 10, .connected(contact: c1, agent: "john")),
            // A consult: the engine holds the caller itself.
            EngineEvent(at: 20, .command(agent: "john", verb: "quick-connect")),
            EngineEvent(at: 20, .connectionStateChanged(call: 1, party: .customer, state: .hold)),
            EngineEvent(at: 20, .contactCreated(contact: c2, method: .transfer, call: 1)),
            EngineEvent(at: 30, .connectionStateChanged(call: 1, party: .leg(2), state: .connected)),
            EngineEvent(at: 30, .connected(contact: c2, agent: "maria")),
            // Hold all, then resume one by one.
            EngineEvent(at: 40, .command(agent: "john", verb: "hold")),
            EngineEvent(at: 40, .connectionStateChanged(call: 1, party: .leg(2), state: .hold)),
            EngineEvent(at: 50, .command(agent: "john", verb: "resume")),
            EngineEvent(at: 50, .connectionStateChanged(call: 1, party: .leg(2), state: .connected)),
            EngineEvent(at: 60, .command(agent: "john", verb: "swap")),
            EngineEvent(at: 60, .connectionStateChanged(call: 1, party: .customer, state: .connected)),
            EngineEvent(at: 60, .connectionStateChanged(call: 1, party: .leg(2), state: .hold)),
            // Leave takes Maria off hold: the engine's move, not John's.
            EngineEvent(at: 70, .command(agent: "john", verb: "leave")),
            EngineEvent(at: 70, .connectionStateChanged(call: 1, party: .leg(2), state: .connected)),
            EngineEvent(at: 70, .connectionStateChanged(call: 1, party: .leg(1), state: .disconnected)),
        ]
        #expect(SequenceDiagram().text(events) == """
            sequenceDiagram
                participant C1 as Caller +15555550123
                participant Connect as Amazon Connect
                participant A1 as Agent john
                participant A2 as Agent maria
                C1->>Connect: calls +18005550100
                Note over C1,A1: connected (contact 1)
                Note over C1: on hold
                Note over C1,A2: connected (contact 2)
                A1->>A2: holds
                A1->>A2: resumes
                A1->>C1: resumes (swap)
                A1->>A2: holds (swap)
                Note over A2: off hold

            """)
    }

    @Test func anAgentHoldingAnExternalPartyOrTheCallerIsAnArrowAtTheSameInstantOnly() {
        let events: [EngineEvent] = [
            EngineEvent(at: 0, .legDialing(call: 1, leg: 3, number: "+15550001111")),
            EngineEvent(at: 5, .command(agent: "jane", verb: "hold")),
            EngineEvent(at: 5, .connectionStateChanged(call: 1, party: .leg(3), state: .hold)),
            EngineEvent(at: 5, .connectionStateChanged(call: 1, party: .customer, state: .hold)),
            // Later, with no command at that instant, a flow takes the caller off hold.
            EngineEvent(at: 9, .connectionStateChanged(call: 1, party: .customer, state: .connected)),
        ]
        #expect(SequenceDiagram().text(events) == """
            sequenceDiagram
                participant Connect as Amazon Connect
                participant X3 as External +15550001111
                participant A1 as Agent jane
                participant C1 as Caller (call 1)
                Connect->>X3: dials +15550001111
                A1->>X3: holds
                A1->>C1: holds
                Note over C1: off hold

            """)
    }
}
