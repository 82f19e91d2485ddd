import Foundation
import Telephony

/// The text formats of scenario values, as pure functions so they are easy to test on their own.
enum ValueFormats {
    /// `3s`, `1m30s`, `500ms`, `2h`, or a bare number of seconds. The shape is checked here before
    /// `TimeText.parseDuration` sees it, because that function traps on `inf` and on numbers too
    /// large for `Millis`.
    static func duration(_ text: String) -> Int? {
        let t = text.lowercased()
        guard !t.isEmpty, t.count <= 32 else { return nil }
        var numberLength = 0, sawDigit = false
        for c in t {
            if c.isASCII, c.isNumber || c == "." {
                numberLength += 1
                sawDigit = sawDigit || c.isNumber
                guard numberLength <= 9 else { return nil }
            } else if "hms".contains(c) {
                guard numberLength > 0 || c == "s" else { return nil }
                numberLength = 0
            } else {
                return nil
            }
        }
        guard sawDigit else { return nil }
        return TimeText.parseDuration(t)
    }

    /// E.164: `+` then 8 to 15 digits, nothing else.
    static func phoneNumber(_ text: String) -> String? {
        guard text.first == "+" else { return nil }
        let digits = text.dropFirst()
        guard (8...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return text
    }

    /// `-05:00`, `+05:30`, `+0`, `0` or `Z` → minutes east of UTC.
    static func utcOffsetMinutes(_ text: String) -> Int? {
        if text == "Z" || text == "0" || text == "+0" || text == "-0" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let parts = text.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), h <= 14, m < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 60 + m)
    }

    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// `Mon`, `Monday`, `Mon-Fri`, `Sat-Sun`, `Fri-Mon` (wrapping), or a comma list of these →
    /// weekdays, 0 = Monday.
    static func weekdays(_ text: String) -> [Int]? {
        var days: [Int] = []
        for part in text.split(separator: ",") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(ends.count) else { return nil }
            guard let first = weekday(ends[0]), let last = weekday(ends[ends.count - 1]) else { return nil }
            var d = first
            while true {
                if !days.contains(d) { days.append(d) }
                if d == last { break }
                d = (d + 1) % 7
            }
        }
        return days.isEmpty ? nil : days
    }

    private static func weekday(_ name: String) -> Int? {
        let full = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let lowered = name.lowercased()
        return weekdayNames.firstIndex { $0.lowercased() == lowered } ?? full.firstIndex(of: lowered)
    }

    /// `08:00-17:00` → minutes since midnight, end exclusive; `24:00` ends at midnight and an end
    /// before the start runs past midnight.
    static func timeRange(_ text: String) -> (start: Int, end: Int)? {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let start = clockMinutes(String(ends[0])), let end = clockMinutes(String(ends[1])),
              start < 1440, start != end else { return nil }
        return (start, end)
    }

    private static func clockMinutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), m < 60 else { return nil }
        let minutes = h * 60 + m
        return minutes <= 1440 ? minutes : nil
    }

    /// DTMF digits as an IVR reads them.
    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 50 && text.allSatisfy { "0123456789*#".contains($0) }
    }
}
