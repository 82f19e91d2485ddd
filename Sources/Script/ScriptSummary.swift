import Telephony

/// The line `termccp script` prints for a script that ran to its end.
public enum ScriptSummary {
    /// A script with no `expect` line checked nothing, and says so rather than "passed".
    public static func passed(file: String, expectations: Int, at time: Millis) -> String {
        let clock = "virtual time \(TimeText.clock(time))"
        if expectations == 0 {
            return "\(file): ran every line but checked nothing: it has no `expect` line (`wait until` only waits) (\(clock))"
        }
        return "\(file): passed, \(expectations) expectation\(expectations == 1 ? "" : "s") (\(clock))"
    }
}
