import Foundation
import Reports
import Testing

/// The asciicast v2 lines (https://docs.asciinema.org/manual/asciicast/v2/); that asciinema reads a
/// whole recording back is checked end to end in Tests/e2e/test_record.py.
@Suite struct AsciicastTests {
    static func json(_ line: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    }

    @Test func headerIsOneJSONObjectLineWithVersionSizeTimestampAndEnv() throws {
        let line = Asciicast.header(width: 120, height: 40, timestamp: 1_700_000_000,
                                    environment: ["TERM": "xterm-256color", "SHELL": "/bin/bash"])
        #expect(line.hasSuffix("\n") && line.filter { $0 == "\n" }.count == 1)
        let header = try #require(try Self.json(line) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 120 && header["height"] as? Int == 40)
        #expect(header["timestamp"] as? Int == 1_700_000_000)
        #expect(header["env"] as? [String: String] == ["TERM": "xterm-256color", "SHELL": "/bin/bash"])
    }

    @Test func outputEventCarriesEscapesAndUnicodeOnOneLine() throws {
        let text = "\u{1B}[2;3H● Connected \"John\"\\\n\u{7}"
        let line = Asciicast.output(at: 1.5, text)
        #expect(line.hasPrefix("[1.500000, \"o\", ") && line.filter { $0 == "\n" }.count == 1)
        let event = try #require(try Self.json(line) as? [Any])
        #expect(event.count == 3)
        #expect(event[1] as? String == "o")
        #expect(event[2] as? String == text)
    }

    @Test func timesHaveMicrosecondsAndNeverGoNegative() {
        #expect(Asciicast.output(at: 12.3456789, "x").hasPrefix("[12.345679, "))
        #expect(Asciicast.output(at: -0.2, "x").hasPrefix("[0.000000, "))
        #expect(Asciicast.output(at: 0.000001, "x").hasPrefix("[0.000001, "))
    }

    @Test func resizeEventNamesColumnsByRows() {
        #expect(Asciicast.resize(at: 2, width: 200, height: 50) == "[2.000000, \"r\", \"200x50\"]\n")
    }
}
