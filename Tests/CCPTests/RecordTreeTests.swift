@testable import CCP
@testable import Telephony
import Testing

/// The records panel draws each call's contact records as a tree by PreviousContactId (docs §2.1,
/// §2.5; issue 12 point 4): every quick-connect attempt from one contact names that contact as its
/// PreviousContactId, so the attempts are siblings, not a chain, and only a segment transferred on from
/// one of them goes a level deeper.
@Suite struct RecordTreeTests {
    /// 2026-11-23T14:00:00Z.
    static let start = 1_795_442_400

    /// Records name contacts by ContactID; these tests name them by the serial in hex, two digits each, so
    /// that the panel, which shows a ContactId's last 8 characters, shows `…000000a1` for `a1`.
    static func contactId(_ name: String) -> ContactID { ContactID(serial: Int(name, radix: 16)!) }

    static func record(_ id: String, initial: String, previous: String? = nil, next: String? = nil,
                       method: String = "TRANSFER", at second: Int, agent: String = "maria",
                       reason: String? = nil) -> ContactRecord {
        ContactRecord(
            AWSAccountId: "123456789012",
            Agent: .init(arn: RecordARN(text: "arn:agent/\(agent)"), Username: agent, connectedToAgentAt: nil, AgentInteractionDuration: 0,
                         CustomerHoldDuration: 0, NumberOfHolds: 0, LongestHoldDuration: 0,
                         afterContactWorkStartedAt: nil, afterContactWorkEndedAt: nil,
                         AfterContactWorkDuration: nil, RoutingProfile: .init(arn: RecordARN(text: "arn:rp"), Name: "Support")),
            AgentConnectionAttempts: 1, Attributes: [:], connectedToSystemAt: nil, contactId: contactId(id),
            CustomerEndpoint: nil, DisconnectReason: reason, disconnectedAt: nil, initialContactId: contactId(initial),
            InitiationMethod: method, initiatedAt: Timestamp(epochSeconds: start + second),
            instanceARN: RecordARN(text: "arn"), lastUpdatedAt: Timestamp(epochSeconds: start + 3600), nextContactId: next.map(contactId),
            previousContactId: previous.map(contactId), Queue: nil, SystemEndpoint: nil, transferCompletedAt: nil,
            TransferredToEndpoint: nil)
    }

    /// Call A: INBOUND a1; three quick-connect attempts a2, a3, a4 from a1 (a1's NextContactId names
    /// the newest); a4 transferred on to a5, and a5 to a6: a real chain. Call B: one INBOUND record.
    /// Given in completion order: the attempts completed before a1, a1 before the chain's end.
    static let records: [ContactRecord] = [
        record("a2", initial: "a1", previous: "a1", at: 10),
        record("b1", initial: "b1", method: "INBOUND", at: 12, agent: "sam"),
        record("a3", initial: "a1", previous: "a1", at: 20),
        record("a4", initial: "a1", previous: "a1", next: "a5", at: 30),
        record("a1", initial: "a1", next: "a4", method: "INBOUND", at: 0, agent: "john"),
        record("a6", initial: "a1", previous: "a5", at: 50, agent: "sam"),
        record("a5", initial: "a1", previous: "a4", next: "a6", at: 40, agent: "john"),
    ]

    @Test func siblingAttemptsShareADepthAndAChainGoesDeeper_docs2_5() {
        let groups = RecordChains.of(Self.records)
        #expect(groups.map { $0.map(\.contactId) } == [["a1", "a2", "a3", "a4", "a5", "a6"], ["b1"]].map { $0.map(Self.contactId) })
        let rows = RecordChains.outline(groups[0])
        #expect(rows.map(\.record.contactId) == ["a1", "a2", "a3", "a4", "a5", "a6"].map(Self.contactId))
        #expect(rows.map(\.depth) == [0, 1, 1, 1, 2, 3])
        #expect(rows.map(\.isLastSibling) == [true, false, false, true, true, true])
        #expect(rows.map(\.ancestorsContinue) == [[], [], [], [], [false], [false, false]])
        #expect(RecordChains.outline(groups[1]).map(\.depth) == [0])
    }

    /// A branch that is not the last keeps its guide line running past its own children.
    @Test func aGuideRunsDownPastTheChildrenOfAnEarlierSibling() {
        let group = [
            Self.record("c0", initial: "c0", method: "INBOUND", at: 0, agent: "john"),
            Self.record("c1", initial: "c0", previous: "c0", at: 10),
            Self.record("c2", initial: "c0", previous: "c1", at: 15),
            Self.record("c3", initial: "c0", previous: "c0", at: 20),
        ]
        let rows = RecordChains.outline(group)
        #expect(rows.map(\.record.contactId) == ["c0", "c1", "c2", "c3"].map(Self.contactId))
        #expect(rows.map(\.ancestorsContinue) == [[], [], [true], []])
        let canvas = draw(RecordChains.of(group), width: 46)
        #expect(canvas == [
            "InitialContactId …000000c0",
            " → …000000c0 INBOUND · john · —",
            " ├→ …000000c1 TRANSFER · maria · —",
            " │ └→ …000000c2 TRANSFER · maria · —",
            " └→ …000000c3 TRANSFER · maria · —",
        ])
    }

    /// At 120 columns the side column leaves 36 for a row (42 here, as these ids show 8 characters where
    /// the rows this was written for showed 1 or 2): a record too wide for one row keeps its
    /// ContactId chain and InitiationMethod on the first row and its DisconnectReason whole, the agent
    /// giving way first: dropped from the row, then on a second row with the reason, the tree's guide
    /// lines running on beside it (issue 12 review point 1: rows were cut at 40 columns and lost the
    /// reason; docs §2.4).
    @Test func aRecordTooWideForOneRowKeepsItsDisconnectReasonWholeOnASecondRow_docs2_4() {
        let group = [
            Self.record("c0", initial: "c0", method: "INBOUND", at: 0, agent: "john", reason: "AGENT_DISCONNECT"),
            Self.record("c1", initial: "c0", previous: "c0", at: 10, reason: "THIRD_PARTY_DISCONNECT"),
            Self.record("c2", initial: "c0", previous: "c1", at: 15, reason: "CUSTOMER_DISCONNECT"),
            Self.record("c3", initial: "c0", previous: "c0", at: 20),
        ]
        #expect(draw(RecordChains.of(group), width: 42) == [
            "InitialContactId …000000c0",
            " → …000000c0 INBOUND · AGENT_DISCONNECT",
            " ├→ …000000c1 TRANSFER",
            " │ │ maria · THIRD_PARTY_DISCONNECT",
            " │ └→ …000000c2 TRANSFER",
            " │    maria · CUSTOMER_DISCONNECT",
            " └→ …000000c3 TRANSFER · maria · —",
        ])
        // Too narrow for the agent: it gives way first, the reason stays on the record's row.
        #expect(draw([[Self.record("c3", initial: "c3", at: 0)]], width: 26) == ["InitialContactId …000000c3", " → …000000c3 TRANSFER · —"])
        let narrow = draw(RecordChains.of(group), width: 28)
        #expect(narrow.contains(" │ john · AGENT_DISCONNECT"), "\(narrow)")
        #expect(narrow.contains(" │ │ THIRD_PARTY_DISCONNECT"), "\(narrow)")
        #expect(narrow.contains(" │    CUSTOMER_DISCONNECT"), "\(narrow)")
    }

    /// Links that point nowhere or loop never lose a record: each starts a tree of its own.
    @Test func aMissingOrLoopingPreviousContactIdStillShowsEveryRecordOnce() {
        let group = [
            Self.record("d1", initial: "dd", previous: "d2", at: 5),
            Self.record("d2", initial: "dd", previous: "d1", at: 6),
            Self.record("d0", initial: "dd", previous: "ee", at: 1),
        ]
        let rows = RecordChains.outline(group)
        #expect(rows.map(\.record.contactId) == ["d0", "d1", "d2"].map(Self.contactId))
        #expect(rows.map(\.depth) == [0, 0, 1])
    }

    @Test func thePanelDrawsTheAttemptsAsSiblingsAndEachCallAsItsOwnGroup_docs2_5() {
        let lines = draw(RecordChains.of(Self.records), width: 50)
        #expect(lines == [
            "InitialContactId …000000a1",
            " → …000000a1 INBOUND · john · —",
            " ├→ …000000a2 TRANSFER · maria · —",
            " ├→ …000000a3 TRANSFER · maria · —",
            " └→ …000000a4 TRANSFER · maria · —",
            "   └→ …000000a5 TRANSFER · john · —",
            "     └→ …000000a6 TRANSFER · sam · —",
            "InitialContactId …000000b1",
            " → …000000b1 INBOUND · sam · —",
        ])
    }

    /// The panel's rows, trailing blanks dropped, empty rows left out.
    func draw(_ groups: [[ContactRecord]], width: Int) -> [String] {
        let area = Rect(x: 0, y: 0, width: width, height: 12)
        var canvas = Canvas(frame: Frame(screen: Screen(width: width, height: 12)), glyphs: .unicode)
        RecordsPanel.draw(groups, in: area, on: &canvas)
        return canvas.frame.screen.glyphText.split(separator: "\n").map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }.filter { !$0.isEmpty }
    }
}

/// The records panel on the engine: John's four quick connects to Maria that she rejects, the fifth she
/// takes and transfers on to Sam (Scenarios/transfer-on.yaml), then a second call John takes and ends.
@Suite struct RecordTreeScreenTests {
    static var attemptsThenAChain: String {
        var script = Stages.connected
        for _ in 0..<4 {
            script += "\n" + """
                quick-connect Maria
                wait until maria banner "Incoming call"
                maria: reject
                wait 1s
                maria: clear
                maria: status Available
                wait 2s
                """
        }
        return script + "\n" + """
            quick-connect Maria
            wait until maria banner "Incoming call"
            maria: accept
            wait until maria banner Connected
            join
            leave
            clear
            maria: quick-connect Sam
            wait until maria heard "Sam from password reset"
            maria: join
            maria: leave
            maria: clear
            customer hangs up
            wait 1m
            call +15555550123 -> +18005550100
            wait until banner "Incoming call"
            accept
            wait until banner Connected
            end
            clear
            wait 5s
            expect completed records 8
            """
    }

    @Test func theAttemptsAreSiblingsAndTheTransfersOnAChain_docs2_5() throws {
        for size in GoldenScreenTests.sizes {
            let stage = try EngineStage(scenario: "Tests/CCPTests/Scenarios/transfer-on.yaml", agents: ["john", "maria"], size: size).run(Self.attemptsThenAChain)
            let groups = stage.controller.session.recordChains
            #expect(groups.count == 2)
            let depths = RecordChains.outline(groups[0]).map { "\($0.record.Agent?.Username ?? "-")@\($0.depth)" }
            #expect(depths == ["john@0", "-@1", "-@1", "-@1", "-@1", "maria@1", "sam@2"])
            if size.columns >= 120 {
                let text = stage.text
                // The chain on each record's first row; agent and reason whole, on the same row or the next.
                #expect(text.contains(" ├→ …00000005 TRANSFER"))
                #expect(text.contains(" └→ …00000006 TRANSFER"))
                #expect(text.contains("   └→ …00000007 TRANSFER"))
                #expect(text.contains(size.columns >= 200 ? " ├→ …00000005 TRANSFER · no agent · —" : " ├→ …00000005 TRANSFER · —"))
                #expect(text.contains("maria · AGENT_DISCONNECT"))
                #expect(text.contains("sam · CUSTOMER_DISCONNECT"))
            }
            Golden.check(Golden.text(stage.screen()), file: "records-attempts-and-chain.\(size.columns)x\(size.rows).txt")
        }
    }
}
