import Foundation
import Flows
import Yams

/// The mapping from AWS CLI output to scenario sections, one `read…` per kind of resource.
struct ScenarioBuilder {
    typealias Note = InstanceImport.Note

    let flowsFolder: String
    let start: Date
    private var notes: [Note] = []
    private var references = FlowReferences()

    private var statuses: [String] = []
    private var hours: [Node] = []
    private var hoursNames: [String: String] = [:]
    private var queues: [Node] = []
    private var queueNames: [String: String] = [:]
    private var routingProfiles: [Node] = []
    private var importedProfiles = Set<String>()
    private var profileNames: [String: String] = [:]
    /// Agents wait for their routing profile's name, known once routing profiles are read.
    private var agentEntries: [(profileId: String, username: String, pairs: [(String, Node)])] = []
    private var agents: [Node] = []
    private var usernames: [String: String] = [:]
    private var quickConnects: [Node] = []
    private var phoneNumbers: [Node] = []
    private var numbersById: [String: String] = [:]
    private var flows: [Node] = []
    private var flowNames: [String: String] = [:]
    private var flowFiles: [(path: String, content: String)] = []
    private var prompts: [(Node, Node)] = []

    init(flowsFolder: String, start: Date) {
        self.flowsFolder = flowsFolder
        self.start = start
    }

    private mutating func note(_ subject: String, _ message: String, _ fix: String) {
        notes.append(Note(subject: subject, message: message, fix: fix))
    }

    /// Order matters: names are known before the resources that refer to them are mapped.
    mutating func read(_ export: inout ExportFolder) {
        readStatuses(&export)
        readPhoneNumbers(&export)
        readHours(&export)
        readFlowNames(&export)
        readQueues(&export)
        readUsers(&export)
        readRoutingProfiles(&export)
        readQuickConnects(&export)
        readFlows(&export)
        readFlowAssociations(&export)
        readPrompts(&export)
    }

    // MARK: agent statuses

    private mutating func readStatuses(_ export: inout ExportFolder) {
        guard let items = export.list("list-agent-statuses.json", key: "AgentStatusSummaryList") else {
            note("agent statuses", "list-agent-statuses.json was not exported", "list custom statuses under `statuses:` by hand")
            return
        }
        for item in items {
            guard let name = item.text("Name") else { continue }
            switch item.text("Type") {
            case "CUSTOM"?: statuses.append(name)
            case "ROUTABLE"? where name != "Available":
                note("agent status \(name)", "a second routable status; termccp has only Available", "agents use Available")
            default: break
            }
        }
    }

    // MARK: phone numbers (ids first: queues name their outbound caller id by number id)

    private mutating func readPhoneNumbers(_ export: inout ExportFolder) {
        guard let items = export.list("list-phone-numbers-v2.json", key: "ListPhoneNumbersSummaryList") else {
            note("phone numbers", "list-phone-numbers-v2.json was not exported", "add `phoneNumbers:` entries by hand")
            return
        }
        for item in items {
            guard let number = item.text("PhoneNumber") else { continue }
            for key in ["PhoneNumberId", "PhoneNumberArn"] { if let id = item.text(key) { numbersById[id] = number } }
        }
    }

    /// `list-flow-associations.json` (ListFlowAssociations, VOICE_PHONE_NUMBER) says which flow each claimed
    /// number starts; a number without one cannot be called in the scenario.
    private mutating func readFlowAssociations(_ export: inout ExportFolder) {
        var flowOfNumber: [String: String] = [:]
        let associations = export.list("list-flow-associations.json", key: "FlowAssociationSummaryList")
        for item in associations ?? [] where item.text("ResourceType") ?? "VOICE_PHONE_NUMBER" == "VOICE_PHONE_NUMBER" {
            guard let resource = item.text("ResourceId"), let number = numbersById[resource] ?? numbersById[lastSegment(resource)],
                  let flow = item.text("FlowId") else { continue }
            flowOfNumber[number] = flow
        }
        for number in Set(numbersById.values).sorted() {
            guard let flowId = flowOfNumber[number] else {
                note("phone number \(number)", associations == nil ? "list-flow-associations.json was not exported, so its flow is unknown"
                                                                      : "no flow is associated with it",
                     "add `{ number: \"\(number)\", flow: FLOW }` under phoneNumbers")
                continue
            }
            guard let flow = flowNames[flowId] ?? flowNames[lastSegment(flowId)] else {
                note("phone number \(number)", "its flow \(flowId) was not exported", "export the flow, or add the number with another flow")
                continue
            }
            phoneNumbers.append(entry([("number", quoted(number)), ("flow", plain(flow))]))
        }
    }

    // MARK: hours of operation

    private mutating func readHours(_ export: inout ExportFolder) {
        guard let items = export.list("list-hours-of-operations.json", key: "HoursOfOperationSummaryList") else {
            note("hours of operation", "list-hours-of-operations.json was not exported", "add `hours:` entries by hand")
            return
        }
        for item in items {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            remember(id: id, arn: item.text("Arn"), name: name, in: \.hoursNames, segment: "operating-hours")
            guard let described = export.describe("describe-hours-of-operation-\(id).json", key: "HoursOfOperation") else {
                note("hours \(name)", "describe-hours-of-operation-\(id).json was not exported", "write its `open:` days by hand")
                hoursList(name, open: nil, offset: nil)
                continue
            }
            var offset: String?
            if let zone = described.text("TimeZone") {
                if let tz = TimeZone(identifier: zone) {
                    offset = Self.offset(seconds: tz.secondsFromGMT(for: start))
                    if tz.nextDaylightSavingTimeTransition(after: start) != nil {
                        note("hours \(name)", "time zone \(zone) changes offset during the year; imported at its offset on the scenario's start (\(offset!))",
                             "change utcOffset if your tests run in the other season")
                    }
                } else {
                    note("hours \(name)", "unknown time zone \(zone)", "set utcOffset by hand")
                }
            }
            var open: [(day: String, range: String)] = []
            for config in described["Config"]?.arrayValue ?? [] {
                guard let day = config.text("Day").flatMap(Self.weekday), let from = Self.clock(config["StartTime"]),
                      let to = Self.clock(config["EndTime"]) else {
                    note("hours \(name)", "a Config entry without a day, start or end", "check describe-hours-of-operation-\(id).json")
                    continue
                }
                // Amazon Connect writes a whole day as 00:00 to 00:00.
                let end = to == from ? (from == "00:00" ? "24:00" : to) : to
                if to == from && from != "00:00" {
                    note("hours \(name)", "\(day) runs 24 hours from \(from); written as \(from)-24:00", "add the hours after midnight to the next day")
                    open.append((day, "\(from)-24:00"))
                } else {
                    open.append((day, "\(from)-\(end)"))
                }
            }
            hoursList(name, open: open, offset: offset)
        }
    }

    private mutating func hoursList(_ name: String, open: [(day: String, range: String)]?, offset: String?) {
        var pairs: [(String, Node)] = [("name", plain(name))]
        if let offset { pairs.append(("utcOffset", quoted(offset))) }
        if let open {
            let days = Self.weekdays.filter { day in open.contains { $0.day == day } }
            if days.count == 7, open.allSatisfy({ $0.range == "00:00-24:00" }) {
                pairs.append(("always", plain("true")))
            } else if open.isEmpty {
                note("hours \(name)", "no open hours", "it is closed all week, as in Amazon Connect")
                pairs.append(("open", Node([(Node, Node)](), .implicit, .flow)))
            } else {
                let byDay = days.map { day -> (Node, Node) in
                    let ranges = open.filter { $0.day == day }.map { quoted($0.range) }
                    return (plain(day), ranges.count == 1 ? ranges[0] : Node(ranges, .implicit, .flow))
                }
                pairs.append(("open", Node(byDay, .implicit, .flow)))
            }
        } else {
            pairs.append(("always", plain("true")))
        }
        hours.append(entry(pairs))
    }

    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    static func weekday(_ api: String) -> String? {
        ["MONDAY": "Mon", "TUESDAY": "Tue", "WEDNESDAY": "Wed", "THURSDAY": "Thu", "FRIDAY": "Fri",
         "SATURDAY": "Sat", "SUNDAY": "Sun"][api]
    }

    static func clock(_ value: JSONValue?) -> String? {
        guard let value, let h = value.integer("Hours"), let m = value.integer("Minutes"), (0...24).contains(h), (0..<60).contains(m) else { return nil }
        return String(format: "%02d:%02d", h, m)
    }

    static func offset(seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    // MARK: flows

    private mutating func readFlowNames(_ export: inout ExportFolder) {
        for item in export.list("list-contact-flows.json", key: "ContactFlowSummaryList") ?? [] {
            guard let id = item.text("Id"), let name = item.text("Name"), item.text("ContactFlowState") != "ARCHIVED" else { continue }
            remember(id: id, arn: item.text("Arn"), name: name, in: \.flowNames, segment: "contact-flow")
        }
        for item in export.list("list-contact-flow-modules.json", key: "ContactFlowModulesSummaryList") ?? [] {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            references.add(id: id, arn: item.text("Arn"), name: name, segment: "flow-module")
            note("flow module \(name)", "termccp does not run flow modules", "InvokeFlowModule follows its Success branch without running it; model what it does in the flow if a test needs it (its content: describe-contact-flow-module-\(id).json)")
        }
    }

    private mutating func readFlows(_ export: inout ExportFolder) {
        guard let items = export.list("list-contact-flows.json", key: "ContactFlowSummaryList") else {
            note("flows", "list-contact-flows.json was not exported", "add `flows:` entries with exported flow files by hand")
            return
        }
        var archived = 0
        var used = Set<String>()
        var lambdas = Set<String>()
        var bots = Set<String>()
        for item in items {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            if item.text("ContactFlowState") == "ARCHIVED" { archived += 1; continue }
            guard let flow = export.describe("describe-contact-flow-\(id).json", key: "ContactFlow"), let content = flow.text("Content") else {
                note("flow \(name)", "describe-contact-flow-\(id).json was not exported (or has no Content)", "export the flow and import again")
                continue
            }
            var file = Self.fileName(name)
            var n = 2
            while used.contains(file.lowercased()) { file = "\(Self.fileName(name))-\(n)"; n += 1 }
            used.insert(file.lowercased())
            let path = "\(flowsFolder)/\(file).json"
            flowFiles.append((path, references.rewrite(content)))
            lambdas.formUnion(FlowReferences.matches(of: #"arn:aws:lambda:[^"\\]*:function:([^"\\:/]+)"#, in: content))
            bots.formUnion(FlowReferences.matches(of: #"arn:aws:lex:[^"\\]*:bot-alias/([^"\\]+)"#, in: content))
            var pairs: [(String, Node)] = [("name", plain(name)), ("file", plain(path))]
            let type = flow.text("Type") ?? item.text("ContactFlowType")
            if let type, FlowType(exportName: type) != nil {
                pairs.append(("type", plain(type)))
            } else if let type {
                note("flow \(name)", "type \(type) is not one termccp runs", "it is imported without a type; remove it if nothing uses it")
            }
            flows.append(entry(pairs))
            if name.contains("/") {
                note("flow \(name)", "its name has a '/', so references by ARN cannot end in it", "rename it in the scenario and in the flows that transfer to it")
            }
        }
        if archived > 0 { note("flows", "\(archived) archived flow\(archived == 1 ? " was" : "s were") skipped", "nothing to do") }
        for function in lambdas.sorted() {
            note("Lambda function \(function)", "invoked by the imported flows; termccp runs no code", "add `{ function: \(function), response: { … } }` under lambdas")
        }
        for bot in bots.sorted() {
            note("Lex bot alias \(bot)", "used by the imported flows; bots are not exported", "add `{ name: BOT, intents: { … } }` under lexBots")
        }
    }

    /// A file name from a flow name: letters, digits, space, '-', '_' and '.' kept, anything else '_'.
    static func fileName(_ name: String) -> String {
        let kept = name.map { $0.isLetter || $0.isNumber || " -_.".contains($0) ? $0 : "_" }
        let trimmed = String(kept).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return trimmed.isEmpty ? "flow" : trimmed
    }

    // MARK: queues

    private mutating func readQueues(_ export: inout ExportFolder) {
        guard let items = export.list("list-queues.json", key: "QueueSummaryList") else {
            note("queues", "list-queues.json was not exported", "add `queues:` entries by hand")
            return
        }
        for item in items where item.text("QueueType") != "AGENT" {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            remember(id: id, arn: item.text("Arn"), name: name, in: \.queueNames, segment: "queue")
        }
        for item in items where item.text("QueueType") != "AGENT" {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            var pairs: [(String, Node)] = [("name", plain(name))]
            guard let queue = export.describe("describe-queue-\(id).json", key: "Queue") else {
                note("queue \(name)", "describe-queue-\(id).json was not exported", "add its hours and outbound caller ID by hand")
                queues.append(entry(pairs))
                continue
            }
            if let caller = queue["OutboundCallerConfig"] {
                if let numberId = caller.text("OutboundCallerIdNumberId") {
                    if let number = numbersById[numberId] ?? numbersById[lastSegment(numberId)] {
                        var id: [(String, Node)] = [("number", quoted(number))]
                        if let callerName = caller.text("OutboundCallerIdName") { id.append(("name", plain(callerName))) }
                        pairs.append(("outboundCallerId", entry(id)))
                    } else {
                        note("queue \(name)", "its outbound caller ID number \(numberId) is not in list-phone-numbers-v2.json", "add outboundCallerId by hand")
                    }
                }
                if let flow = caller.text("OutboundFlowId") {
                    note("queue \(name)", "outbound whisper flow \(flowNames[flow] ?? flow) is per queue in Amazon Connect", "set defaultFlows.outboundWhisper if every queue uses it")
                }
            }
            if let hoursId = queue.text("HoursOfOperationId") {
                if let hours = hoursNames[hoursId] ?? hoursNames[lastSegment(hoursId)] {
                    pairs.append(("hours", plain(hours)))
                } else {
                    note("queue \(name)", "its hours of operation \(hoursId) were not exported", "add `hours:` by hand; it is always open meanwhile")
                }
            }
            if let max = queue.integer("MaxContacts"), max >= 1 { pairs.append(("maxContacts", plain(String(max)))) }
            if queue.text("Status") == "DISABLED" {
                note("queue \(name)", "disabled in the instance", "termccp treats it as enabled; remove it if flows must not reach it")
            }
            queues.append(entry(pairs))
        }
    }

    // MARK: users and routing profiles

    private var profileOfUser: [String: String] = [:]
    private var acwOfUser: [String: Int] = [:]

    private mutating func readUsers(_ export: inout ExportFolder) {
        guard let items = export.list("list-users.json", key: "UserSummaryList") else {
            note("users", "list-users.json was not exported", "add `agents:` entries by hand")
            return
        }
        for item in items {
            guard let id = item.text("Id"), let username = item.text("Username") else { continue }
            remember(id: id, arn: item.text("Arn"), name: username, in: \.usernames, segment: "agent")
        }
        for item in items {
            guard let id = item.text("Id"), let username = item.text("Username") else { continue }
            guard let user = export.describe("describe-user-\(id).json", key: "User") else {
                note("user \(username)", "describe-user-\(id).json was not exported, so its routing profile is unknown", "add the agent by hand")
                continue
            }
            guard let profileId = user.text("RoutingProfileId") else {
                note("user \(username)", "has no routing profile", "add the agent by hand")
                continue
            }
            profileOfUser[username] = profileId
            var pairs: [(String, Node)] = [("username", plain(username))]
            if let first = user["IdentityInfo"]?.text("FirstName") { pairs.append(("firstName", plain(first))) }
            if let last = user["IdentityInfo"]?.text("LastName") { pairs.append(("lastName", plain(last))) }
            if let phone = user["PhoneConfig"] {
                if let acw = phone.integer("AfterContactWorkTimeLimit") { acwOfUser[username] = acw }
                if phone["AutoAccept"]?.boolValue == true {
                    note("user \(username)", "auto-accepts calls", "termccp agents accept by hand; give it `bot: { accept: 0s }` to accept at once")
                }
                if phone.text("PhoneType") == "DESK_PHONE" {
                    note("user \(username)", "uses a desk phone", "termccp agents use the softphone")
                }
            }
            agentEntries.append((profileId, username, pairs))
        }
    }

    private mutating func readRoutingProfiles(_ export: inout ExportFolder) {
        guard let items = export.list("list-routing-profiles.json", key: "RoutingProfileSummaryList") else {
            note("routing profiles", "list-routing-profiles.json was not exported", "add `routingProfiles:` and then `agents:` by hand")
            return
        }
        for item in items {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            remember(id: id, arn: item.text("Arn"), name: name, in: \.profileNames, segment: "routing-profile")
        }
        for item in items {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            guard let queueItems = export.list("list-routing-profile-queues-\(id).json", key: "RoutingProfileQueueConfigSummaryList") else {
                note("routing profile \(name)", "list-routing-profile-queues-\(id).json was not exported", "add it with its `queues:` by hand")
                continue
            }
            // Priority first (1 is highest), then delay: the order termccp offers queues in.
            let voice = queueItems.filter { ($0.text("Channel") ?? "VOICE") == "VOICE" }
                .sorted { ($0.integer("Priority") ?? 99, $0.integer("Delay") ?? 0) < ($1.integer("Priority") ?? 99, $1.integer("Delay") ?? 0) }
            let names = voice.compactMap { q in q.text("QueueId").flatMap { queueNames[$0] } ?? q.text("QueueName") }
            guard !names.isEmpty else {
                note("routing profile \(name)", "has no voice queues", "termccp routes voice only; give it a queue by hand if agents use it")
                continue
            }
            var pairs: [(String, Node)] = [("name", plain(name)), ("queues", Node(names.map(plain), .implicit, .flow))]
            if let profile = export.describe("describe-routing-profile-\(id).json", key: "RoutingProfile"),
               let outbound = profile.text("DefaultOutboundQueueId"), let queue = queueNames[outbound] ?? queueNames[lastSegment(outbound)] {
                if names.contains(queue) {
                    pairs.append(("defaultOutboundQueue", plain(queue)))
                } else {
                    note("routing profile \(name)", "its default outbound queue \(queue) is not one of its voice queues", "termccp uses its first queue")
                }
            }
            // Amazon Connect sets the after contact work timeout per user; termccp per routing profile.
            let timeouts = Set(profileOfUser.filter { $0.value == id }.keys.compactMap { acwOfUser[$0] })
            if timeouts.count == 1, let seconds = timeouts.first, seconds > 24 * 3600 {
                note("routing profile \(name)", "its users' after contact work timeout is \(seconds)s, longer than termccp's 24h", "it is left at 0s (until the agent chooses Clear contact); set acwTimeout by hand")
            } else if timeouts.count == 1, let seconds = timeouts.first {
                pairs.append(("acwTimeout", plain("\(seconds)s")))
            } else if timeouts.count > 1 {
                note("routing profile \(name)", "its users have different after contact work timeouts (\(timeouts.sorted().map { "\($0)s" }.joined(separator: ", ")))",
                     "set acwTimeout to the one your tests need")
            }
            routingProfiles.append(entry(pairs))
            importedProfiles.insert(name)
        }
        for agent in agentEntries {
            guard let profile = profileNames[agent.profileId], importedProfiles.contains(profile) else {
                note("user \(agent.username)", "its routing profile \(profileNames[agent.profileId] ?? agent.profileId) was not imported", "add the agent by hand")
                continue
            }
            agents.append(entry(agent.pairs + [("routingProfile", plain(profile))]))
        }
    }

    // MARK: quick connects

    private mutating func readQuickConnects(_ export: inout ExportFolder) {
        guard let items = export.list("list-quick-connects.json", key: "QuickConnectSummaryList") else {
            note("quick connects", "list-quick-connects.json was not exported", "add `quickConnects:` entries by hand")
            return
        }
        // ListQueueQuickConnects, one file per queue: which queues list each quick connect.
        var queuesOf: [String: [String]] = [:]
        var anyQueueList = false
        for (queueId, queue) in queueNames.sorted(by: { $0.key < $1.key }) where !queueId.contains("/") {
            guard let listed = export.list("list-queue-quick-connects-\(queueId).json", key: "QuickConnectSummaryList") else { continue }
            anyQueueList = true
            for item in listed { if let id = item.text("Id") { queuesOf[id, default: []].append(queue) } }
        }
        if !anyQueueList && !items.isEmpty {
            note("quick connects", "no list-queue-quick-connects-<QueueId>.json was exported", "every agent sees every quick connect; add `queues:` to each to narrow that")
        }
        for item in items {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            guard let config = export.describe("describe-quick-connect-\(id).json", key: "QuickConnect")?["QuickConnectConfig"] else {
                note("quick connect \(name)", "describe-quick-connect-\(id).json was not exported", "add it by hand")
                continue
            }
            var pairs: [(String, Node)] = [("name", plain(name))]
            var flowId: String?
            switch config.text("QuickConnectType") {
            case "USER"?:
                guard let user = config["UserConfig"]?.text("UserId").flatMap({ usernames[$0] ?? usernames[lastSegment($0)] }) else {
                    note("quick connect \(name)", "its user was not imported", "add it by hand")
                    continue
                }
                pairs += [("type", plain("USER")), ("user", plain(user))]
                flowId = config["UserConfig"]?.text("ContactFlowId")
            case "QUEUE"?:
                guard let queue = config["QueueConfig"]?.text("QueueId").flatMap({ queueNames[$0] ?? queueNames[lastSegment($0)] }) else {
                    note("quick connect \(name)", "its queue was not imported", "add it by hand")
                    continue
                }
                pairs += [("type", plain("QUEUE")), ("queue", plain(queue))]
                flowId = config["QueueConfig"]?.text("ContactFlowId")
            case "PHONE_NUMBER"?:
                guard let number = config["PhoneConfig"]?.text("PhoneNumber") else {
                    note("quick connect \(name)", "has no phone number", "add it by hand")
                    continue
                }
                pairs += [("type", plain("PHONE_NUMBER")), ("phoneNumber", quoted(number))]
            default:
                note("quick connect \(name)", "of a type termccp does not know (\(config.text("QuickConnectType") ?? "none"))", "add it by hand")
                continue
            }
            if let flowId {
                if let flow = flowNames[flowId] ?? flowNames[lastSegment(flowId)] {
                    pairs.append(("flow", plain(flow)))
                } else {
                    note("quick connect \(name)", "its flow \(flowId) was not exported", "it uses termccp's default transfer flow")
                }
            }
            if let queues = queuesOf[id] { pairs.append(("queues", Node(queues.sorted().map(plain), .implicit, .flow))) }
            quickConnects.append(entry(pairs))
        }
    }

    // MARK: prompts

    private mutating func readPrompts(_ export: inout ExportFolder) {
        guard let items = export.list("list-prompts.json", key: "PromptSummaryList") else {
            note("prompts", "list-prompts.json was not exported", "add `prompts:` with the words of each recorded prompt by hand")
            return
        }
        for item in items {
            guard let id = item.text("Id"), let name = item.text("Name") else { continue }
            // Flows name prompts by ARN, whose last segment is the prompt id: the key termccp looks up.
            prompts.append((plain(id), entry([("text", plain("(recorded prompt: \(name))"))])))
        }
        if !prompts.isEmpty {
            note("prompts", "\(prompts.count) recorded prompt\(prompts.count == 1 ? "" : "s") imported by name only (audio is not transcribed)",
                 "replace each `(recorded prompt: …)` text with its words and set its duration")
        }
    }

    // MARK: output

    private mutating func remember(id: String, arn: String?, name: String, in table: WritableKeyPath<ScenarioBuilder, [String: String]>, segment: String) {
        self[keyPath: table][id] = name
        if let arn { self[keyPath: table][arn] = name }
        references.add(id: id, arn: arn, name: name, segment: segment)
    }

    private func lastSegment(_ reference: String) -> String { reference.split(separator: "/").last.map(String.init) ?? reference }

    private func plain(_ text: String) -> Node { Node(text) }
    private func quoted(_ text: String) -> Node { Node(text, .implicit, .doubleQuoted) }
    private func entry(_ pairs: [(String, Node)]) -> Node { Node(pairs.map { (Node($0.0), $0.1) }, .implicit, .flow) }

    func result() -> InstanceImport.Result {
        var sections: [(Node, Node)] = []
        var counts: [(section: String, count: Int)] = []
        func add(_ key: String, _ items: [Node]) {
            counts.append((key, items.count))
            if !items.isEmpty { sections.append((Node(key), Node(items, .implicit, .block))) }
        }
        counts.append(("statuses", statuses.count))
        if !statuses.isEmpty { sections.append((Node("statuses"), Node(statuses.map { Node($0) }, .implicit, .flow))) }
        add("hours", hours)
        add("queues", queues)
        add("routingProfiles", routingProfiles)
        add("agents", agents)
        add("quickConnects", quickConnects)
        add("phoneNumbers", phoneNumbers)
        add("flows", flows)
        counts.append(("prompts", prompts.count))
        if !prompts.isEmpty { sections.append((Node("prompts"), Node(prompts, .implicit, .block))) }
        let body = sections.isEmpty ? "" : ((try? Yams.serialize(node: Node(sections, .implicit, .block), width: -1, allowUnicode: true)) ?? "")
        let header = "# Imported by `termccp import` from AWS CLI output. Check the notes it printed: some things must be added by hand.\n"
        return InstanceImport.Result(yaml: header + body, flowFiles: flowFiles, notes: notes, counts: counts)
    }
}
