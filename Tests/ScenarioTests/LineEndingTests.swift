import Flows
import Foundation
import Scenario
import Testing

/// Every text input accepts LF, CRLF and CR line ends, and messages count lines the same way
/// whichever is used (issue 8 point 6).
@Suite struct LineEndingTests {
    static let endings = ["\n", "\r\n", "\r"]

    @Test(arguments: endings)
    func problemsNameTheSameLineWhateverTheLineEnds(ending: String) {
        let yaml = ["# a comment", "queues:", "  - name: Q", "    maxContacts: lots", "agents:",
                    "  - { username: a, routingProfile: Nowhere }"].joined(separator: ending) + ending
        let found = problems(yaml)
        #expect(found.map(\.line) == [4, 6])
        #expect(found.map(\.location) == ["queues[0].maxContacts", "agents[0].routingProfile"])
    }

    @Test(arguments: endings)
    func aWholeScenarioLoadsWithAnyLineEnds(ending: String) {
        let yaml = minimalScenario.replacingOccurrences(of: "\n", with: ending)
        #expect(problems(yaml).isEmpty)
    }

    @Test(arguments: endings)
    func aYAMLSyntaxErrorNamesItsLine(ending: String) {
        let yaml = ["queues:", "  - name: Q", "   bad: [", "agents: []"].joined(separator: ending)
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first.map { ($0.line ?? 0) >= 3 } == true, "\(found)")
        #expect(found.first?.message.hasPrefix("YAML syntax") == true)
    }

    @Test(arguments: endings)
    func aByteThatIsNotUTF8IsReportedWithItsLineAndOffset(ending: String) {
        let bytes = Array(("queues:" + ending + "  - name: Q" + ending + "  - name: Caf").utf8) + [0xE9] + Array(ending.utf8)
        guard case .failure(let failure) = TextFile.decode(bytes) else {
            Issue.record("decoded")
            return
        }
        #expect(failure.line == 3)
        #expect(failure == .notUTF8(line: 3, offset: bytes.count - 1 - ending.utf8.count, byte: 0xE9))
    }

    /// RFC 3629 §6: a leading byte order mark is not part of the text, whichever line ends follow; a
    /// scenario saved with one loads as without it.
    @Test(arguments: endings)
    func aByteOrderMarkIsNotPartOfTheText(ending: String) throws {
        let yaml = minimalScenario.replacingOccurrences(of: "\n", with: ending)
        #expect(TextFile.decode([0xEF, 0xBB, 0xBF] + Array(yaml.utf8)) == .success(yaml))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bom-\(UUID().uuidString).yaml")
        try Data([0xEF, 0xBB, 0xBF] + Array(yaml.utf8)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: Never.self) { try ScenarioLoader.load(file: file.path) }
    }

    @Test func invalidSequencesAreFoundAtTheirFirstByte() {
        let cases: [([UInt8], Int)] = [
            ([0x61, 0xC3], 1),                    // cut short at the end
            ([0x61, 0xC0, 0x80], 1),              // overlong
            ([0xED, 0xA0, 0x80], 0),              // a surrogate
            ([0x61, 0xE2, 0x82, 0xAC, 0xFF], 4),  // after a valid euro sign
            ([0xF4, 0x90, 0x80, 0x80], 0),        // past U+10FFFF
        ]
        for (bytes, offset) in cases {
            guard case .failure(.notUTF8(_, let found, _)) = TextFile.decode(bytes) else {
                Issue.record("\(bytes) decoded")
                continue
            }
            #expect(found == offset, "\(bytes)")
        }
        #expect((try? TextFile.decode(Array("é€😀".utf8)).get()) == "é€😀")
    }
}
