import Telephony
import Testing

/// The supervisor's own contact record: InitiationMethod MONITOR (docs §2.3), its Agent's
/// StateTransitions one per silent monitor or barge spell (docs §2.2), completed when monitoring
/// ends (docs/supervisor.md).
@Suite struct MonitorRecordTests {
    /// The built-in cast with Sue, a supervisor, on a multi-party instance (barge needs it).
    static func desk() throws -> Desk {
        try Desk { config in
            config.multiParty = true
            config.agents.append(AgentConfig(username: "sue", firstName: "Sue", lastName: "Park",
                                             routingProfile: "Support", initialStatus: "Offline"))
        }
    }

    @Test func monitoringThenBargingGivesOneMonitorRecordWithASpellEach() throws {
        let desk = try Self.desk()
        desk.connected(then: """
            wait 2s
            sue: monitor john
            wait 5s
            sue: barge
            wait 3s
            sue: monitor
            wait 4s
            """)
        let started = desk.engine.now - 12_000
        #expect(desk.engine.completedRecords.allSatisfy { $0.InitiationMethod != "MONITOR" })
        let open = try #require(desk.engine.allRecords.last)
        #expect(open.InitiationMethod == "MONITOR")
        desk.run("sue: end")
        let record = try #require(desk.engine.completedRecords.last)
        #expect(record.InitiationMethod == "MONITOR")
        #expect(record.ContactId == open.ContactId)
        #expect(record.InitialContactId == record.ContactId)
        #expect(record.Agent?.Username == "sue")
        #expect(record.Agent?.AgentInteractionDuration == 12)
        #expect(record.InitiationTimestamp == desk.timestamp(started))
        #expect(record.DisconnectTimestamp == desk.timestamp(desk.engine.now))
        #expect(record.CustomerEndpoint?.Address == "+15555550123")
        let spells = try #require(record.Agent?.StateTransitions)
        #expect(spells.map(\.State) == ["SILENT_MONITOR", "BARGE", "SILENT_MONITOR"])
        #expect(spells.map(\.StateStartTimestamp) == [started, started + 5000, started + 8000].map(desk.timestamp))
        #expect(spells.map(\.StateEndTimestamp) == [started + 5000, started + 8000, started + 12_000].map(desk.timestamp))
        // Agents' records carry no StateTransitions.
        #expect(desk.engine.allRecords.first?.Agent?.StateTransitions == nil)
    }

    /// "When the agent ends the conversation, monitoring stops automatically" [AG/monitor-conversations]:
    /// the MONITOR record completes at that instant.
    @Test func theRecordCompletesWhenTheMonitoredAgentEndsTheCall() throws {
        let desk = try Self.desk()
        desk.connected(then: """
            sue: monitor john
            wait 6s
            end
            """)
        #expect(desk.engine.monitorMode(of: "sue") == nil)
        let record = try #require(desk.engine.completedRecords.first { $0.InitiationMethod == "MONITOR" })
        #expect(record.DisconnectTimestamp == desk.timestamp(desk.engine.now))
        #expect(record.Agent?.AgentInteractionDuration == 6)
        #expect(record.Agent?.StateTransitions?.map(\.State) == ["SILENT_MONITOR"])
    }
}
