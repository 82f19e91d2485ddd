import Telephony

/// Numbers an action reads when it runs, range-checked by the same `NumericParameter` the validator uses. A static
/// value out of range is already an error at load; a `$.` reference is resolved here, and a value that does not
/// resolve or is out of range makes the action take its error branch with the reason in `--trace` (issue 8).
enum Numbers {
    struct Invalid: Error {
        var reason: String
        var outcome: ActionOutcome { .error(.noMatchingError, note: reason) }
    }

    /// The parameter's value in its unit; nil when the flow does not set it (the action's default applies).
    static func value(_ name: String, of action: FlowAction, host: any FlowHost) -> Result<Double?, Invalid> {
        guard let parameter = ActionCatalog.facts(for: action.kind).numbers.first(where: { $0.name == name }) else {
            return .success(nil)
        }
        return value(parameter.read(action.parameters), parameter, host: host)
    }

    static func value(_ reading: NumericParameter.Reading, _ parameter: NumericParameter,
                      host: any FlowHost) -> Result<Double?, Invalid> {
        switch reading {
        case .absent:
            return .success(nil)
        case .value(let v):
            return .success(v)
        case .invalid(let why):
            return .failure(Invalid(reason: why))
        case .reference(let text):
            guard References.isReference(text), let resolved = host.value(of: text) else {
                return .failure(Invalid(reason: "\(parameter.name) \(text) does not resolve to a number"))
            }
            switch parameter.check(resolved) {
            case .value(let v): return .success(v)
            case .invalid(let why): return .failure(Invalid(reason: "\(text) → " + why))
            case .absent, .reference: return .failure(Invalid(reason: "\(parameter.name) \(text) does not resolve to a number"))
            }
        }
    }

    /// Seconds as milliseconds, with a default for an unset parameter.
    static func millis(_ name: String, of action: FlowAction, host: any FlowHost, default seconds: Double) -> Result<Millis, Invalid> {
        value(name, of: action, host: host).map { NumericParameter.milliseconds($0 ?? seconds) }
    }

    /// A whole number (attempts, digits, a priority), with a default for an unset parameter. The range check has
    /// already bounded it, so the conversion cannot trap.
    static func count(_ name: String, of action: FlowAction, host: any FlowHost, default fallback: Int) -> Result<Int, Invalid> {
        value(name, of: action, host: host).map { $0.map { Int($0) } ?? fallback }
    }
}
