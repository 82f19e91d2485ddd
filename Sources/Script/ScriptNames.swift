import Telephony

/// Names a script uses that the scenario must know, checked before anything runs.
public enum ScriptNames {
    public static func unknownAgent(in statement: Statement, engine: Engine) -> String? {
        func check(_ name: String?) -> String? {
            guard let name, engine.resolveAgent(name) == nil else { return nil }
            return name
        }
        switch statement {
        case .actAs(let n): return check(n)
        case .agent(let n, .monitor(let target?)): return check(n) ?? check(target)
        case .agent(let n, _): return check(n)
        case .world(.takeControl(let n)): return check(n)
        case .expect(let e), .waitUntil(let e, _): return e.agentNames.lazy.compactMap(check).first
        default: return nil
        }
    }
}
