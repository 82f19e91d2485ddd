/// Virtual time in milliseconds since the scenario started. The engine never reads a clock:
/// the TUI advances it from the wall clock, scripts with `wait`.
public typealias Millis = Int

public extension Millis {
    static func seconds(_ s: Int) -> Millis { s * 1000 }
    static func minutes(_ m: Int) -> Millis { m * 60_000 }
}

/// Arithmetic on instants and delays that may come from files: a huge value is held at the end
/// of time rather than overflowing (which traps), and a negative delay is no delay (issue 8).
enum Clock {
    /// `time + delay` in ms, at least `time`, at most `Millis.max`.
    static func adding(_ delay: Millis, to time: Millis) -> Millis {
        let (sum, overflow) = time.addingReportingOverflow(max(0, delay))
        return overflow ? Millis.max : sum
    }

    /// `a - b` in ms, held within `Millis.min...Millis.max`.
    static func subtracting(_ b: Millis, from a: Millis) -> Millis {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        guard overflow else { return difference }
        return b > 0 ? Millis.min : Millis.max
    }
}

public enum TimeText {
    /// `m:ss` or `h:mm:ss`, as the CCP shows state timers.
    public static func clock(_ ms: Millis) -> String {
        let total = max(0, ms) / 1000
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    /// Durations beyond a year are mistakes, and infinities or NaN would trap on conversion.
    private static func millis(_ value: Double) -> Millis? {
        guard value.isFinite, value >= 0, value <= 366 * 86_400_000 else { return nil }
        return Millis(value)
    }

    /// Parses `20s`, `1m30s`, `500ms`, `2m`, `1h`, or a bare number of seconds.
    public static func parseDuration(_ text: String) -> Millis? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.isEmpty { return nil }
        if let n = Double(t) { return millis(n * 1000) }
        var total = 0.0, number = "", i = t.startIndex
        while i < t.endIndex {
            let c = t[i]
            if c.isNumber || c == "." { number.append(c); i = t.index(after: i); continue }
            var unit = String(c)
            let next = t.index(after: i)
            if c == "m", next < t.endIndex, t[next] == "s" { unit = "ms" }
            guard let n = Double(number) else { return nil }
            switch unit {
            case "h": total += n * 3_600_000
            case "m": total += n * 60_000
            case "s": total += n * 1000
            case "ms": total += n
            default: return nil
            }
            number = ""
            i = t.index(i, offsetBy: unit.count)
        }
        guard number.isEmpty else { return nil }
        return millis(total)
    }
}
