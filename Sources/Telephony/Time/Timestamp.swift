import Foundation

/// Contact records carry UTC timestamps `yyyy-mm-ddThh:mm:ssZ` (docs §2). The scenario fixes the
/// wall-clock instant of virtual time zero, so records are reproducible.
public struct Timestamp: Sendable, Hashable, Comparable {
    public let epochSeconds: Int

    public init(epochSeconds: Int) { self.epochSeconds = epochSeconds }

    public init(start: Int, at ms: Millis) { self.epochSeconds = start + ms / 1000 }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.epochSeconds < b.epochSeconds }

    private var date: Date { Date(timeIntervalSince1970: TimeInterval(epochSeconds)) }

    /// `yyyy-mm-ddThh:mm:ssZ` in UTC, the text Foundation's ISO-8601 format style gives, written
    /// digit by digit: records carry several timestamps each, and Foundation builds a formatter
    /// per value. Years outside 1970–9999 go to Foundation.
    public var iso8601: String {
        guard Self.handFormatted.contains(epochSeconds) else { return date.formatted(.iso8601) }
        let days = epochSeconds / 86_400
        let second = epochSeconds - days * 86_400
        let (year, month, day) = Self.civilDate(daysSince1970: days)
        return String(unsafeUninitializedCapacity: 20) { text in
            func two(_ value: Int, at i: Int) {
                text[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 10)
                text[i + 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
            }
            two(year / 100, at: 0)
            two(year % 100, at: 2)
            text[4] = UInt8(ascii: "-")
            two(month, at: 5)
            text[7] = UInt8(ascii: "-")
            two(day, at: 8)
            text[10] = UInt8(ascii: "T")
            two(second / 3600, at: 11)
            text[13] = UInt8(ascii: ":")
            two(second / 60 % 60, at: 14)
            text[16] = UInt8(ascii: ":")
            two(second % 60, at: 17)
            text[19] = UInt8(ascii: "Z")
            return 20
        }
    }

    /// 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z: four-digit years of the proleptic Gregorian calendar.
    static let handFormatted = 0...253_402_300_799

    /// The Gregorian year, month (1–12) and day (1–31) of a day counted from 1970-01-01 (day 0),
    /// by 400-year eras of 146,097 days whose years start on 1 March, so that the leap day falls last.
    static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468  // days from 0000-03-01 to 1970-01-01
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Weekday (0 = Monday) and minute of the day of this instant at a UTC offset, for hours of operation.
    public func weekMinute(offsetMinutes: Int) -> (weekday: Int, minute: Int) {
        let local = epochSeconds + offsetMinutes * 60
        let day = local.floorDivided(by: 86_400)
        // 1970-01-01 was a Thursday, weekday 3 when Monday is 0.
        return (((day + 3) % 7 + 7) % 7, (local - day * 86_400) / 60)
    }

    /// Parses `2026-11-21T09:00:00Z`.
    public static func parse(_ text: String) -> Timestamp? {
        guard let d = try? Date(text, strategy: .iso8601) else { return nil }
        return Timestamp(epochSeconds: Int(d.timeIntervalSince1970))
    }
}

extension Int {
    /// Division rounding towards minus infinity, so instants before 1970 land on the right day.
    func floorDivided(by d: Int) -> Int { self >= 0 ? self / d : (self - d + 1) / d }
}
