import Foundation

/// Contact records carry UTC timestamps `yyyy-mm-ddThh:mm:ssZ` (docs §2). The scenario fixes the
/// wall-clock instant of virtual time zero, so records are reproducible.
public struct Timestamp: Sendable, Equatable {
    public let epochSeconds: Int

    public init(epochSeconds: Int) { self.epochSeconds = epochSeconds }

    public init(start: Int, at ms: Millis) { self.epochSeconds = start + ms / 1000 }

    private var date: Date { Date(timeIntervalSince1970: TimeInterval(epochSeconds)) }

    public var iso8601: String { date.formatted(.iso8601) }

    /// Weekday (0 = Monday) and minute of the day of this instant at a UTC offset, for hours of operation.
    public func weekMinute(offsetMinutes: Int) -> (weekday: Int, minute: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetMinutes * 60) ?? .gmt
        let c = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        // Calendar's weekday is 1 = Sunday … 7 = Saturday.
        return (((c.weekday ?? 2) + 5) % 7, (c.hour ?? 0) * 60 + (c.minute ?? 0))
    }

    /// Parses `2026-11-21T09:00:00Z`.
    public static func parse(_ text: String) -> Timestamp? {
        guard let d = try? Date(text, strategy: .iso8601) else { return nil }
        return Timestamp(epochSeconds: Int(d.timeIntervalSince1970))
    }
}
