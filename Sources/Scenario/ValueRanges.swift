import Telephony

/// The durations a scenario key accepts, in milliseconds. Amazon Connect documents few of these
/// bounds (the ACW timeout's 1 s minimum, docs §1.6); the rest are termccp's own, wide enough for
/// any exercise and narrow enough that a slip (`30h` for `30s`, `1e300`) is caught where it is
/// written. docs/scenario-format.md lists them. Lessons and scripts read their durations against
/// ranges of this kind too (DurationReader).
public struct DurationRange: Sendable, Equatable, CustomStringConvertible {
    /// In ms.
    public let lowest: Millis
    /// In ms.
    public let highest: Millis
    /// When 0 is allowed below `lowest` with a meaning of its own, that meaning.
    public var zeroMeans: String?

    public init(lowest: Millis, highest: Millis, zeroMeans: String? = nil) {
        self.lowest = lowest
        self.highest = highest
        self.zeroMeans = zeroMeans
    }

    /// The range a lesson's or a script's duration takes unless said otherwise: up to a day of
    /// virtual time, from `lowest` ms.
    public static func upToADay(from lowest: Millis = 0) -> DurationRange {
        DurationRange(lowest: lowest, highest: 86_400_000)
    }

    public func contains(_ ms: Millis) -> Bool {
        (lowest...highest).contains(ms) || (ms == 0 && zeroMeans != nil)
    }

    /// `0s to 24h`: the bounds alone.
    public var span: String { "\(Self.text(lowest)) to \(Self.text(highest))" }

    /// `from 0s to 24h`, or `of 0s (until Clear contact) or from 1s to 24h`.
    public var description: String {
        guard let zeroMeans else { return "from \(span)" }
        return "of 0s (\(zeroMeans)) or from \(span)"
    }

    /// The largest whole unit that writes `ms` exactly, as the scenario would.
    public static func text(_ ms: Millis) -> String {
        if ms == 0 { return "0s" }
        if ms % 3_600_000 == 0 { return "\(ms / 3_600_000)h" }
        if ms % 60_000 == 0 { return "\(ms / 60_000)m" }
        if ms % 1000 == 0 { return "\(ms / 1000)s" }
        return "\(ms)ms"
    }
}

/// Every numeric bound of the scenario format, in one place.
public enum ScenarioLimits {
    private static let hour: Millis = 3_600_000

    /// `agents[].bot.accept` and `.reject` (and a lesson's `bots:`): an offer rings 20 s, so an hour is already a miss.
    public static let botOfferResponse = DurationRange(lowest: 0, highest: hour)
    /// `agents[].bot.hangUpAfter`, `externals[].hangUpAfter`.
    static let hangUpAfter = DurationRange(lowest: 0, highest: 24 * hour)
    /// `agents[].bot.clearAfter`.
    static let clearAfter = DurationRange(lowest: 0, highest: 24 * hour)
    /// `externals[].answer`, `customers[].answer`.
    static let answerAfter = DurationRange(lowest: 0, highest: hour)
    /// `customers[].patience`.
    static let patience = DurationRange(lowest: 0, highest: 24 * hour)
    /// `calls[].at`: a year of virtual time.
    static let callAt = DurationRange(lowest: 0, highest: 365 * 24 * hour)
    /// `prompts.*.duration`: a prompt that takes no time would let a looping hold or queue flow
    /// play it endlessly without time passing.
    static let promptDuration = DurationRange(lowest: 100, highest: hour)
    /// `routingProfiles[].acwTimeout`: Amazon Connect's minimum is 1 s and 0 means no timeout
    /// (docs §1.6, §6 rule 6).
    static let acwTimeout = DurationRange(lowest: 1000, highest: 24 * hour, zeroMeans: "until the agent chooses Clear contact")
    /// `instance.start`, in seconds since 1970: years 1970 to 2999, so that record timestamps a
    /// year of virtual time later still have four-digit years.
    static let startEpochSeconds = 0...32_503_679_999
    /// `queues[].maxContacts`.
    static let maxContacts = 1...1_000_000
    /// YAML nodes (every key, value and list item) once anchors and merge keys are expanded: a
    /// few kilobytes of nested aliases would otherwise stand for billions of nodes.
    static let expandedNodes = 100_000
}
