import Telephony

/// The one reader of durations written in files: scenarios, lessons and scripts (`wait`, `within`).
/// Each caller gives the range its key accepts, so a value out of it (negative, too large, infinite,
/// NaN) is told apart from words that are no duration at all, and the message can name the range.
public enum DurationReader {
    public enum Reading: Sendable, Equatable {
        /// Within the range, in ms.
        case value(Millis)
        /// Written like a duration (digits, a sign, a fraction or exponent, units), or NaN or an
        /// infinity, but not within the range.
        case outOfRange
        /// Not a duration.
        case notADuration
    }

    /// `3s`, `1m30s`, `500ms`, `2h` or a bare number of seconds, within `range`.
    public static func read(_ text: String, in range: DurationRange) -> Reading {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let ms = ValueFormats.duration(t) { return range.contains(ms) ? .value(ms) : .outOfRange }
        return looksLikeDuration(t) || isNaNOrInfinity(t) ? .outOfRange : .notADuration
    }

    /// YAML's and Swift's spellings of NaN and the infinities, with or without a unit.
    private static func isNaNOrInfinity(_ text: String) -> Bool {
        var t = text.lowercased()
        for unit in ["ms", "h", "m", "s"] where t.hasSuffix(unit) && t.count > unit.count {
            t.removeLast(unit.count)
            break
        }
        if t.hasPrefix("+") || t.hasPrefix("-") { t.removeFirst() }
        if t.hasPrefix(".") { t.removeFirst() }
        return ["nan", "inf", "infinity"].contains(t)
    }

    /// Digits with units (h, m, s, ms), possibly with a sign, exponent or fraction: a duration in
    /// shape whose value was refused (negative, too large, infinite).
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
}
