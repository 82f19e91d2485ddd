import Foundation
import Scenario
import Telephony
import TextFit

/// Numbers written in scripts, range-checked where they are read so no conversion can trap
/// (README, "The command language": limits).
enum ScriptNumbers {
    /// Counts (`records N`, `N times`) and record numbers.
    static let largestCount = 1_000_000
    /// Distinct `mark` names in one script.
    static let mostMarks = 1000

    static let durationHint = "try 5s, 1m30s, 500ms"

    /// A duration from 0 to a day (`within` needs at least 1 ms), read as every file's durations are
    /// (DurationReader). Longer is a mistake, and a hold loop over a year of virtual time would run
    /// for minutes.
    static func duration(_ word: String, what: String, minimum: Millis = 0) throws(ScriptParser.Failure) -> Millis {
        let range = DurationRange.upToADay(from: minimum)
        switch DurationReader.read(word, in: range) {
        case .value(let d): return d
        case .outOfRange:
            throw ScriptParser.Failure(message: "\(what) \(ScriptText.short(word)) is out of range: it must be \(range.span)", word: word)
        case .notADuration:
            throw ScriptParser.Failure(message: "\"\(ScriptText.short(word))\" is not a duration (\(durationHint))", word: word)
        }
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
    /// A word as a message shows it: long junk is cut so one bad line cannot flood the terminal, after a
    /// whole word where it has several (`WordWrap.short`).
    static func short(_ text: String, limit: Int = 40) -> String {
        guard text.utf8.count > limit else { return text }
        return WordWrap.short(text, limit: limit + 1) + " (\(text.utf8.count) bytes)"
    }
}
