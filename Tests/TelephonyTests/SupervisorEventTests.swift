import Telephony
import Testing

/// A supervisor's connection in the `--events` log, as Streams names a supervisor's connection
/// states (`silent_monitor`, `barge`, then `disconnected`; docs §6 rule 1, docs/supervisor.md), with
/// the MONITOR contact created when monitoring starts (docs §2.3).
@Suite struct SupervisorEventTests {
    @Test func monitorBargeSilentAndEndEachLogTheSupervisorsConnectionState() throws {
        let desk = try MonitorRecordTests.desk()
        desk.connected(then: """
            sue: monitor john
            sue: barge
            sue: monitor
            sue: end
            """)
        let states = desk.events.of("supervisor.state").map { $0.line().fields }
        #expect(states.map { $0["state"] } == ["silent_monitor", "barge", "silent_monitor", "disconnected"])
        #expect(states.allSatisfy { $0["supervisor"] == "sue" && $0["agent"] == "john" })
        let monitorContact = try #require(states.first?["contact"])
        #expect(states.allSatisfy { $0["contact"] == monitorContact })
        let created = desk.events.of("contact.created").map { $0.line().fields }.filter { $0["method"] == "MONITOR" }
        #expect(created.map { $0["contact"] } == [monitorContact])
        // The MONITOR contact's record completes after its connection is disconnected.
        let types = desk.events.all.map(\.type)
        let ended = try #require(types.lastIndex(of: "supervisor.state"))
        let completed = try #require(types.lastIndex(of: "contact.completed"))
        #expect(ended < completed)
    }

    /// Monitoring that stops because the agent ended the conversation ([AG/monitor-conversations])
    /// logs the disconnect too, and the supervisor's transcript says why.
    @Test func monitoringStoppedByTheAgentsEndCallLogsDisconnected() throws {
        let desk = try MonitorRecordTests.desk()
        desk.connected(then: """
            sue: monitor john
            end
            """)
        #expect(desk.events.of("supervisor.state").compactMap { $0.line().fields["state"] } == ["silent_monitor", "disconnected"])
        #expect(desk.engine.transcript(of: .agent("sue")).contains { $0.text == "Monitoring ended: John Doe's conversation is over" })
    }

    /// A barged-in supervisor's mute and unmute of a party are logged as `party.muted` with who did
    /// it; muting an agent also turns that agent's own mute on (`agent.mute`), which only the agent
    /// turns off (docs/supervisor.md).
    @Test func aBargedSupervisorsMuteAndUnmuteAreLoggedWithWhoDidIt() throws {
        let desk = try MonitorRecordTests.desk()
        desk.connected(then: """
            sue: monitor john
            sue: barge
            sue: mute customer
            sue: unmute customer
            sue: mute john
            john: unmute
            """)
        let muted = desk.events.of("party.muted").map { $0.line().fields }
        #expect(muted.map { [$0["party"], $0["by"], $0["muted"]] } == [
            ["customer of call 1", "sue", "true"], ["customer of call 1", "sue", "false"], ["agent john", "sue", "true"],
        ])
        #expect(desk.events.of("agent.mute").compactMap { $0.line().fields["muted"] } == ["true", "false"])
    }

    /// With the agent dropped, the barged supervisor is the one with the caller: going back to silent
    /// is refused (it would leave the caller alone on a live call), and End call ends the call.
    @Test func aBargedSupervisorWhoDroppedTheAgentCannotGoBackToSilent() throws {
        let desk = try MonitorRecordTests.desk()
        desk.connected(then: """
            sue: monitor john
            sue: barge
            sue: hangup john
            """)
        let hungUp = desk.events.of("agent.hung_up").map { $0.line().fields }
        #expect(hungUp.map { [$0["agent"], $0["by"]] } == [["john", "sue"]])
        let refusal = try #require(desk.engine.perform(.monitor(nil), as: "sue"))
        #expect(refusal.reason.contains("You disconnected John Doe"))
        #expect(desk.engine.monitorMode(of: "sue") == .barge)
        #expect(desk.engine.callerView()?.state == .connected)
        #expect(desk.engine.perform(.endCall, as: "sue") == nil)
        #expect(desk.engine.callerView()?.state == .disconnected)
    }

    /// The agent a barged supervisor dropped clears the contact, yet the caller is still on it with the
    /// supervisor: the contact stays live (listed, who hears whom shown) and its record open until the
    /// caller's call ends, then completes with DisconnectReason BARGED (docs §2.4, §6 rules 17, 22;
    /// docs/supervisor.md). It used to complete at Clear, and the supervisor panel lost the call.
    @Test func aContactWhoseAgentASupervisorDroppedStaysLiveUntilTheCallEnds() throws {
        let desk = try MonitorRecordTests.desk()
        desk.connected(then: """
            sue: monitor john
            sue: barge
            sue: hangup john
            wait 5s
            john: clear
            wait 1m
            """)
        let live = try #require(desk.engine.liveContacts().first)
        #expect(desk.engine.liveContacts().count == 1)
        #expect(live.supervisors.map(\.username) == ["sue"])
        #expect(live.hearing.map { "\($0.party) hears \($0.hears.joined(separator: ", "))" }
                == ["Pat Caller hears Sue Park", "Sue Park hears Pat Caller"])
        #expect(desk.engine.completedRecords.isEmpty)
        let open = try #require(desk.engine.allRecords.first)
        #expect(open.ContactId == live.contactId)
        #expect(open.DisconnectReason == "BARGED")
        #expect(open.DisconnectTimestamp == nil)
        desk.run("sue: end")
        #expect(desk.engine.liveContacts().isEmpty)
        let record = try #require(desk.engine.completedRecords.first { $0.ContactId == live.contactId })
        #expect(record.DisconnectReason == "BARGED")
        #expect(record.DisconnectTimestamp == desk.timestamp(desk.engine.now))
    }
}
