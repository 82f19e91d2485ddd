import Telephony
import Testing

/// A whisper of 300 words: two minutes at 150 words a minute, so more than the limit with the rest.
private let longWhisper = promptThenEnd(Array(repeating: "please", count: 400).joined(separator: " "))

/// Whispers (docs §6 rule 27) and offers that end unaccepted (docs §6 rules 4, 5).
@Suite struct WhispersAndOffers {
    private func deskWithALongAgentWhisper() throws -> Desk {
        try Desk(flows: ["Long whisper": longWhisper]) { $0.defaultFlows.agentWhisper = "Long whisper" }
    }

    @Test func anAgentWhisperStopsAfterTwoMinutes_docs6_rule27() throws {
        let desk = try deskWithALongAgentWhisper()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        """)
        let accepted = try #require(desk.events.of("contact.accepted").first?.at)
        desk.engine.advance(to: accepted + 119_000)
        #expect(desk.engine.view(of: "john")?.contact?.banner == .connecting)
        // 400 words take 160 s; the limit cuts the whisper at 120 s and the 1 s beep follows.
        desk.engine.advance(to: accepted + 121_500)
        #expect(desk.engine.view(of: "john")?.contact?.banner == .connected)
        let ended = desk.events.of("flow.ended").first { $0.fields["role"] == "agentWhisper" }
        #expect(ended?.at == accepted + 120_000)
        #expect(ended?.fields["how"]?.contains("2-minute limit") == true)
    }

    @Test func aCustomerWhisperStopsAfterTwoMinutes_docs6_rule27() throws {
        let desk = try Desk(flows: ["Long whisper": longWhisper]) { $0.defaultFlows.customerWhisper = "Long whisper" }
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait until customer heard "please please"
        """)
        let started = try #require(desk.events.of("flow.started").first { $0.fields["role"] == "customerWhisper" }?.at)
        desk.engine.advance(to: started + 119_900)
        #expect(desk.engine.view(of: "john")?.contact?.banner == .connecting)
        desk.engine.advance(to: started + 120_000)
        #expect(desk.engine.view(of: "john")?.contact?.banner == .connected)
    }

    @Test func endCallIsAllowedWhileTheAgentWhisperPlays_docs6_rule27() throws {
        let desk = try deskWithALongAgentWhisper()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait 5s
        expect banner Connecting
        expect enabled end
        end
        """)
        // John let the caller go before talking: Missed, as for an offer not taken.
        #expect(desk.engine.view(of: "john")?.contact?.banner == .missed)
        desk.run("""
        expect caller "In queue"
        expect customer not heard "please please"
        clear
        wait until banner "Incoming call"
        """)
        #expect(desk.events.of("contact.missed").map { $0.fields["how"] } == ["hung up during the whisper"])
        desk.run("""
        accept
        wait until banner Connected
        end
        clear
        """)
        let r = desk.record(1)
        #expect(r.AgentConnectionAttempts == 2)
        #expect(r.Agent?.Username == "john")
        #expect(desk.engine.completedRecords.count == 1)
    }

    @Test func aQueueTransferWhoseAgentHangsUpInTheWhisperWaitsForTheNextAgent_docs6_rule27() throws {
        let desk = try deskWithALongAgentWhisper()
        desk.connected(then: """
        manual maria
        quick-connect PasswordReset
        wait until maria banner "Incoming call"
        maria: accept
        maria: end
        expect maria banner "Missed contact"
        expect party PasswordReset connecting
        wait until sam banner Connecting
        """)
        #expect(desk.engine.view(of: "john")?.contact?.banner == .connecting)
    }

    @Test func anAgentTransferWhoseAgentHangsUpInTheWhisperFailsBackToTheTransferringAgent_docs6_rule27() throws {
        let desk = try deskWithALongAgentWhisper()
        desk.connected(then: """
        manual maria
        quick-connect Maria
        wait until maria banner "Incoming call"
        maria: accept
        maria: end
        expect john heard "failed"
        expect party customer "on hold"
        resume customer
        expect john hears customer
        """)
    }

    @Test func theCallerHangingUpWhileTheOfferRingsIsAMissedContactEvent_docs6_rule4() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        customer hangs up
        expect banner "Missed contact"
        """)
        let missed = desk.events.of("contact.missed")
        #expect(missed.map { $0.fields["agent"] } == ["john"])
        #expect(missed.first?.fields["how"] == "the caller hung up")
    }

    @Test func aRejectIsAMissedContactEventAndARejectedOne_docs6_rule4() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        reject
        """)
        #expect(desk.events.of("contact.rejected").count == 1)
        #expect(desk.events.of("contact.missed").map { $0.fields["how"] } == ["rejected"])
    }

    @Test func anOfferThatTimesOutIsAMissedContactEvent_docs6_rule5() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        wait 20s
        expect banner "Missed contact"
        """)
        #expect(desk.events.of("contact.missed").map { $0.fields["how"] } == ["timed out"])
    }

    @Test func aTransferCancelledWhileItRingsIsAMissedContactEventForTheTarget_docs6_rule4() throws {
        let desk = try Desk()
        desk.connected(then: """
        manual maria
        quick-connect Maria
        wait until maria banner "Incoming call"
        hangup maria
        expect maria banner "Missed contact"
        """)
        #expect(desk.events.of("contact.missed").map { $0.fields["agent"] } == ["maria"])
    }

    /// An accepted offer's 20-second accept window (docs §6 rule 5) has nothing left to guard: no timer fires when it
    /// would have run out. Each timer that fires moves the views' signal (`stateChanges`), so a stale one would make
    /// the CCP draw a frame for nothing.
    @Test func anAcceptedOfferLeavesNoAcceptWindowTimer_docs6_rule5() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        """)
        let offered = try #require(desk.events.of("contact.offered").first?.at)
        let windowEnds = offered + Engine.acceptWindow
        var fired: [Millis] = []
        while let due = desk.engine.nextEventTime, due <= windowEnds + 1000 {
            fired.append(due)
            desk.engine.advance(to: due)
        }
        #expect(!fired.isEmpty)
        #expect(!fired.contains(windowEnds), "a timer fired at \(windowEnds), when the accepted offer's window ran out")
    }
}

/// The `--events` log: fields sit beside the envelope and never replace it (issue 14 point 10).
@Suite struct EventEnvelope {
    @Test func theQuickConnectEventKeepsItsTypeAndNamesTheTargetType() throws {
        let desk = try Desk()
        desk.connected(then: "quick-connect Maria")
        let qc = try #require(desk.events.of("quick_connect").first)
        #expect(qc.fields["target_type"] == "USER")
        let json = try #require(String(data: try JSONEncoderForEvents.encode(qc), encoding: .utf8))
        #expect(json.contains("\"type\":\"quick_connect\""))
    }

    @Test func noEventOfAWholeCallCarriesAFieldNamedLikeTheEnvelope() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect PasswordReset
        wait until maria banner Connected
        join
        leave
        clear
        maria: end
        wait 5s
        """)
        #expect(desk.events.all.count > 20)
        for e in desk.events.all {
            #expect(e.fields.keys.filter(EventLine.envelopeKeys.contains).isEmpty, "\(e.type) carries \(e.fields)")
        }
    }

    @Test func aFieldGivenAnEnvelopeNameIsKeptBesideTheEnvelope() throws {
        let e = EventLine(at: 5, type: "x.y", fields: ["type": "USER", "at": "noon", "agent": "john"])
        #expect(e.type == "x.y" && e.at == 5)
        #expect(e.fields == ["type_field": "USER", "at_field": "noon", "agent": "john"])
        let json = try #require(String(data: try JSONEncoderForEvents.encode(e), encoding: .utf8))
        #expect(json == #"{"agent":"john","at":5,"at_field":"noon","type":"x.y","type_field":"USER"}"#)
    }
}
