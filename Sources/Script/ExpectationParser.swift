import Telephony

extension ScriptParser {
    /// Words that begin an expectation about the current agent (no name before them).
    static let agentExpectationWords: Set<String> = ["banner", "status", "next-status", "party", "enabled", "disabled", "no",
                                                     "heard", "hears", "not"]

    static let controlNames = Control.scriptNames

    /// Every word an expectation can begin with (after an optional agent name).
    static let expectationKeywords = ["banner", "status", "next-status", "party", "enabled", "disabled", "heard", "hears", "not",
                                      "caller", "record", "records", "completed", "refused"]

    static let partyStates = ["connecting", "connected", "on hold", "hold", "held", "disconnected", "absent"]

    static let expectationKinds = "banner, status, next-status, party, enabled, disabled, heard, hears, caller, record, records, "
        + "completed record, completed records, refused"

    static func parseExpect(_ words: [String]) throws(Failure) -> Statement {
        guard let first = words.first?.lowercased() else { throw Failure(message: "expect needs something to check: \(expectationKinds)") }
        switch first {
        case "refused":
            let text = words.dropFirst().joined(separator: " ")
            return .expectRefused(text.isEmpty ? nil : text)
        case "records":
            return .expect(try parseRecordCount(Array(words.dropFirst()), set: .all))
        case "record":
            return .expect(try parseRecord(Array(words.dropFirst()), set: .all))
        case "completed":
            guard words.count >= 2 else { throw Failure(message: "expect completed takes `records N` or `record N FIELD VALUE`") }
            switch words[1].lowercased() {
            case "records": return .expect(try parseRecordCount(Array(words.dropFirst(2)), set: .completed))
            case "record": return .expect(try parseRecord(Array(words.dropFirst(2)), set: .completed))
            default:
                throw Failure(message: "expect completed takes `records N` or `record N FIELD VALUE`" + didYouMean(words[1], among: ["records", "record"]),
                              word: words[1])
            }
        case "caller":
            var rest = Array(words.dropFirst())
            var number: String?
            if rest.count >= 2, rest[0].hasPrefix("+") { number = rest.removeFirst() }
            guard !rest.isEmpty else { throw Failure(message: "expect caller needs a state, like `expect caller \"In queue\"`") }
            return .expect(.caller(number: number, rest.joined(separator: " ")))
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
        guard i < words.count else {
            let typo = didYouMean(words[0], among: expectationKeywords)
            throw Failure(message: typo.isEmpty ? "expect \(ScriptText.short(words[0])) needs what to check: \(expectationKinds)"
                                                : "cannot expect \"\(ScriptText.short(words[0]))\"\(typo)", word: words[0])
        }
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
            guard partyStates.contains(state) else {
                throw Failure(message: "party state \"\(ScriptText.short(state))\" is not one of connecting, connected, on hold, disconnected, absent"
                              + didYouMean(state, among: partyStates), word: args[1])
            }
            return .expect(.party(agent: who, handle: args[0], state: state == "hold" || state == "held" ? "on hold" : state))
        case "enabled", "disabled":
            guard let name = args.first?.lowercased(), let control = controlNames[name] else {
                throw Failure(message: "\(key) needs a control: \(controlNames.keys.sorted().joined(separator: ", "))"
                              + didYouMean(args.first, among: controlNames.keys.sorted()), word: args.first)
            }
            let reason = args.count > 1 ? args.dropFirst().joined(separator: " ") : nil
            return .expect(.control(agent: who, control, enabled: key == "enabled", reason: reason))
        case "heard", "hears", "not":
            // No name: the current agent, like every other expectation.
            let listener = who.map(listenerFor) ?? .currentAgent
            var rest = args
            var verb = key
            var negated = false
            if key == "not" {
                guard let v = rest.first?.lowercased(), v == "heard" || v == "hears" else {
                    throw Failure(message: "use `not heard TEXT` or `not hears PARTY`" + didYouMean(rest.first, among: ["heard", "hears"]), word: rest.first)
                }
                negated = true
                verb = v
                rest.removeFirst()
            }
            guard !rest.isEmpty else { throw Failure(message: "\(verb) needs \(verb == "heard" ? "the text" : "a party")") }
            if verb == "heard" { return .expect(try parseHeard(listener, rest, negated: negated)) }
            return .expect(.hears(listener, listenerFor(rest.joined(separator: " ")), negated: negated))
        default:
            // `expect bannr Connected`: the first word was read as an agent's name, but it is a misspelt keyword.
            if let who, i == 1, case let typo = didYouMean(who, among: expectationKeywords), !typo.isEmpty {
                throw Failure(message: "cannot expect \"\(ScriptText.short(who))\"\(typo)", word: words[0])
            }
            let typo = didYouMean(words[i], among: expectationKeywords)
            throw Failure(message: "cannot expect \"\(ScriptText.short(words[i]))\"\(typo.isEmpty ? "; try \(expectationKinds)" : typo)", word: words[i])
        }
    }

    /// `TEXT [N times | once] [since MARK]`, read from the end so the text may have any words.
    static func parseHeard(_ listener: Expectation.Listener, _ words: [String], negated: Bool) throws(Failure) -> Expectation {
        var rest = words
        var since: String?
        var times: Int?
        if rest.count >= 3, rest[rest.count - 2].lowercased() == "since" {
            since = rest.removeLast()
            rest.removeLast()
        }
        if rest.count >= 2, rest.last?.lowercased() == "once" {
            times = 1
            rest.removeLast()
        } else if rest.count >= 3, let unit = rest.last?.lowercased(), unit == "times" || unit == "time" {
            times = try ScriptNumbers.count(rest[rest.count - 2], what: "heard … times", range: 0...ScriptNumbers.largestCount)
            rest.removeLast(2)
        }
        if negated, times != nil {
            throw Failure(message: "`not heard` takes no count; use `heard TEXT 0 times`")
        }
        guard !rest.isEmpty else { throw Failure(message: "heard needs the text") }
        return .heard(listener, rest.joined(separator: " "), negated: negated, times: times, since: since)
    }

    /// A name after `expect` or `hears`: `customer` (or `customer +1…`), a phone number, or an agent.
    static func listenerFor(_ name: String) -> Expectation.Listener {
        let lower = name.lowercased()
        if lower == "customer" || lower == "caller" { return .customer(nil) }
        if lower.hasPrefix("customer ") { return .customer(String(name.dropFirst("customer ".count))) }
        if name.hasPrefix("+") { return .number(name) }
        return .agent(name)
    }

    static func parseRecordCount(_ words: [String], set: Expectation.RecordSet) throws(Failure) -> Expectation {
        let form = set == .all ? "expect records 2" : "expect completed records 2"
        guard words.count == 1 else { throw Failure(message: "\(set == .all ? "" : "completed ")records takes a count, like `\(form)`") }
        return .recordCount(try ScriptNumbers.count(words[0], what: "the number of records", range: 0...ScriptNumbers.largestCount), set: set)
    }

    /// `N FIELD VALUE`, `N FIELD record M FIELD`, `N FIELD OP NUMBER`.
    static func parseRecord(_ words: [String], set: Expectation.RecordSet) throws(Failure) -> Expectation {
        let prefix = set == .all ? "record" : "completed record"
        guard words.count >= 3 else {
            throw Failure(message: "expect \(prefix) takes a number, a field and a value, like `expect \(prefix) 2 InitiationMethod TRANSFER`")
        }
        let n = try ScriptNumbers.count(words[0], what: "the record number", range: 1...ScriptNumbers.largestCount)
        let field = words[1]
        let valueWords = Array(words[2...])
        if valueWords.count == 3, valueWords[0].lowercased() == "record" {
            let m = try ScriptNumbers.count(valueWords[1], what: "the record number", range: 1...ScriptNumbers.largestCount)
            return .record(index: n, field: field, value: .field(index: m, field: valueWords[2]), set: set)
        }
        if let op = Expectation.Comparison(rawValue: valueWords[0]) {
            guard valueWords.count == 2 else {
                throw Failure(message: "\(op.rawValue) takes one value, like `expect \(prefix) 1 Agent.NumberOfHolds \(op.rawValue) 2`", word: valueWords[0])
            }
            if op != .equal && op != .notEqual { _ = try ScriptNumbers.number(valueWords[1], what: op.rawValue) }
            return .record(index: n, field: field, value: .compare(op, valueWords[1]), set: set)
        }
        let text = valueWords.joined(separator: " ")
        switch text {
        case "null": return .record(index: n, field: field, value: .null, set: set)
        case "set": return .record(index: n, field: field, value: .present, set: set)
        default: return .record(index: n, field: field, value: .text(text), set: set)
        }
    }
}
