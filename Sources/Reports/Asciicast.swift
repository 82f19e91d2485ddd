import Foundation

/// The asciicast v2 format asciinema records and plays (https://docs.asciinema.org/manual/asciicast/v2/):
/// newline-delimited JSON, a header object on the first line, then one event a line,
/// `[seconds, code, data]`, seconds since the start as a number with microseconds.
///
/// Codes written here: `"o"` output (text as a terminal receives it, escape sequences included) and
/// `"r"` resize (`"COLSxROWS"`), as asciinema 2.2+ writes them.
public enum Asciicast {
    /// The header line (with its newline): `version` 2, `width` and `height` in cells, `timestamp` in
    /// Unix seconds when the recording started, and `env` (TERM, SHELL as asciinema records them).
    public static func header(width: Int, height: Int, timestamp: Int, environment: [String: String]) -> String {
        let env = environment.keys.sorted().map { "\(string($0)): \(string(environment[$0]!))" }.joined(separator: ", ")
        return #"{"version": 2, "width": \#(width), "height": \#(height), "timestamp": \#(timestamp), "env": {\#(env)}}"#
            + "\n"
    }

    /// An output event line: `seconds` since the start (negative values are written as 0).
    public static func output(at seconds: Double, _ text: String) -> String {
        event(at: seconds, code: "o", data: text)
    }

    /// A resize event line: the terminal is now `width` × `height` cells.
    public static func resize(at seconds: Double, width: Int, height: Int) -> String {
        event(at: seconds, code: "r", data: "\(width)x\(height)")
    }

    private static func event(at seconds: Double, code: String, data: String) -> String {
        let micros = Int((max(0, seconds) * 1_000_000).rounded())
        let time = "\(micros / 1_000_000).\(String(micros % 1_000_000).leftPadded(to: 6))"
        return "[\(time), \(string(code)), \(string(data))]\n"
    }

    /// A JSON string literal. JSONEncoder escapes every control character (ESC becomes `\u001b`).
    static func string(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        guard let data = try? encoder.encode(text), let literal = String(data: data, encoding: .utf8) else {
            return "\"\""
        }
        return literal
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
