import TextFit

/// A number an action reads from its parameters, with the range the flow language allows. The validator checks a
/// static value when the flow is loaded; the interpreter reads the value through `resolve` when the action runs, so
/// a `$.` reference that turns out to be out of range takes the action's error branch instead of being converted
/// (issue 8: no conversion may trap). Ranges come from the flow-language pages of the Amazon Connect API reference
/// (docs §3.2); where a page gives no upper bound, `longestWait` (7 days, the longest limit any action documents:
/// Wait's TimeoutSeconds) bounds times and `largestCount` bounds counts, so that every accepted value converts to
/// milliseconds or an Int.
public struct NumericParameter: Sendable {
    /// The longest time any flow action may wait, in seconds (docs §3.2 Wait: TimeoutSeconds ≤ 604800).
    public static let longestWait: Double = 604_800
    /// The largest count the emulator keeps (attempts, digits): far above any real flow, far below Int's limit.
    public static let largestCount: Double = 1_000_000

    /// The key path inside Parameters, e.g. ["InputValidation", "CustomValidation", "MaximumLength"].
    public let path: [String]
    public let minimum: Double
    /// True when the minimum itself is not allowed ("must be larger than 0").
    public let minimumExcluded: Bool
    public let maximum: Double
    public let integer: Bool
    /// "seconds", "digits", "attempts"…, for messages.
    public let unit: String
    /// Where the range comes from, cited in messages.
    public let rule: String
    /// A narrower range the Amazon Connect console enforces; a static value outside it is only a warning
    /// (issue 14: the flow language decides what is valid, the console at most warns).
    public let console: ClosedRange<Double>?

    public init(_ path: [String], minimum: Double, minimumExcluded: Bool = false, maximum: Double, integer: Bool,
                unit: String, rule: String, console: ClosedRange<Double>? = nil) {
        self.path = path
        self.minimum = minimum
        self.minimumExcluded = minimumExcluded
        self.maximum = maximum
        self.integer = integer
        self.unit = unit
        self.rule = rule
        self.console = console
    }

    public var name: String { path.joined(separator: ".") }

    /// "greater than 0 and at most 604800 seconds", "a whole number from 1 to 259200 seconds".
    public var rangeDescription: String {
        let kind = integer ? "a whole number " : ""
        let low = minimumExcluded ? "greater than \(Self.format(minimum)) and at most" : "from \(Self.format(minimum)) to"
        return "\(kind)\(low) \(Self.format(maximum)) \(unit)"
    }

    /// What a parameter holds.
    public enum Reading: Sendable, Equatable {
        /// Not set (absent, null or ""): the action's default applies.
        case absent
        /// A `$.` reference or a deployment placeholder: only known at run time.
        case reference(String)
        case value(Double)
        /// Set, but not a number in range; the reason names the value and the range.
        case invalid(String)
    }

    /// The raw parameter value, or nil when it is not set.
    public func raw(in parameters: JSONValue) -> JSONValue? {
        var value: JSONValue? = parameters
        for key in path { value = value?[key] }
        guard let value, !value.isNull else { return nil }
        if let text = value.scalarText, text.isEmpty { return nil }
        return value
    }

    /// Reads the value as written in the flow, without resolving references.
    public func read(_ parameters: JSONValue) -> Reading {
        guard let raw = raw(in: parameters) else { return .absent }
        guard let text = raw.scalarText else { return .invalid("\(name) is \(raw.kindDescription), not a number") }
        if Self.isReference(text) { return .reference(text) }
        return check(text, raw.numberFromJSON)
    }

    /// Checks a value text (a static value, or the value a reference resolved to at run time).
    public func check(_ text: String, _ number: Double? = nil) -> Reading {
        let shown = Self.shorten(text)
        guard let value = number ?? Double(text.trimmingCharacters(in: .whitespaces)) else {
            return .invalid("\(name) is \"\(shown)\", not a number; it must be \(rangeDescription) (\(rule))")
        }
        guard value.isFinite else {
            return .invalid("\(name) is \(shown), not a finite number; it must be \(rangeDescription) (\(rule))")
        }
        let low = minimumExcluded ? value > minimum : value >= minimum
        guard low, value <= maximum, !integer || value.rounded() == value else {
            return .invalid("\(name) is \(shown); it must be \(rangeDescription) (\(rule))")
        }
        return .value(value)
    }

    /// A value the Amazon Connect console would not let you type, although the flow language accepts it.
    public func consoleDifference(_ value: Double) -> String? {
        guard let console, !console.contains(value) else { return nil }
        return "\(name) is \(Self.format(value)) \(unit); the flow language allows it, but the Amazon Connect console only accepts \(Self.format(console.lowerBound)) to \(Self.format(console.upperBound)) \(unit)"
    }

    /// Seconds in milliseconds. Callers pass range-checked values, so this is exact; anything else (NaN, ±∞, far
    /// beyond any range) is clamped rather than trapping.
    public static func milliseconds(_ seconds: Double) -> Int {
        let ms = (seconds * 1000).rounded()
        guard ms.isFinite else { return ms > 0 ? Self.largestMilliseconds : (ms < 0 ? -Self.largestMilliseconds : 0) }
        return Int(max(-Double(Self.largestMilliseconds), min(Double(Self.largestMilliseconds), ms)))
    }

    /// A millennium of milliseconds: far beyond every range, far inside Int.
    static let largestMilliseconds = 31_536_000_000_000

    static func isReference(_ text: String) -> Bool {
        text.contains("$.") || text.contains("${") || text.contains("%%")
    }

    /// A huge offending value (a thousand digits) is cut in messages (`WordWrap.short`).
    static func shorten(_ text: String) -> String {
        WordWrap.short(text, limit: 40)
    }

    public static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension JSONValue {
    /// A JSON number as written; text is parsed by the caller.
    var numberFromJSON: Double? {
        if case .number(let n) = self { return n }
        return nil
    }
}
