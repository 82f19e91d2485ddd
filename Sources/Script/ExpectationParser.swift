import Telephony

extension ScriptParser {
    static let agentExpectationWords: Set<String> = ["banner", "status", "next-status", "party", "enabled", "disabled", "no"]

    static let controlNames: [String: Control] = [
        "accept": .accept, "reject": .reject, "quick-connects": .quickConnects, "number-pad": .numberPad,
        "join": .join, "hold-all": .holdAll, "resume-all": .resumeAll, "swap": .swap, "leave": .leave,
        "end": .endCall, "end-call": .endCall, "mute": .mute, "clear": .clear,
    ]

    static func parseExpect(_ words: [String], line: String) throws(Failure) -> Statement {
        guard let first = words.first?.lowercased() else { throw Failure(message: "expect needs something to check") }
        switch first {
        case "refused":
            let text = words.dropFirst().joined(separator: " ")
            return .expectRefused(text.isEmpty ? nil : text)
        case "records":
            guard words.count == 2, let n = Int(words[1]) else { throw Failure(message: "expect records takes a count, like `expect records 2`") }
            return .expect(.recordCount(n))
        case "record":
            return .expect(try parseRecord(words))
        case "caller":
            guard words.count >= 2 else { throw Failure(message: "expect caller needs a state, like `expect caller \"In queue\"`") }
            return .expect(.caller(words.dropFirst().joined(separator: " ")))
        default:
            break
        }
        var i = 0
        var who: String?
        if !agentExpectationWords.contains(first) {
            who = words[0]
            i = 1
            if first == "customer" || first == "caller", words.count > 1, words[1].hasPrefix("+") {
                who = "customer " + words[1]
                i = 2
            }
        }
        guard i < words.count else { throw Failure(message: "expect \(words[0]) needs what to check, like banner, status, heard") }
        let key = words[i].lowercased()
        let args = Array(words[(i + 1)...])
        let text = args.joined(separator: " ")
        switch key {
        case "banner":
            guard !args.isEmpty else { throw Failure(message: "expect banner needs the banner text") }
            return .expect(.banner(agent: who, text))
        case "no" where args.first?.lowercased() == "contact":
            return .expect(.noContact(agent: who))
        case "status":
            guard !args.isEmpty else { throw Failure(message: "expect status needs a status") }
            return .expect(.status(agent: who, text))
        case "next-status":
            return .expect(.nextStatus(agent: who, text.lowercased() == "none" || text.isEmpty ? nil : text))
        case "party":
            guard args.count >= 2 else { throw Failure(message: "expect party needs a party and a state, like `expect party customer \"on hold\"`") }
            let state = args.dropFirst().joined(separator: " ").lowercased()
            guard ["connecting", "connected", "on hold", "hold", "held", "disconnected", "absent"].contains(state) else {
                throw Failure(message: "party state \"\(state)\" is not one of connecting, connected, on hold, disconnected, absent")
            }
            return .expect(.party(agent: who, handle: args[0], state: state == "hold" || state == "held" ? "on hold" : state))
        case "enabled", "disabled":
            guard let name = args.first?.lowercased(), let control = controlNames[name] else {
                throw Failure(message: "\(key) needs a control: \(controlNames.keys.sorted().joined(separator: ", "))")
            }
            let reason = args.count > 1 ? args.dropFirst().joined(separator: " ") : nil
            return .expect(.control(agent: who, control, enabled: key == "enabled", reason: reason))
        case "heard", "hears", "not":
            guard let whoName = who else { throw Failure(message: "say who: `expect customer heard …`, `expect john hears maria`") }
            let listener = listenerFor(whoName)
            var rest = args
            var verb = key
            var negated = false
            if key == "not" {
                guard let v = rest.first?.lowercased(), v == "heard" || v == "hears" else {
                    throw Failure(message: "use `not heard TEXT` or `not hears PARTY`")
                }
                negated = true
                verb = v
                rest.removeFirst()
            }
            guard !rest.isEmpty else { throw Failure(message: "\(verb) needs \(verb == "heard" ? "the text" : "a party")") }
            if verb == "heard" { return .expect(.heard(listener, rest.joined(separator: " "), negated: negated)) }
            return .expect(.hears(listener, listenerFor(rest.joined(separator: " ")), negated: negated))
        default:
            throw Failure(message: "cannot expect \"\(words[i])\"; try banner, status, next-status, party, enabled, disabled, heard, hears, caller, record, records, refused")
        }
    }

    static func listenerFor(_ name: String) -> Expectation.Listener {
        let lower = name.lowercased()
        if lower == "customer" || lower == "caller" { return .customer(nil) }
        if lower.hasPrefix("customer ") { return .customer(String(name.dropFirst("customer ".count))) }
        if name.hasPrefix("+") { return .external(name) }
        return .agent(name)
    }

    static func parseRecord(_ words: [String]) throws(Failure) -> Expectation {
        guard words.count >= 4, let n = Int(words[1]), n >= 1 else {
            throw Failure(message: "expect record takes a number, a field and a value, like `expect record 2 InitiationMethod TRANSFER`")
        }
        let field = words[2]
        let valueWords = Array(words[3...])
        if valueWords.count == 3, valueWords[0].lowercased() == "record", let m = Int(valueWords[1]) {
            return .record(index: n, field: field, value: .field(index: m, field: valueWords[2]))
        }
        let text = valueWords.joined(separator: " ")
        switch text {
        case "null": return .record(index: n, field: field, value: .null)
        case "set": return .record(index: n, field: field, value: .present)
        default: return .record(index: n, field: field, value: .text(text))
        }
    }
}
