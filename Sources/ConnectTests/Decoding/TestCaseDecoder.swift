import Flows

/// Turns a parsed test-case file into a `TestCase`, recording a problem for each rule broken
/// (docs/connect-testing-language.md §2 and §3). Lenient where the AWS pages disagree (§4 "Doc
/// inconsistencies to tolerate"), strict where a value could only be a mistake.
struct TestCaseDecoder {
    var reader: JSONReader
    /// When set, flow actions that overrides and observations name are looked up in the scenario.
    var resources: ScenarioResources?

    static let versions = ["2025-06-21", "2019-10-30"]
    static let apiMembers = ["Name", "Description", "Content", "EntryPoint", "InitializationData", "Status", "Tags",
                             "InstanceId", "TestCaseId", "Id", "Arn", "TestCaseArn", "LastModifiedTime",
                             "LastModifiedRegion", "TestCaseSha256", "ClientToken"]

    mutating func decodeFile() -> TestCase? {
        let root = reader.document.root
        guard let top = reader.object(root, at: "$", what: "a test-case file") else { return nil }
        if let wrapped = top["TestCase"] {
            guard let testCase = reader.object(wrapped, at: "$.TestCase", what: "TestCase") else { return nil }
            return decodeAPI(testCase, at: "$.TestCase")
        }
        if top["Content"] != nil && top["Observations"] == nil { return decodeAPI(top, at: "$") }
        return decodeContent(top, at: "$", api: nil)
    }

    /// CreateTestCase request / DescribeTestCase `TestCase`: API fields around a `Content` string.
    private mutating func decodeAPI(_ object: JSONValue, at path: String) -> TestCase? {
        reader.unknownMembers(of: object, at: path, known: Self.apiMembers)
        var api = APIFields()
        api.id = reader.string(object["Id"] ?? object["TestCaseId"], at: "\(path).\(object["Id"] != nil ? "Id" : "TestCaseId")", required: false)
        api.arn = reader.string(object["Arn"] ?? object["TestCaseArn"], at: "\(path).Arn", required: false)
        api.name = reader.string(object["Name"], at: "\(path).Name", required: false)
        api.description = reader.string(object["Description"], at: "\(path).Description", required: false, allowEmpty: true)
        if let status = reader.choice(object["Status"], at: "\(path).Status", allowed: APIFields.Status.allCases.map(\.rawValue), required: false) {
            api.status = APIFields.Status(rawValue: status)
        }
        if let data = object["InitializationData"], !data.isNull {
            if data.isObject {
                reader.error("\(path).InitializationData", "InitializationData must be a string holding JSON, found an object",
                             fix: "serialize the object into a string, as the API takes it")
            } else {
                api.initializationData = reader.string(data, at: "\(path).InitializationData", required: false, allowEmpty: true)
                api.initialData = api.initializationData.flatMap { initialData($0, at: "\(path).InitializationData") }
            }
        }
        if let entry = object["EntryPoint"], !entry.isNull {
            api.entryPoint = decodeEntryPoint(entry, at: "\(path).EntryPoint")
        }

        let contentPath = "\(path).Content"
        guard let contentValue = object["Content"] else {
            reader.error(contentPath, "Content is missing", fix: "add Content: the Testing-language JSON of the test case, as a string")
            return nil
        }
        guard let text = contentValue.stringValue else {
            reader.error(contentPath, "Content must be a string holding the test case's JSON, found \(contentValue.kindDescription)",
                         fix: "serialize the test case into a string (the API's Content is text), or save the bare test case as its own file")
            return nil
        }
        let contentLine = reader.document.line(of: contentPath)
        let inner: JSONText.Document
        do {
            inner = try JSONText.Document(bytes: Array(text.utf8), depth: 16)
        } catch {
            reader.absorb([Problem(file: reader.file, line: contentLine, location: contentPath,
                                   message: "malformed JSON inside the Content string at its line \(error.line), column \(error.column): \(error.message)",
                                   fix: "fix the JSON inside the Content string")])
            return nil
        }
        var nested = TestCaseDecoder(reader: JSONReader(file: reader.file, document: inner, content: (contentPath, contentLine)), resources: resources)
        let testCase = nested.reader.object(inner.root, at: "$", what: "the Content").flatMap { nested.decodeContent($0, at: "$", api: api) }
        reader.absorb(nested.reader.problems)
        return testCase
    }

    private mutating func decodeEntryPoint(_ value: JSONValue, at path: String) -> EntryPoint? {
        guard let entry = reader.object(value, at: path, what: "EntryPoint") else { return nil }
        reader.unknownMembers(of: entry, at: path, known: ["Type", "VoiceCallEntryPointParameters", "ChatEntryPointParameters"])
        switch reader.choice(entry["Type"], at: "\(path).Type", allowed: ["VOICE_CALL", "CHAT"]) {
        case "VOICE_CALL":
            let p = "\(path).VoiceCallEntryPointParameters"
            guard let parameters = entry["VoiceCallEntryPointParameters"], !parameters.isNull else {
                return .voiceCall(sourcePhoneNumber: nil, destinationPhoneNumber: nil, flowId: nil)
            }
            guard let voice = reader.object(parameters, at: p, what: "VoiceCallEntryPointParameters") else { return nil }
            reader.unknownMembers(of: voice, at: p, known: ["SourcePhoneNumber", "DestinationPhoneNumber", "FlowId"])
            return .voiceCall(sourcePhoneNumber: phoneNumber(voice["SourcePhoneNumber"], at: "\(p).SourcePhoneNumber"),
                              destinationPhoneNumber: phoneNumber(voice["DestinationPhoneNumber"], at: "\(p).DestinationPhoneNumber"),
                              flowId: flowId(voice["FlowId"], at: "\(p).FlowId"))
        case "CHAT":
            let p = "\(path).ChatEntryPointParameters"
            guard let parameters = entry["ChatEntryPointParameters"], !parameters.isNull else { return .chat(flowId: nil) }
            guard let chat = reader.object(parameters, at: p, what: "ChatEntryPointParameters") else { return nil }
            reader.unknownMembers(of: chat, at: p, known: ["FlowId"])
            return .chat(flowId: flowId(chat["FlowId"], at: "\(p).FlowId"))
        default:
            return nil
        }
    }

    /// `InitializationData` as contact data (`InitialContactData` has the shapes read); nil with a problem when
    /// the string is not a JSON object of scalars.
    private mutating func initialData(_ text: String, at path: String) -> InitialContactData? {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let root = try? JSONText.Document(bytes: Array(text.utf8), depth: 8).root, root.isObject else {
            reader.error(path, "InitializationData must hold a JSON object of contact data",
                         fix: #"write {"Attributes": {"name": "value"}} as a string"#)
            return nil
        }
        let structured = ["Attributes", "SegmentAttributes"].contains { root[$0]?.isObject == true }
        guard structured else { return scalars(root, at: path, what: "attribute").map { InitialContactData(attributes: $0) } }
        reader.unknownMembers(of: root, at: path, known: ["Attributes", "SegmentAttributes"])
        var data = InitialContactData()
        if let attributes = root["Attributes"] { data.attributes = scalars(attributes, at: "\(path).Attributes", what: "attribute") ?? [:] }
        if let segment = root["SegmentAttributes"] {
            // The API writes a segment attribute's value as {"ValueString": …}.
            var unwrapped: [String: String] = [:]
            for (key, value) in segment.orderedMembers ?? [] {
                if let text = value["ValueString"]?.scalarText ?? value.scalarText { unwrapped[key] = text } else {
                    reader.error("\(path).SegmentAttributes.\(key)", "segment attribute \(key) must be a scalar or {\"ValueString\": …}",
                                 fix: "give one text value")
                }
            }
            data.segmentAttributes = unwrapped
        }
        return data
    }

    private mutating func scalars(_ object: JSONValue, at path: String, what: String) -> [String: String]? {
        guard let members = object.orderedMembers else {
            reader.error(path, "expected a JSON object of \(what) names and values, found \(object.kindDescription)", fix: "write {\"name\": \"value\"}")
            return nil
        }
        var out: [String: String] = [:]
        for (key, value) in members {
            guard let text = value.scalarText else {
                reader.error("\(path).\(key)", "\(what) \(key) must be a text or number value, found \(value.kindDescription)",
                             fix: "contact attributes are text: give one value")
                continue
            }
            out[key] = text
        }
        return out
    }

    /// E.164 as the API's pattern `\+[1-9]\d{1,14}` requires.
    private mutating func phoneNumber(_ value: JSONValue?, at path: String) -> String? {
        guard let number = reader.string(value, at: path, required: false) else { return nil }
        let digits = number.dropFirst()
        guard number.hasPrefix("+"), (2...15).contains(digits.count), digits.first != "0",
              digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            reader.error(path, "\"\(number)\" is not an E.164 phone number", fix: "write + then the country code and number, 2 to 15 digits, e.g. +18005550100")
            return nil
        }
        return number
    }

    private mutating func flowId(_ value: JSONValue?, at path: String) -> String? {
        guard let id = reader.string(value, at: path, required: false) else { return nil }
        if id.count > 500 {
            reader.error(path, "FlowId is \(id.count) characters long; the API allows 500", fix: "give the flow's id or ARN")
            return nil
        }
        return id
    }

    /// The Testing-language content: `Version`, `Metadata`, `Observations` (§2.1), then the graph rules.
    mutating func decodeContent(_ top: JSONValue, at path: String, api: APIFields?) -> TestCase? {
        reader.unknownMembers(of: top, at: path, known: ["Version", "Metadata", "Observations"])
        var version = Self.versions[0]
        if top["Version"] == nil {
            reader.warning("\(path).Version", "Version is missing; read as \(version)", fix: "add \"Version\": \"\(version)\"")
        } else if let written = reader.choice(top["Version"], at: "\(path).Version", allowed: Self.versions) {
            version = written
        }
        let metadata = top["Metadata"]
        if let metadata, !metadata.isObject, !metadata.isNull {
            reader.error("\(path).Metadata", "Metadata must be a JSON object, found \(metadata.kindDescription)", fix: "write {} or remove it")
        }
        let items = reader.array(top["Observations"], at: "\(path).Observations", optional: false)
        if items.isEmpty, top["Observations"]?.arrayValue != nil {
            reader.error("\(path).Observations", "the test case has no observations", fix: "add at least one observation (an event to wait for)")
        }
        var observations: [Observation] = []
        var paths: [String: String] = [:]
        var lines: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let p = "\(path).Observations[\(index)]"
            guard let observation = decodeObservation(item, at: p) else { continue }
            if let first = paths[observation.identifier] {
                reader.error("\(p).Identifier", "observation \"\(observation.identifier)\" is defined twice (first at \(first))",
                             fix: "give each observation its own Identifier")
                continue
            }
            paths[observation.identifier] = p
            lines[observation.identifier] = reader.line(of: "\(p).Identifier")
            observations.append(observation)
        }
        // Identifiers as written, so that an observation refused for its own fault is not reported again
        // by every NextObservations that names it.
        let written = Set(items.compactMap { $0["Identifier"]?.stringValue })
        checkGraph(observations, paths: paths, written: written, complete: observations.count == items.count, at: path)
        var testCase = TestCase(version: version, metadata: metadata.flatMap { $0.isNull ? nil : $0 }, observations: observations, api: api)
        testCase.lines = lines
        return testCase
    }

    /// Every `NextObservations` names an observation; at least one observation starts active (§1 rule 2).
    private mutating func checkGraph(_ observations: [Observation], paths: [String: String], written: Set<String>, complete: Bool, at path: String) {
        let known = observations.map(\.identifier)
        for observation in observations {
            guard let p = paths[observation.identifier] else { continue }
            for (index, next) in observation.nextObservations.enumerated() {
                let nextPath = "\(p).Transitions.NextObservations[\(index)]"
                if next == observation.identifier {
                    reader.error(nextPath, "observation \"\(next)\" names itself as its next observation",
                                 fix: "an observation matches once per activation; use Usage (AtLeast, Always) for repeats")
                } else if paths[next] == nil && !written.contains(next) {
                    reader.error(nextPath, "NextObservations names \"\(next)\", which is not an observation of this test case",
                                 fix: "use one of: \(known.joined(separator: ", "))")
                }
            }
        }
        if !observations.isEmpty && complete {
            let targets = Set(observations.flatMap(\.nextObservations))
            if observations.allSatisfy({ targets.contains($0.identifier) }) {
                reader.error("\(path).Observations", "every observation is named in some NextObservations, so none is active when the run starts",
                             fix: "leave at least one observation (usually the TestInitiated one) out of every NextObservations")
            }
        }
    }

    private mutating func decodeObservation(_ value: JSONValue, at path: String) -> Observation? {
        guard let object = reader.object(value, at: path, what: "an observation") else { return nil }
        reader.unknownMembers(of: object, at: path, known: ["Identifier", "Event", "Actions", "Usage", "Transitions"])
        let identifier = reader.string(object["Identifier"], at: "\(path).Identifier", required: true)
        let event = reader.object(object["Event"], at: "\(path).Event", what: "Event").flatMap { decodeEvent($0, at: "\(path).Event") }
        let actions = decodeActions(reader.array(object["Actions"], at: "\(path).Actions", optional: true), at: "\(path).Actions")
        let usage = decodeUsage(object["Usage"], at: "\(path).Usage")
        var next: [String] = []
        if let transitions = object["Transitions"], !transitions.isNull,
           let t = reader.object(transitions, at: "\(path).Transitions", what: "Transitions") {
            reader.unknownMembers(of: t, at: "\(path).Transitions", known: ["NextObservations"])
            for (index, item) in reader.array(t["NextObservations"], at: "\(path).Transitions.NextObservations", optional: true).enumerated() {
                if let id = reader.string(item, at: "\(path).Transitions.NextObservations[\(index)]", required: true) { next.append(id) }
            }
        }
        guard let identifier, let event, let actions, let usage else { return nil }
        return Observation(identifier: identifier, event: event, actions: actions, usage: usage, nextObservations: next)
    }

    /// `Usage` (§2.2): every documented spelling; `Times` defaults to 1 for EXACTLY as in the AWS example.
    private mutating func decodeUsage(_ value: JSONValue?, at path: String) -> Usage? {
        guard let value, !value.isNull else { return .exactly(1) }
        guard let usage = reader.object(value, at: path, what: "Usage") else { return nil }
        reader.unknownMembers(of: usage, at: path, known: ["Type", "Times"])
        guard let type = reader.choice(usage["Type"], at: "\(path).Type", allowed: ["EXACTLY", "ANY", "Exactly", "AtLeast", "AtMost", "Always"]) else {
            return nil
        }
        let timesPath = "\(path).Times"
        switch type {
        case "ANY", "Always":
            if usage["Times"] != nil {
                reader.warning(timesPath, "Times is ignored for Usage \(type)", fix: "remove Times, or use Exactly, AtLeast or AtMost")
            }
            return type == "ANY" ? .any : .always
        case "AtMost":
            guard let times = requiredTimes(usage, at: timesPath, type: type, minimum: 0) else { return nil }
            return .atMost(times)
        case "AtLeast":
            guard let times = requiredTimes(usage, at: timesPath, type: type, minimum: 1) else { return nil }
            return .atLeast(times)
        default:
            guard usage["Times"] != nil else { return .exactly(1) }
            guard let times = reader.number(usage["Times"], at: timesPath, minimum: 1, integer: true) else { return nil }
            return .exactly(Int(times))
        }
    }

    /// An override (error) or observation (warning: it can never match) of a resource the scenario lacks.
    mutating func checkResource(_ reference: String, actionType: String, at path: String, what: String, severity: Problem.Severity) {
        guard let resources, let missing = resources.missing(reference, actionType: actionType) else { return }
        let known = missing.known.isEmpty ? "it declares none" : "it has: \(missing.known.prefix(12).joined(separator: ", "))\(missing.known.count > 12 ? ", …" : "")"
        let message = "\(what) names \(missing.name), which scenario \(resources.scenario) has no \(missing.key) entry for"
        let fix = "add \(missing.name) under \(missing.key): in the scenario, or name one it has (\(known))"
        if severity == .error { reader.error(path, message, fix: fix) } else { reader.warning(path, message, fix: fix) }
    }

    private mutating func requiredTimes(_ usage: JSONValue, at path: String, type: String, minimum: Double) -> Int? {
        guard usage["Times"] != nil else {
            reader.error(path, "Usage \(type) needs Times", fix: "add \"Times\": a whole number of matches")
            return nil
        }
        return reader.number(usage["Times"], at: path, minimum: minimum, integer: true).map { Int($0) }
    }
}
