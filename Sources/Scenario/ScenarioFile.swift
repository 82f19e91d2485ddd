import Flows
import Foundation
import Telephony

/// Reads one scenario document section by section into an `InstanceConfig`, recording what each
/// part declares and refers to for `ReferenceCheck`. Sections are independent: a broken one is
/// reported and left at its default while the rest are still read.
final class ScenarioFile {
    static let sections = [
        "instance", "statuses", "hours", "queues", "routingProfiles", "agents", "quickConnects",
        "phoneNumbers", "flows", "defaultFlows", "externals", "customers", "calls", "prompts", "lambdas",
        "lexBots", "modules",
    ]

    /// Prompts the built-in flows play by PromptId; a scenario may redefine them.
    static let builtInPrompts: [String: RecordedPrompt] = [
        "hold-music": RecordedPrompt(text: "♪ hold music ♪", duration: 30_000),
        "beep": RecordedPrompt(text: "beep", duration: 1000),
    ]

    let reader: YAMLReader
    let baseDirectory: String
    var catalog = Catalog()
    var config = InstanceConfig()
    var flowFiles: [FlowFileRef] = []

    /// Files given in memory, by resolved path: they exist without being on the disk.
    let embeddedFiles: [String: Data]

    init(reader: YAMLReader, baseDirectory: String, embeddedFiles: [String: Data] = [:]) {
        self.reader = reader
        self.baseDirectory = baseDirectory
        self.embeddedFiles = embeddedFiles
    }

    func read(root: Value) {
        config.prompts = Self.builtInPrompts
        guard let f = reader.fields(root, allowed: Self.sections) else { return }
        if let v = f["instance"] { readInstance(v) }
        if let v = f["statuses"] { readStatuses(v) }
        if let v = f["hours"] { config.hours = each(v, readHours, declaring: .hours) }
        if let v = f["queues"] { config.queues = each(v, readQueue, declaring: .queue) }
        if let v = f["routingProfiles"] { config.routingProfiles = each(v, readRoutingProfile, declaring: .routingProfile) }
        if let v = f["agents"] { config.agents = each(v, readAgent, declaring: .agent) }
        if let v = f["quickConnects"] { config.quickConnects = each(v, readQuickConnect, declaring: .quickConnect) }
        if let v = f["phoneNumbers"] { config.phoneNumbers = each(v, readPhoneNumber, declaring: .claimedNumber) }
        if let v = f["flows"] { flowFiles = each(v, readFlow, declaring: .flow) }
        if let v = f["modules"] { flowFiles += each(v, readModule, declaring: .flow) }
        if let v = f["defaultFlows"] { readDefaultFlows(v) }
        if let v = f["externals"] { config.externals = each(v, readExternal, declaring: .externalNumber) }
        if let v = f["customers"] { config.customers = each(v, readCustomer, declaring: .customerNumber) }
        if let v = f["calls"] { config.scheduledCalls = each(v, readCall) }
        if let v = f["prompts"] { readPrompts(v) }
        if let v = f["lambdas"] { config.lambdas = each(v, readLambda, declaring: .lambda) }
        if let v = f["lexBots"] { config.lexBots = each(v, readLexBot) }
        ReferenceCheck.run(catalog, into: reader)
    }

    /// The entry's name, declared at once: a reference to an entry that has other mistakes
    /// should not be reported as unknown too.
    func declaredName(_ f: Fields, _ key: String, as kind: Catalog.Kind) -> String? {
        guard let name = reader.require(f, key).flatMap(reader.text) else { return nil }
        catalog.declare(kind, name, at: f.value)
        return name
    }

    /// Like `declaredName`, for the numbers of claimed numbers, externals and customers.
    func declaredNumber(_ f: Fields, as kind: Catalog.Kind) -> String? {
        guard let v = reader.require(f, "number"), let number = reader.phoneNumber(v) else { return nil }
        catalog.declare(kind, number, at: v)
        return number
    }

    /// Reads every entry of a list section, keeping the ones that read cleanly. When the section, or one of its
    /// entries, is not of its shape (`agents: john`, `agents: {john: …}`, `- john`), the names it declares cannot be
    /// known: the shape is reported once, and references to `declaring` are not judged, so that one mistake does
    /// not come back as an "unknown agent" at every place that names one.
    func each<T>(_ v: Value, _ read: (Value) -> T?, declaring kind: Catalog.Kind? = nil) -> [T] {
        guard let items = reader.list(v) else {
            if let kind { catalog.unreadable.insert(kind) }
            return []
        }
        if let kind, items.contains(where: { if case .mapping = $0.node { return false } else { return true } }) {
            catalog.unreadable.insert(kind)
        }
        return items.compactMap(read)
    }

    // MARK: instance, statuses

    private func readInstance(_ v: Value) {
        guard let f = reader.fields(v, allowed: ["name", "start", "multiParty", "seed"]) else { return }
        if let n = f["name"].flatMap(reader.text) { config.name = n }
        if let s = f["start"] {
            if let text = reader.text(s) {
                let range = ScenarioLimits.startEpochSeconds
                if let t = Timestamp.parse(text), range.contains(t.epochSeconds) {
                    config.startEpochSeconds = t.epochSeconds
                } else {
                    reader.report(s, "\"\(Value.shortened(text))\" is not a UTC timestamp from "
                                    + "\(Timestamp(epochSeconds: range.lowerBound).iso8601) to \(Timestamp(epochSeconds: range.upperBound).iso8601)",
                                  fix: "write e.g. 2026-11-23T09:00:00Z")
                }
            }
        }
        if let m = f["multiParty"].flatMap(reader.bool) { config.multiParty = m }
        if let s = f["seed"], let text = reader.text(s) {
            if let seed = UInt64(text) {
                config.seed = seed
            } else {
                reader.report(s, "seed \"\(Value.shortened(text))\" is not a whole number from 0 to \(UInt64.max)")
            }
        }
    }

    private func readStatuses(_ v: Value) {
        guard let items = reader.list(v) else {
            catalog.unreadable.insert(.status)
            return
        }
        for item in items {
            guard let name = reader.text(item) else { continue }
            if ReferenceCheck.builtInStatuses.contains(name) {
                reader.report(item, "\(name) is a built-in status", fix: "list only custom statuses such as Break or Lunch")
                continue
            }
            catalog.declare(.status, name, at: item)
            config.customStatuses.append(name)
        }
    }

    // MARK: flows, defaultFlows

    private func readFlow(_ v: Value) -> FlowFileRef? {
        guard let f = reader.fields(v, allowed: ["name", "file", "type"]) else { return nil }
        var type: FlowType?
        if let t = f["type"], let text = reader.text(t) {
            type = FlowType(exportName: text)
            if type == nil {
                reader.report(t, "unknown flow type \"\(Value.shortened(text))\"",
                              fix: NameSuggestion.fix(for: text, among: FlowType.allCases.map(\.rawValue), known: "types"))
            }
        }
        let name = reader.require(f, "name").flatMap(reader.text)
        if let name { catalog.declare(.flow, name, at: v, flowType: type) }
        let file = reader.require(f, "file", hint: "give the path of the flow's JSON export, relative to this file")
            .flatMap(reader.text)
        guard let name, let file else { return nil }
        let path = resolve(file)
        checkOnDisk(file, at: path, kind: "flow", place: f["file"] ?? v)
        return FlowFileRef(name: name, path: path, type: type?.rawValue, line: v.line)
    }

    /// `modules:` entries: a name InvokeFlowModule's FlowModuleId ends with, and the module's exported JSON.
    private func readModule(_ v: Value) -> FlowFileRef? {
        guard let f = reader.fields(v, allowed: ["name", "file"]) else { return nil }
        let name = reader.require(f, "name", hint: "the name InvokeFlowModule's FlowModuleId ends with").flatMap(reader.text)
        let file = reader.require(f, "file", hint: "give the path of the module's JSON export, relative to this file")
            .flatMap(reader.text)
        guard let name, let file else { return nil }
        let path = resolve(file)
        checkOnDisk(file, at: path, kind: "module", place: f["file"] ?? v)
        return FlowFileRef(name: name, path: path, line: v.line, isModule: true)
    }

    /// Reports a flow or module file (`kind`) that is neither embedded nor an ordinary file at `path`.
    private func checkOnDisk(_ file: String, at path: String, kind: String, place: Value) {
        guard embeddedFiles[path] == nil else { return }
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            reader.report(place, "\(kind) file \(Value.shortened(file)) does not exist", fix: "looked for \(Value.shortened(path, to: 200))")
        } else if isFolder.boolValue {
            reader.report(place, "\(kind) file \(Value.shortened(file)) is a folder", fix: "name the \(kind)'s JSON file inside it")
        }
    }

    private func resolve(_ file: String) -> String {
        if file.hasPrefix("/") { return file }
        return URL(fileURLWithPath: baseDirectory).appendingPathComponent(file).standardizedFileURL.path
    }

    private func readDefaultFlows(_ v: Value) {
        let roles: [(key: String, type: FlowType, set: (inout DefaultFlows, String) -> Void)] = [
            ("customerQueue", .customerQueue, { $0.customerQueue = $1 }),
            ("customerHold", .customerHold, { $0.customerHold = $1 }),
            ("customerWhisper", .customerWhisper, { $0.customerWhisper = $1 }),
            ("agentHold", .agentHold, { $0.agentHold = $1 }),
            ("agentWhisper", .agentWhisper, { $0.agentWhisper = $1 }),
            ("outboundWhisper", .outboundWhisper, { $0.outboundWhisper = $1 }),
            ("agentTransfer", .agentTransfer, { $0.agentTransfer = $1 }),
            ("queueTransfer", .queueTransfer, { $0.queueTransfer = $1 }),
        ]
        guard let f = reader.fields(v, allowed: roles.map(\.key)) else { return }
        for role in roles {
            guard let value = f[role.key], let name = reader.text(value) else { continue }
            catalog.refer(to: .flow, name, at: value, flowType: role.type)
            role.set(&config.defaultFlows, name)
        }
    }

    // MARK: prompts, lambdas

    private func readPrompts(_ v: Value) {
        guard let pairs = reader.pairs(v) else { return }
        for (name, _, value) in pairs {
            guard let f = reader.fields(value, allowed: ["text", "duration"]) else { continue }
            let text = reader.require(f, "text", hint: "the line shown while the prompt plays").flatMap(reader.text)
            let duration = f["duration"].map { reader.duration($0, in: ScenarioLimits.promptDuration) } ?? 1000
            if let text, let duration { config.prompts[name] = RecordedPrompt(text: text, duration: duration) }
        }
    }

    private func readLambda(_ v: Value) -> LambdaConfig? {
        guard let f = reader.fields(v, allowed: ["function", "response", "fails"]) else { return nil }
        let function = reader.require(f, "function", hint: "the function name or ARN a flow invokes")
            .flatMap(reader.text)
        var response: [String: String] = [:]
        if let r = f["response"], let pairs = reader.pairs(r) {
            for (key, _, value) in pairs {
                if let text = reader.text(value) { response[key] = text }
            }
        }
        let fails = f["fails"].flatMap(reader.bool) ?? false
        guard let function else { return nil }
        catalog.declare(.lambda, function, at: v)
        return LambdaConfig(function: function, response: response, fails: fails)
    }

    /// `{ name: OrderBot, intents: { CheckOrder: ["where is my order"], Cancel: [cancel] } }`.
    private func readLexBot(_ v: Value) -> LexBotConfig? {
        guard let f = reader.fields(v, allowed: ["name", "intents"]) else { return nil }
        let name = reader.require(f, "name", hint: "the bot name (or alias ARN) flows name").flatMap(reader.text)
        var intents: [LexBotConfig.Intent] = []
        if let i = reader.require(f, "intents", hint: "intent names with sample utterances"), let pairs = reader.pairs(i) {
            for (intent, _, utterances) in pairs {
                if let list = reader.textList(utterances) { intents.append(.init(name: intent, utterances: list)) }
            }
        }
        guard let name else { return nil }
        return LexBotConfig(name: name, intents: intents)
    }
}
