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
