import Flows
import Telephony

/// The instance's own resources: hours, queues, routing profiles, agents, quick connects and
/// claimed numbers, named as Amazon Connect's console names them.
extension ScenarioFile {
    func readHours(_ v: Value) -> HoursOfOperationConfig? {
        guard let f = reader.fields(v, allowed: ["name", "utcOffset", "open", "always"]) else { return nil }
        let name = declaredName(f, "name", as: .hours)
        var offset = 0
        if let o = f["utcOffset"], let text = reader.text(o) {
            if let minutes = ValueFormats.utcOffsetMinutes(text) {
                offset = minutes
            } else {
                reader.report(o, "\"\(Value.shortened(text))\" is not a UTC offset", fix: "write e.g. \"-05:00\" or \"+05:30\", quoted")
            }
        }
        var ranges: [HoursOfOperationConfig.Range] = []
        let always = f["always"].flatMap(reader.bool) ?? false
        if always {
            if f.has("open") {
                reader.report(line: f.line(of: "open"), path: f.path(of: "open"), "`open` and `always: true` contradict each other",
                              fix: "keep one of them")
            }
            ranges = (0..<7).map { HoursOfOperationConfig.Range(weekday: $0, start: 0, end: 1440) }
        } else if let open = reader.require(f, "open", hint: "write e.g. open: { Mon-Fri: \"08:00-17:00\" }, or always: true") {
            ranges = readOpeningTimes(open)
        }
        guard let name else { return nil }
        return HoursOfOperationConfig(name: name, utcOffsetMinutes: offset, ranges: ranges)
    }

    /// `{ Mon-Fri: "08:00-17:00", Sat: ["10:00-12:00", "13:00-14:00"] }`; a range ending before it
    /// starts runs into the next day.
    private func readOpeningTimes(_ v: Value) -> [HoursOfOperationConfig.Range] {
        var ranges: [HoursOfOperationConfig.Range] = []
        for (key, keyLine, value) in reader.pairs(v) ?? [] {
            guard let days = ValueFormats.weekdays(key) else {
                reader.report(line: keyLine, path: value.path, "\"\(Value.shortened(key))\" is not a day or a range of days",
                              fix: "write e.g. Mon, Mon-Fri or Sat-Sun (days: \(ValueFormats.weekdayNames.joined(separator: ", ")))")
                continue
            }
            for text in reader.textList(value) ?? [] {
                guard let (start, end) = ValueFormats.timeRange(text) else {
                    reader.report(value, "\"\(Value.shortened(text))\" is not a time range", fix: "write e.g. \"08:00-17:00\"")
                    continue
                }
                for day in days {
                    if end > start {
                        ranges.append(.init(weekday: day, start: start, end: end))
                    } else {
                        ranges.append(.init(weekday: day, start: start, end: 1440))
                        if end > 0 { ranges.append(.init(weekday: (day + 1) % 7, start: 0, end: end)) }
                    }
                }
            }
        }
        return ranges
    }

    func readQueue(_ v: Value) -> QueueConfig? {
        guard let f = reader.fields(v, allowed: ["name", "outboundCallerId", "hours", "maxContacts"]) else { return nil }
        let name = declaredName(f, "name", as: .queue)
        let callerId = f["outboundCallerId"].flatMap(readCallerId)
        let hours = f["hours"].flatMap(reader.text)
        if let hours, let h = f["hours"] { catalog.refer(to: .hours, hours, at: h) }
        let maxContacts = f["maxContacts"].flatMap { reader.int($0, in: ScenarioLimits.maxContacts) }
        guard let name else { return nil }
        return QueueConfig(name: name, outboundCallerId: callerId, hours: hours, maxContacts: maxContacts)
    }

    /// `{ number: "+18005550100", name: Example Corp }`, or just the number.
    private func readCallerId(_ v: Value) -> EndpointAddress? {
        if case .scalar = v.node { return reader.phoneNumber(v).map { EndpointAddress(number: $0) } }
        guard let f = reader.fields(v, allowed: ["number", "name"]) else { return nil }
        let number = reader.require(f, "number").flatMap(reader.phoneNumber)
        let name = f["name"].flatMap(reader.text)
        return number.map { EndpointAddress(number: $0, name: name) }
    }

    func readRoutingProfile(_ v: Value) -> RoutingProfileConfig? {
        let allowed = ["name", "queues", "defaultOutboundQueue", "acwTimeout"]
        guard let f = reader.fields(v, allowed: allowed) else { return nil }
        let name = declaredName(f, "name", as: .routingProfile)
        var queues: [String] = []
        if let q = reader.require(f, "queues", hint: "list the queues whose contacts these agents take") {
            queues = referNames(q, to: .queue)
            if case .sequence(let items) = q.node, items.isEmpty {
                reader.report(q, "a routing profile needs at least one queue")
            }
        }
        var outbound = queues.first
        if let o = f["defaultOutboundQueue"], let text = reader.text(o) {
            outbound = text
            // Being one of the profile's queues implies it exists, which those entries check.
            if !queues.isEmpty, !queues.contains(text) {
                reader.report(o, "default outbound queue \"\(Value.shortened(text))\" is not one of this profile's queues",
                              fix: NameSuggestion.fix(for: text, among: queues, known: "queues of this profile"))
            }
        }
        let acw = f["acwTimeout"].flatMap { reader.duration($0, in: ScenarioLimits.acwTimeout) } ?? 0
        guard let name, let outbound else { return nil }
        return RoutingProfileConfig(name: name, queues: queues, defaultOutboundQueue: outbound, acwTimeout: acw)
    }

    /// A list of names (or one name) that must each be declared as `kind`.
    private func referNames(_ v: Value, to kind: Catalog.Kind) -> [String] {
        let items: [Value]
        if case .scalar = v.node { items = [v] } else { items = reader.list(v) ?? [] }
        return items.compactMap { item in
            guard let name = reader.text(item) else { return nil }
            catalog.refer(to: kind, name, at: item)
            return name
        }
    }

    func readAgent(_ v: Value) -> AgentConfig? {
        let allowed = ["username", "firstName", "lastName", "routingProfile", "status", "bot"]
        guard let f = reader.fields(v, allowed: allowed) else { return nil }
        let username = declaredName(f, "username", as: .agent)
        let firstName = f["firstName"].flatMap(reader.text)
        let lastName = f["lastName"].flatMap(reader.text) ?? ""
        let profile = reader.require(f, "routingProfile", hint: "name the routing profile whose queues this agent serves")
            .flatMap(reader.text)
        if let profile, let p = f["routingProfile"] { catalog.refer(to: .routingProfile, profile, at: p) }
        let status = f["status"].flatMap(reader.text) ?? "Available"
        if let s = f["status"] { catalog.refer(to: .status, status, at: s) }
        let bot = f["bot"].flatMap(readBot)
        if f.has("bot"), bot == nil { return nil }
        guard let username, let profile else { return nil }
        return AgentConfig(username: username, firstName: firstName ?? username, lastName: lastName,
                           routingProfile: profile, initialStatus: status, bot: bot)
    }

    /// `{ accept: 3s, greeting: …, hangUpAfter: 2m, clearAfter: 2s }`, `{ reject: 2s }` or `{ miss: true }`.
    private func readBot(_ v: Value) -> BotBehaviour? {
        let allowed = ["accept", "reject", "miss", "greeting", "hangUpAfter", "clearAfter"]
        guard let f = reader.fields(v, allowed: allowed) else { return nil }
        let offerKeys = ["accept", "reject", "miss"].filter(f.has)
        var offer = BotBehaviour.Offer.accept(after: 3000)
        var valid = true
        if offerKeys.count > 1 {
            reader.report(line: f.line(of: offerKeys[1]), path: f.path(of: offerKeys[1]),
                          "a bot either accepts, rejects or misses an offer, not \(offerKeys.joined(separator: " and "))",
                          fix: "keep one of \(offerKeys.joined(separator: ", "))")
            valid = false
        } else if let accept = f["accept"] {
            if let ms = reader.duration(accept, in: ScenarioLimits.botOfferResponse) { offer = .accept(after: ms) } else { valid = false }
        } else if let reject = f["reject"] {
            if let ms = reader.duration(reject, in: ScenarioLimits.botOfferResponse) { offer = .reject(after: ms) } else { valid = false }
        } else if let miss = f["miss"] {
            switch reader.bool(miss) {
            case true?: offer = .miss
            case false?:
                reader.report(miss, "`miss: false` says nothing", fix: "write accept: 3s or reject: 2s instead")
                valid = false
            case nil: valid = false
            }
        }
        let greeting = f["greeting"].flatMap(reader.text)
        let hangUp = f["hangUpAfter"].map { reader.duration($0, in: ScenarioLimits.hangUpAfter) }
        let clear = f["clearAfter"].map { reader.duration($0, in: ScenarioLimits.clearAfter) } ?? 2000
        guard valid, hangUp != .some(nil), let clear else { return nil }
        return BotBehaviour(offer: offer, greeting: greeting, hangUpAfter: hangUp ?? nil, clearAfter: clear)
    }

    func readQuickConnect(_ v: Value) -> QuickConnectConfig? {
        let allowed = ["name", "type", "user", "queue", "phoneNumber", "flow", "queues"]
        guard let f = reader.fields(v, allowed: allowed) else { return nil }
        let name = declaredName(f, "name", as: .quickConnect)
        let targets: [(key: String, type: String)] = [("user", "USER"), ("queue", "QUEUE"), ("phoneNumber", "PHONE_NUMBER")]
        let given = targets.filter { f.has($0.key) }
        var type: String?
        if let t = f["type"], let text = reader.text(t) {
            if let known = targets.first(where: { $0.type == text.uppercased() }) {
                type = known.type
                if let other = given.first(where: { $0.type != known.type }) {
                    reader.report(line: f.line(of: other.key), path: f.path(of: other.key),
                                  "a \(known.type) quick connect names its target with `\(known.key):`, not `\(other.key):`",
                                  fix: "write \(known.key): … or change the type to \(other.type)")
                    return nil
                }
            } else {
                reader.report(t, "unknown quick connect type \"\(Value.shortened(text))\"",
                              fix: NameSuggestion.fix(for: text.uppercased(), among: targets.map(\.type), known: "types"))
                return nil
            }
        }
        if given.count > 1 {
            reader.report(line: f.line(of: given[1].key), path: f.path(of: given[1].key),
                          "a quick connect has one target, found \(given.map { "`\($0.key)`" }.joined(separator: " and "))",
                          fix: "keep one of them")
            return nil
        }
        guard let target = given.first ?? targets.first(where: { $0.type == type }) else {
            reader.report(v, "missing the quick connect's target",
                          fix: "add user: USERNAME, queue: QUEUE or phoneNumber: \"+E164\"")
            return nil
        }
        guard let targetValue = reader.require(f, target.key) else { return nil }
        let resolved: QuickConnectConfig.Target?
        switch target.type {
        case "USER":
            resolved = reader.text(targetValue).map {
                catalog.refer(to: .agent, $0, at: targetValue)
                return .user($0)
            }
        case "QUEUE":
            resolved = reader.text(targetValue).map {
                catalog.refer(to: .queue, $0, at: targetValue)
                return .queue($0)
            }
        default:
            resolved = reader.phoneNumber(targetValue).map { .phoneNumber($0) }
        }
        var flow: String?
        if let fv = f["flow"], let text = reader.text(fv) {
            if target.type == "PHONE_NUMBER" {
                reader.report(fv, "phone number quick connects run no flow; the call is connected directly (docs §6 rule 9)",
                              fix: "remove `flow`")
            } else {
                flow = text
                catalog.refer(to: .flow, text, at: fv, flowType: target.type == "USER" ? .agentTransfer : .queueTransfer)
            }
        }
        let queues = f["queues"].map { referNames($0, to: .queue) } ?? []
        guard let name, let resolved else { return nil }
        return QuickConnectConfig(name: name, target: resolved, flow: flow, queues: queues)
    }

    func readPhoneNumber(_ v: Value) -> PhoneNumberConfig? {
        guard let f = reader.fields(v, allowed: ["number", "flow"]) else { return nil }
        let number = declaredNumber(f, as: .claimedNumber)
        let flow = reader.require(f, "flow", hint: "name the inbound flow a call to this number starts, e.g. Sample inbound")
            .flatMap(reader.text)
        if let flow, let fv = f["flow"] { catalog.refer(to: .flow, flow, at: fv, flowType: .contactFlow) }
        guard let number, let flow else { return nil }
        return PhoneNumberConfig(number: number, flow: flow)
    }
}
