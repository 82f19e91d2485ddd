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
        case .heard(let listener, let text, let negated):
            guard let key = partyKey(listener) else { return Check(ok: false, message: "\(listener) is not on any call") }
            let lines = engine.transcript(of: key)
            let heard = lines.contains { $0.text.lowercased().contains(text.lowercased()) }
            let recent = lines.suffix(6).map { "\"\($0.text)\"" }.joined(separator: ", ")
            if negated { return Check(ok: !heard, message: "\(listener) was not to hear \"\(text)\", but did") }
            return Check(ok: heard, message: "\(listener) did not hear \"\(text)\"; last heard: \(recent.isEmpty ? "nothing" : recent)")
        case .hears(let a, let b, let negated):
            guard let ka = partyKey(a), let kb = partyKey(b) else { return Check(ok: false, message: "\(a) or \(b) is not on a call") }
            let hears = engine.hears(ka, kb)
            return Check(ok: hears != negated, message: "\(a) \(hears ? "hears" : "does not hear") \(b)")
        case .caller(let state):
            let saw = engine.callerView()?.state.rawValue ?? "no call"
            return Check(ok: saw.lowercased() == state.lowercased(), message: "caller: expected \"\(state)\", saw \"\(saw)\"")
        case .recordCount(let n):
            let count = engine.allRecords.count
            return Check(ok: count == n, message: "expected \(n) contact records, there are \(count)")
        case .record(let index, let field, let value):
            guard let saw = recordField(index, field) else {
                return Check(ok: false, message: "there is no record \(index) (there are \(engine.allRecords.count))")
            }
            switch value {
            case .null: return Check(ok: saw == nil, message: "record \(index) \(field): expected null, saw \(saw ?? "null")")
            case .present: return Check(ok: saw != nil, message: "record \(index) \(field): expected a value, saw null")
            case .text(let t): return Check(ok: saw == t, message: "record \(index) \(field): expected \(t), saw \(saw ?? "null")")
            case .field(let other, let otherField):
                guard let expected = recordField(other, otherField) else { return Check(ok: false, message: "there is no record \(other)") }
                return Check(ok: saw == expected && saw != nil,
                             message: "record \(index) \(field) = \(saw ?? "null"), record \(other) \(otherField) = \(expected ?? "null")")
            }
        }
    }

    private func view(_ who: String?) -> AgentView? {
        (who ?? currentAgent).flatMap { engine.view(of: $0) }
    }

    private func noAgent(_ who: String?) -> Check {
        Check(ok: false, message: "no agent named \(who ?? currentAgent ?? "?")")
    }

    func partyKey(_ l: Expectation.Listener) -> PartyKey? {
        switch l {
        case .agent(let name): return engine.resolveAgent(name).map { .agent($0) }
        case .customer(let number): return engine.resolveCaller(number).map { .customer($0) }
        case .external(let number): return engine.externalParty(number)
        }
    }

    /// A record field by dotted path (`Agent.Username`), as JSON text; the outer optional is nil when
    /// the record does not exist, the inner when the field is null or missing.
    private func recordField(_ index: Int, _ path: String) -> String?? {
        let records = engine.allRecords
        guard index >= 1, index <= records.count,
              let data = try? JSONEncoder().encode(records[index - 1]),
              var node = try? JSONSerialization.jsonObject(with: data) else { return nil }
        for key in path.split(separator: ".") {
            guard let dict = node as? [String: Any], let next = dict[String(key)] else { return .some(nil) }
            node = next
        }
        switch node {
        case is NSNull: return .some(nil)
        case let s as String: return .some(s)
        case let n as NSNumber: return .some(n.stringValue)
        default:
            let data = (try? JSONSerialization.data(withJSONObject: node, options: [.sortedKeys])) ?? Data()
            return .some(String(decoding: data, as: UTF8.self))
        }
    }
}
