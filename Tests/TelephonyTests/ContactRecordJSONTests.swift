import Foundation
@testable import Telephony
import Testing

/// `ContactRecord.appendJSON` writes what `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`
/// writes (the form of `termccp-bench --records` and `termccp script --events`), byte for byte:
/// records keep Amazon Connect's field names and nulls (docs §2), keys sorted by their UTF-8 bytes.
@Suite struct ContactRecordJSON {
    private func foundation(_ record: ContactRecord) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(record))
    }

    private func handWritten(_ record: ContactRecord) -> [UInt8] {
        var out: [UInt8] = []
        record.appendJSON(to: &out)
        return out
    }

    @Test func generatedRecordsWithAwkwardTextReadAsJSONEncoderWritesThem() throws {
        var random = WalkRandom(seed: 9)
        var mismatches: [String] = []
        for _ in 0..<3000 {
            let record = RecordMaker.record(&random)
            let expected = try foundation(record)
            let mine = handWritten(record)
            if mine != expected {
                mismatches.append("\(String(decoding: mine, as: UTF8.self))\n  vs \(String(decoding: expected, as: UTF8.self))")
            }
            if mismatches.count > 3 { break }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test func everyControlCharacterQuoteBackslashAndSlashIsWrittenAsJSONEncoderWritesIt() throws {
        var record = RecordMaker.plain
        for byte in UInt8(0)...UInt8(0x7F) {
            let text = String(decoding: [UInt8(ascii: "a"), byte, UInt8(ascii: "/")], as: UTF8.self)
            record.AWSAccountId = text
            record.Attributes = [text: text]
            #expect(handWritten(record) == (try foundation(record)), "byte \(byte)")
        }
    }

    @Test func recordsOfATransferredCallAndASupervisorsMonitoringReadAsJSONEncoderWritesThem_docs2_2() throws {
        let desk = try MonitorRecordTests.desk()
        desk.connected(then: """
        sue: monitor john
        wait 4s
        sue: barge
        wait 3s
        sue: monitor
        wait 2s
        sue: end
        \(Desk.transferThenCallerHangsUp)
        """)
        let records = desk.engine.allRecords
        #expect(records.count >= 3)
        #expect(records.contains { $0.Agent?.StateTransitions != nil })
        for record in records { #expect(handWritten(record) == (try foundation(record))) }
    }
}

/// Records of every shape: absent and present optionals, attributes with keys that sort differently
/// by bytes than by case-insensitive or numeric order, text with escapes and multi-byte characters.
private enum RecordMaker {
    static let plain = ContactRecord(
        AWSAccountId: "123456789012", Agent: nil, AgentConnectionAttempts: 0, Attributes: [:],
        connectedToSystemAt: nil, contactId: ContactID(serial: 1), CustomerEndpoint: nil, DisconnectReason: nil,
        disconnectedAt: nil, initialContactId: ContactID(serial: 1), InitiationMethod: "INBOUND",
        initiatedAt: Timestamp.parse("2026-11-21T09:00:00Z")!, instanceARN: RecordARN(text: "arn"),
        lastUpdatedAt: Timestamp.parse("2026-11-21T09:00:00Z")!,
        nextContactId: nil, previousContactId: nil, Queue: nil, SystemEndpoint: nil, transferCompletedAt: nil,
        TransferredToEndpoint: nil)

    private static let pieces = ["a", "Z", "z", "10", "9", "_", "-", " ", "/", "\\", "\"", "\n", "\t", "\r", "\u{08}", "\u{0C}",
                                 "\u{00}", "\u{1F}", "\u{7F}", "é", "e\u{301}", "ß", "日本", "🎧", "👩🏽‍💼", "arn:aws:connect:",
                                 "+1555", "<b>", "&", "'", "\u{2028}", "\u{FEFF}"]

    static func text(_ random: inout WalkRandom) -> String {
        (0..<Int.random(in: 0...5, using: &random)).map { _ in random.pick(pieces) }.joined()
    }

    /// Instants at the edges of the years written digit by digit (1970 and 9999), inside them, and
    /// outside them on both sides (Foundation writes those).
    static func instant(_ random: inout WalkRandom) -> Timestamp {
        let edge = Timestamp.handFormatted
        return Timestamp(epochSeconds: random.pick([
            edge.lowerBound, edge.upperBound, edge.lowerBound - 1, edge.upperBound + 1, 951_782_400, 1_795_251_599,
            Int.random(in: edge, using: &random), Int.random(in: -62_000_000_000 ... -1, using: &random),
        ]))
    }

    /// Serials written in the usual 12 hex digits and past them (another form of id).
    static func contactId(_ random: inout WalkRandom) -> ContactID {
        ContactID(serial: random.pick([1, 0xFFFF_FFFF_FFFF, 1 << 48, Int.random(in: 1 ... 1 << 48, using: &random), Int.max]))
    }

    static func maybe<T>(_ random: inout WalkRandom, _ make: (inout WalkRandom) -> T) -> T? {
        random.chance(0.3) ? nil : make(&random)
    }

    static func number(_ random: inout WalkRandom) -> Int {
        random.pick([0, 1, 9, 10, 59, 3600, -1, Int.random(in: -1_000_000...1_000_000, using: &random), Int.max, Int.min])
    }

    static func record(_ r: inout WalkRandom) -> ContactRecord {
        var record = plain
        record.AWSAccountId = text(&r)
        record.AWSContactTraceRecordFormatVersion = text(&r)
        record.Agent = maybe(&r) { r in
            var agent = ContactRecord.AgentInfo(
                arn: RecordARN(text: text(&r)), Username: text(&r), connectedToAgentAt: maybe(&r, instant),
                AgentInteractionDuration: number(&r), CustomerHoldDuration: number(&r), NumberOfHolds: number(&r),
                LongestHoldDuration: number(&r), afterContactWorkStartedAt: maybe(&r, instant),
                afterContactWorkEndedAt: maybe(&r, instant), AfterContactWorkDuration: maybe(&r, number),
                RoutingProfile: .init(arn: RecordARN(text: text(&r)), Name: text(&r)))
            agent.StateTransitions = maybe(&r) { r in
                (0..<Int.random(in: 0...3, using: &r)).map { _ in
                    ContactRecord.StateTransition(State: text(&r), startedAt: instant(&r), endedAt: instant(&r))
                }
            }
            return agent
        }
        record.AgentConnectionAttempts = number(&r)
        record.Attributes = Dictionary((0..<Int.random(in: 0...6, using: &r)).map { _ in (text(&r), text(&r)) },
                                       uniquingKeysWith: { first, _ in first })
        record.Channel = text(&r)
        record.connectedToSystemAt = maybe(&r, instant)
        record.contactId = contactId(&r)
        record.CustomerEndpoint = maybe(&r) { r in .init(Address: text(&r), Type: text(&r)) }
        record.DisconnectReason = maybe(&r, text)
        record.disconnectedAt = maybe(&r, instant)
        record.initialContactId = contactId(&r)
        record.InitiationMethod = text(&r)
        record.initiatedAt = instant(&r)
        record.InstanceARN = text(&r)
        record.lastUpdatedAt = instant(&r)
        record.nextContactId = maybe(&r, contactId)
        record.previousContactId = maybe(&r, contactId)
        record.Queue = maybe(&r) { r in
            .init(arn: RecordARN(text: text(&r)), Name: text(&r), enqueuedAt: maybe(&r, instant), dequeuedAt: maybe(&r, instant),
                  Duration: number(&r))
        }
        record.SystemEndpoint = maybe(&r) { r in .init(Address: text(&r)) }
        record.transferCompletedAt = maybe(&r, instant)
        record.TransferredToEndpoint = maybe(&r) { r in .init(Address: text(&r), Type: text(&r)) }
        return record
    }
}
