import Foundation
import Telephony

/// Numbers written in scripts, range-checked where they are read so no conversion can trap
/// (README, "The command language": limits).
enum ScriptNumbers {
    /// The longest `wait` or `within`: a day of virtual time. Longer is a mistake, and a hold loop
    /// over a year of virtual time would run for minutes.
    static let longestWait: Millis = 86_400_000
    /// Counts (`records N`, `N times`) and record numbers.
    static let largestCount = 1_000_000
    /// Distinct `mark` names in one script.
    static let mostMarks = 1000

    static let durationHint = "try 5s, 1m30s, 500ms"

    /// A duration from 0 to a day (`within` needs at least 1 ms).
    static func duration(_ word: String, what: String, minimum: Millis = 0) throws(ScriptParser.Failure) -> Millis {
        let range = "\(minimum == 0 ? "0s" : "\(minimum)ms") to 24h"
        guard let d = TimeText.parseDuration(word) else {
            if looksLikeDuration(word) {
                throw ScriptParser.Failure(message: "\(what) \(ScriptText.short(word)) is out of range: it must be \(range)", word: word)
            }
            throw ScriptParser.Failure(message: "\"\(ScriptText.short(word))\" is not a duration (\(durationHint))", word: word)
        }
        guard d >= minimum, d <= longestWait else {
            throw ScriptParser.Failure(message: "\(what) \(word) is out of range: it must be \(range)", word: word)
        }
        return d
    }

    /// Digits with units (h, m, s, ms), possibly with a sign, exponent or fraction: a duration in
    /// shape whose value the parser refused (negative, too large, infinite).
    private static func looksLikeDuration(_ word: String) -> Bool {
        let c = Array(word.lowercased().utf8)
        var i = 0
        func take(_ set: String) -> Int {
            let start = i
            while i < c.count, set.utf8.contains(c[i]) { i += 1 }
            return i - start
        }
        while i < c.count {
            _ = take("+-")
            guard take("0123456789.") > 0 else { return false }
            if i < c.count, c[i] == UInt8(ascii: "e") {
                i += 1
                _ = take("+-")
                guard take("0123456789") > 0 else { return false }
            }
            if i + 1 < c.count, c[i] == UInt8(ascii: "m"), c[i + 1] == UInt8(ascii: "s") {
                i += 2
            } else if i < c.count, "hms".utf8.contains(c[i]) {
                i += 1
            }
        }
        return !c.isEmpty
    }

    /// A whole number in `range`; `what` names it in the message.
    static func count(_ word: String, what: String, range: ClosedRange<Int>) throws(ScriptParser.Failure) -> Int {
        let digits = word.hasPrefix("-") || word.hasPrefix("+") ? word.dropFirst() : Substring(word)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw ScriptParser.Failure(message: "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(ScriptText.short(word))\"", word: word)
        }
        guard let n = Int(word), range.contains(n) else {
            throw ScriptParser.Failure(message: "\(what) \(ScriptText.short(word)) is out of range: it must be \(range.lowerBound) to \(range.upperBound)", word: word)
        }
        return n
    }

    /// A finite decimal number, for comparisons with record fields.
    static func number(_ word: String, what: String) throws(ScriptParser.Failure) -> Double {
        guard let n = Double(word), word.allSatisfy({ "0123456789.+-eE".contains($0) }) else {
            throw ScriptParser.Failure(message: "\(what) compares numbers; \"\(ScriptText.short(word))\" is not a number", word: word)
        }
        guard n.isFinite, abs(n) <= 1e15 else {
            throw ScriptParser.Failure(message: "\(what) \(ScriptText.short(word)) is out of range: it must be between -1e15 and 1e15", word: word)
        }
        return n
    }
}

enum ScriptText {
    /// A word as a message shows it: long junk is cut so one bad line cannot flood the terminal.
    static func short(_ text: String, limit: Int = 40) -> String {
        guard text.utf8.count > limit else { return text }
        return String(text.prefix(limit)) + "… (\(text.utf8.count) bytes)"
    }
}
