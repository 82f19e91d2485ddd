import Foundation
import Telephony

extension ScriptRunner {
    struct Check {
        var ok: Bool
        var message: String
    }

    func evaluate(_ e: Expectation) -> Check {
        switch e {
        case .banner(let who, let text):
            guard let view = view(who) else { return noAgent(who) }
            let saw = view.contact?.banner.rawValue ?? "no contact"
            return Check(ok: saw.lowercased() == text.lowercased(), message: "\(view.username)'s banner: expected \"\(text)\", saw \"\(saw)\"")
        case .noContact(let who):
            guard let view = view(who) else { return noAgent(who) }
            return Check(ok: view.contact == nil, message: "\(view.username): expected no contact, saw \"\(view.contact?.banner.rawValue ?? "")\"")
        case .status(let who, let text):
            guard let view = view(who) else { return noAgent(who) }
            return Check(ok: view.status.lowercased() == text.lowercased(), message: "\(view.username)'s status: expected \"\(text)\", saw \"\(view.status)\"")
        case .nextStatus(let who, let text):
            guard let view = view(who) else { return noAgent(who) }
            return Check(ok: view.nextStatus?.lowercased() == text?.lowercased(),
                         message: "\(view.username)'s next status: expected \(text ?? "none"), saw \(view.nextStatus ?? "none")")
        case .party(let who, let handle, let state):
            guard let view = view(who) else { return noAgent(who) }
            let parties = view.contact?.parties ?? []
            let found = parties.first { $0.handle.lowercased() == handle.lowercased() || $0.label.lowercased() == handle.lowercased() }
            let saw = found.map { $0.state.label.lowercased() } ?? "absent"
            let list = parties.map { "\($0.handle) \($0.state.label.lowercased())" }.joined(separator: ", ")
            return Check(ok: saw == state, message: "\(view.username) sees \(handle): expected \(state), saw \(saw) (parties: \(list.isEmpty ? "none" : list))")
        case .control(let who, let control, let enabled, let reason):
            guard let view = view(who) else { return noAgent(who) }
            let why = view.disabledReason(control)
            if enabled { return Check(ok: why == nil, message: "\(view.username)'s \(control.rawValue): expected enabled, it is disabled: \(why ?? "")") }
            guard let why else { return Check(ok: false, message: "\(view.username)'s \(control.rawValue): expected disabled, it is enabled") }
            if let reason, !why.lowercased().contains(reason.lowercased()) {
                return Check(ok: false, message: "\(view.username)'s \(control.rawValue): expected the reason to say \"\(reason)\", it says \"\(why)\"")
            }
            return Check(ok: true, message: "")
        case .heard(let listener, let text, let negated, let times, let since):
            return heard(listener, text, negated: negated, times: times, since: since)
        case .hears(let a, let b, let negated):
            guard let ka = partyKey(a) else { return Check(ok: false, message: "\(name(a)) is not on any call") }
            guard let kb = partyKey(b) else { return Check(ok: false, message: "\(name(b)) is not on any call") }
            let hears = engine.hears(ka, kb)
            return Check(ok: hears != negated, message: "\(name(a)) \(hears ? "hears" : "does not hear") \(name(b))")
        case .caller(let number, let state):
            guard let id = engine.resolveCaller(number), let view = engine.callerView(id) else {
                return Check(ok: false, message: "caller\(number.map { " \($0)" } ?? ""): expected \"\(state)\", but \(number ?? "no caller") has not called")
            }
            let saw = view.state.rawValue
            return Check(ok: saw.lowercased() == state.lowercased(), message: "caller \(view.number): expected \"\(state)\", saw \"\(saw)\"")
        case .recordCount(let n, let set):
            let count = records(set).count
            return Check(ok: count == n, message: "expected \(n) \(set.noun)s, there are \(count)")
        case .record(let index, let path, let value, let set):
            return record(index, path, value, set)
        }
    }

    private func view(_ who: String?) -> AgentView? {
        (who ?? currentAgent).flatMap { engine.view(of: $0) }
    }

    private func noAgent(_ who: String?) -> Check {
        Check(ok: false, message: "no agent named \(who ?? currentAgent ?? "?")")
    }

    private func name(_ l: Expectation.Listener) -> String {
        if case .currentAgent = l { return currentAgent ?? "the current agent" }
        return l.description
    }

    func partyKey(_ l: Expectation.Listener) -> PartyKey? {
        switch l {
        case .agent(let name): return engine.resolveAgent(name).map { .agent($0) }
        case .currentAgent: return currentAgent.flatMap(engine.resolveAgent).map { .agent($0) }
        case .customer(let number): return engine.resolveCaller(number).map { .customer($0) }
        case .number(let number):
            // An external party on a call; else the caller or outbound callee with that number.
            return engine.externalParty(number) ?? engine.resolveCaller(number).map { .customer($0) }
        }
    }

    // MARK: heard

    /// How many times each transcript line had been heard when `mark` ran, per party.
    typealias Mark = [PartyKey: [Int]]

    func takeMark() -> Mark {
        var mark: Mark = [:]
        for party in engine.partiesHeard { mark[party] = engine.transcript(of: party).map(\.count) }
        return mark
    }

    private func heard(_ listener: Expectation.Listener, _ text: String, negated: Bool, times: Int?, since: String?) -> Check {
        let who = name(listener)
        guard let key = partyKey(listener) else { return Check(ok: false, message: "\(who) is not on any call") }
        var before: [Int] = []
        if let since {
            guard let mark = marks[since.lowercased()] else { return Check(ok: false, message: "no `mark \(since)` has run yet") }
            before = mark[key] ?? []
        }
        let lines = engine.transcript(of: key)
        let needle = text.lowercased()
        var count = 0
        for (i, line) in lines.enumerated() where line.text.lowercased().contains(needle) {
            count += line.count - (i < before.count ? before[i] : 0)
        }
        let window = since.map { " since mark \($0)" } ?? ""
        let shown = lines.dropFirst(before.count).suffix(6).map { "\"\($0.text)\"\($0.count > 1 ? " ×\($0.count)" : "")" }
        let recent = shown.isEmpty ? "nothing" : shown.joined(separator: ", ")
        if negated {
            return Check(ok: count == 0, message: "\(who) was not to hear \"\(text)\"\(window), but did (\(count) time\(count == 1 ? "" : "s"))")
        }
        if let times {
            return Check(ok: count == times,
                         message: "\(who) heard \"\(text)\"\(window) \(count) time\(count == 1 ? "" : "s"), expected \(times); last heard: \(recent)")
        }
        return Check(ok: count > 0, message: "\(who) did not hear \"\(text)\"\(window); last heard: \(recent)")
    }

    // MARK: records

    private func records(_ set: Expectation.RecordSet) -> [ContactRecord] {
        set == .all ? engine.allRecords : engine.completedRecords
    }

    private func record(_ index: Int, _ path: String, _ value: Expectation.RecordValue, _ set: Expectation.RecordSet) -> Check {
        let list = records(set)
        let label = "\(set.noun) \(index) \(path)"
        let saw: String?
        switch RecordPath.lookup(path, in: list, index: index, noun: set.noun) {
        case .failure(let problem): return Check(ok: false, message: problem.message)
        case .success(let v): saw = v
        }
        switch value {
        case .null: return Check(ok: saw == nil, message: "\(label): expected null, saw \(saw ?? "null")")
        case .present: return Check(ok: saw != nil, message: "\(label): expected a value, saw null")
        case .text(let t): return Check(ok: saw == t, message: "\(label): expected \(t), saw \(saw ?? "null")")
        case .field(let other, let otherPath):
            let expected: String?
            switch RecordPath.lookup(otherPath, in: list, index: other, noun: set.noun) {
            case .failure(let problem): return Check(ok: false, message: problem.message)
            case .success(let v): expected = v
            }
            return Check(ok: saw == expected && saw != nil,
                         message: "\(label) = \(saw ?? "null"), \(set.noun) \(other) \(otherPath) = \(expected ?? "null")")
        case .compare(let op, let operand):
            return Check(ok: Self.compare(saw, op, operand), message: "\(label): expected \(op.rawValue) \(operand), saw \(saw ?? "null")")
        }
    }

    /// Numbers compare as numbers; `=` and `!=` fall back to text when a side is not a number;
    /// null is neither less nor greater than anything.
    static func compare(_ saw: String?, _ op: Expectation.Comparison, _ operand: String) -> Bool {
        let a = saw.flatMap(Double.init), b = Double(operand)
        if let a, let b {
            switch op {
            case .equal: return a == b
            case .notEqual: return a != b
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            }
        }
        switch op {
        case .equal: return saw == operand
        case .notEqual: return saw != operand
        default: return false
        }
    }
}

extension Expectation.RecordSet {
    var noun: String { self == .all ? "record" : "completed record" }
}

extension ScriptRunner {
    /// Whether the expectation holds now: lessons check their goals live with it.
    public func holds(_ e: Expectation) -> Bool { evaluate(e).ok }

    /// What was seen when the expectation does not hold (the message a failing `expect` gives).
    public func explain(_ e: Expectation) -> String { evaluate(e).message }
}
