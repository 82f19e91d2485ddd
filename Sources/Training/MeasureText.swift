import Telephony

/// How a measure scored in ms is shown, so that it never reads as meeting a target it missed.
public enum MeasureText {
    /// `m:ss.t` (or `h:mm:ss.t`) from ms, the tenths rounded UP: 10 660 ms is `0:10.7` and 10 001 ms `0:10.1`,
    /// never `0:10`, since the score compares the ms with the target (docs/lesson-format.md, Score).
    public static func clockTenths(_ ms: Millis) -> String {
        let tenths = (max(0, ms) + 99) / 100
        return "\(TimeText.clock(tenths / 10 * 1000)).\(tenths % 10)"
    }

    /// Seconds with one decimal, rounded up the same way: `10.7 s`.
    public static func secondsTenths(_ ms: Millis) -> String {
        let tenths = (max(0, ms) + 99) / 100
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
