import CCP
import Telephony
import Testing

/// The records panel reads and links the completed records again only when another segment completes
/// (issue 12: not on every frame). A record never changes once complete (docs §6 rule 22), so that is the
/// only time what the panel shows can change; these pin that it then does.
@Suite struct RecordsPanelRefreshTests {
    static let wide = Size(columns: 120, rows: 40)

    /// John takes a second call and ends it: his record completes after Clear contact.
    static let anotherCall = Stages.connected + "\n" + """
        end
        clear
        wait 5s
        """

    /// A record's first row in the 40-column side column: its chain (the agent and the reason may be on
    /// the next row, RecordsPanel.lines).
    func row(_ record: ContactRecord) -> String {
        "→ …\(record.ContactId.suffix(8)) \(record.InitiationMethod)"
    }

    @Test func aRecordThatCompletesAfterThePanelWasDrawnShowsInTheNextFrame_docs2() throws {
        let stage = try EngineStage(size: Self.wide).run(Stages.transferred)
        #expect(stage.screen().glyphText.contains("└→ …00000002 TRANSFER"))
        stage.run(Self.anotherCall)
        let session = stage.controller.session
        let latest = try #require(session.completedRecords.last)
        #expect(session.completedRecords.count == 3)
        let text = stage.screen().glyphText
        #expect(text.contains("InitialContactId …\(latest.InitialContactId.suffix(8))"))
        #expect(text.contains(row(latest)))
        #expect(text.contains("└→ …00000002 TRANSFER"))
        #expect(session.recordChains == RecordChains.of(session.completedRecords))
    }

    /// With Retention keeping the latest two records, a third completing drops the first: as many records
    /// are kept as before, and the panel must still show the new one instead of the one dropped.
    @Test func whenRetentionDropsTheOldestRecordThePanelShowsTheNewestInItsPlace() throws {
        let stage = try EngineStage(size: Self.wide)
        stage.engine.retention = Retention(records: 2)
        stage.run(Stages.transferred)
        let session = stage.controller.session
        let first = try #require(session.completedRecords.first)
        #expect(stage.screen().glyphText.contains(row(first)))
        stage.run(Self.anotherCall)
        #expect(stage.engine.completedContactCount == 3)
        #expect(session.completedRecords.count == 2)
        let latest = try #require(session.completedRecords.last)
        let text = stage.screen().glyphText
        #expect(!text.contains(row(first)))
        #expect(text.contains(row(latest)))
        #expect(session.recordChains == RecordChains.of(session.completedRecords))
    }
}
