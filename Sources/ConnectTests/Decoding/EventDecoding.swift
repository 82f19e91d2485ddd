import Flows

extension TestCaseDecoder {
    static let eventTypes = ["TestInitiated", "TestCompleted", "MessageReceived", "FlowActionStarted", "FlowActionCompleted"]

    /// An observation's `Event` (§2.3).
    mutating func decodeEvent(_ event: JSONValue, at path: String) -> Event? {
        reader.unknownMembers(of: event, at: path, known: ["Identifier", "Type", "Actor", "Properties", "MatchingCriteria"])
        let identifier = reader.string(event["Identifier"], at: "\(path).Identifier", required: false)
        if let actor = reader.string(event["Actor"], at: "\(path).Actor", required: false), actor != "System" {
            reader.error("\(path).Actor", "an event's Actor is \"\(actor)\"; Amazon Connect documents only System events",
                         fix: "write \"Actor\": \"System\"")
        }
        guard let type = reader.choice(event["Type"], at: "\(path).Type", allowed: Self.eventTypes) else { return nil }
        let propertiesPath = "\(path).Properties"
        var properties = JSONValue.object([:], order: [])
        if let written = event["Properties"], !written.isNull {
            guard let object = reader.object(written, at: propertiesPath, what: "Properties") else { return nil }
            properties = object
        }
        switch type {
        case "TestInitiated", "TestCompleted":
            reader.unknownMembers(of: properties, at: propertiesPath, known: [])
            if event["MatchingCriteria"] != nil {
                reader.warning("\(path).MatchingCriteria", "MatchingCriteria applies to MessageReceived only", fix: "remove it")
            }
            return Event(identifier: identifier, kind: type == "TestInitiated" ? .testInitiated : .testCompleted)
        case "MessageReceived":
            return decodeMessage(properties, at: propertiesPath, eventCriteria: event["MatchingCriteria"], eventPath: "\(path).MatchingCriteria")
                .map { Event(identifier: identifier, kind: .messageReceived($0)) }
        case "FlowActionStarted":
            return decodeObservedAction(properties, at: propertiesPath, allowed: FlowActionTarget.startedTypes)
                .map { Event(identifier: identifier, kind: .flowActionStarted($0)) }
        default:
            return decodeObservedAction(properties, at: propertiesPath, allowed: FlowActionTarget.completedTypes)
                .map { Event(identifier: identifier, kind: .flowActionCompleted($0)) }
        }
    }

    /// `MessageReceived` properties. `MatchingCriteria` may be `{ "Type": … }` inside Properties (event page)
    /// or a bare string on the Event (AWS example); both are read, and they must agree when both are written.
    private mutating func decodeMessage(_ properties: JSONValue, at path: String, eventCriteria: JSONValue?, eventPath: String) -> MessageMatch? {
        reader.unknownMembers(of: properties, at: path, known: ["PromptId", "Text", "SSML", "Media", "MatchingCriteria"])
        var expected: [(String, MessageMatch.Expected)] = []
        if let id = reader.string(properties["PromptId"], at: "\(path).PromptId", required: false) { expected.append(("PromptId", .promptId(id))) }
        if let text = reader.string(properties["Text"], at: "\(path).Text", required: false) { expected.append(("Text", .text(text))) }
        if let ssml = reader.string(properties["SSML"], at: "\(path).SSML", required: false) { expected.append(("SSML", .ssml(ssml))) }
        if expected.count > 1 {
            reader.error(path, "\(expected.map(\.0).joined(separator: " and ")) exclude each other in a MessageReceived event",
                         fix: "keep only one of PromptId, Text and SSML")
            return nil
        }
        var media: MessageMatch.Media?
        if let written = properties["Media"], !written.isNull {
            guard let m = reader.object(written, at: "\(path).Media", what: "Media") else { return nil }
            reader.unknownMembers(of: m, at: "\(path).Media", known: ["Uri", "SourceType", "MediaType"])
            guard let uri = reader.string(m["Uri"], at: "\(path).Media.Uri", required: true) else { return nil }
            var sourceType = "S3"
            if m["SourceType"] != nil {
                guard let written = reader.choice(m["SourceType"], at: "\(path).Media.SourceType", allowed: ["S3"]) else { return nil }
                sourceType = written
            }
            let mediaType = reader.string(m["MediaType"], at: "\(path).Media.MediaType", required: false)
            if let mediaType, !mediaType.hasPrefix("audio/") {
                reader.error("\(path).Media.MediaType", "MediaType \"\(mediaType)\" is not audio; only audio media is documented",
                             fix: "use an audio type such as audio/mpeg or audio/wav")
                return nil
            }
            media = MessageMatch.Media(uri: uri, sourceType: sourceType, mediaType: mediaType)
        }
        let inner = criteria(properties["MatchingCriteria"], at: "\(path).MatchingCriteria")
        let outer = criteria(eventCriteria, at: eventPath)
        if case .some(let a?) = inner, case .some(let b?) = outer, a != b {
            reader.error(eventPath, "MatchingCriteria is written twice and disagrees (\(b.rawValue) on the Event, \(a.rawValue) in Properties)",
                         fix: "keep one of them")
            return nil
        }
        guard let i = inner, let o = outer else { return nil }
        return MessageMatch(expected: expected.first?.1, media: media, criteria: i ?? o)
    }

    /// nil on a problem; `.some(nil)` when not written.
    private mutating func criteria(_ value: JSONValue?, at path: String) -> MessageMatch.Criteria?? {
        guard let value, !value.isNull else { return .some(nil) }
        let allowed = MessageMatch.Criteria.allCases.map(\.rawValue)
        if value.stringValue != nil {
            guard let type = reader.choice(value, at: path, allowed: allowed) else { return nil }
            return .some(MessageMatch.Criteria(rawValue: type))
        }
        guard let object = reader.object(value, at: path, what: "MatchingCriteria") else { return nil }
        reader.unknownMembers(of: object, at: path, known: ["Type"])
        guard let type = reader.choice(object["Type"], at: "\(path).Type", allowed: allowed) else { return nil }
        return .some(MessageMatch.Criteria(rawValue: type))
    }

    /// `ActionType` + `ActionParameters` of a FlowActionStarted/Completed event.
    private mutating func decodeObservedAction(_ properties: JSONValue, at path: String, allowed: [String]) -> FlowActionTarget? {
        reader.unknownMembers(of: properties, at: path, known: ["ActionType", "ActionParameters"])
        guard let actionType = reader.choice(properties["ActionType"], at: "\(path).ActionType", allowed: allowed) else { return nil }
        let target = decodeTarget(actionType, properties["ActionParameters"], at: "\(path).ActionParameters")
        if let target {
            checkResource(target.resource, actionType: actionType, at: "\(path).ActionParameters", what: "this observation (it can never match)", severity: .warning)
        }
        return target
    }

    /// The resource key of each action type (§2.3, §2.4 tables).
    mutating func decodeTarget(_ actionType: String, _ value: JSONValue?, at path: String) -> FlowActionTarget? {
        guard let parameters = reader.object(value, at: path, what: "ActionParameters") else { return nil }
        switch actionType {
        case "InvokeLambdaFunction":
            reader.unknownMembers(of: parameters, at: path, known: ["LambdaFunctionARN"])
            return reader.string(parameters["LambdaFunctionARN"], at: "\(path).LambdaFunctionARN", required: true)
                .map { .invokeLambdaFunction(lambdaFunctionARN: $0) }
        case "CheckHoursOfOperation":
            reader.unknownMembers(of: parameters, at: path, known: ["HoursOfOperationId"])
            return reader.string(parameters["HoursOfOperationId"], at: "\(path).HoursOfOperationId", required: true)
                .map { .checkHoursOfOperation(hoursOfOperationId: $0) }
        case "TransferContactToQueue":
            reader.unknownMembers(of: parameters, at: path, known: ["QueueId", "AgentId"])
            let agent = reader.string(parameters["AgentId"], at: "\(path).AgentId", required: false)
            return reader.string(parameters["QueueId"], at: "\(path).QueueId", required: true)
                .map { .transferContactToQueue(queueId: $0, agentId: agent) }
        case "DequeueAndTransferToQueue":
            reader.unknownMembers(of: parameters, at: path, known: ["QueueId"])
            return reader.string(parameters["QueueId"], at: "\(path).QueueId", required: true)
                .map { .dequeueAndTransferToQueue(queueId: $0) }
        case "ConnectParticipantWithLexBot":
            reader.unknownMembers(of: parameters, at: path, known: ["LexV2Bot"])
            guard let bot = reader.object(parameters["LexV2Bot"], at: "\(path).LexV2Bot", what: "LexV2Bot") else { return nil }
            reader.unknownMembers(of: bot, at: "\(path).LexV2Bot", known: ["AliasArn"])
            return reader.string(bot["AliasArn"], at: "\(path).LexV2Bot.AliasArn", required: true)
                .map { .connectParticipantWithLexBot(aliasArn: $0) }
        default:
            reader.unknownMembers(of: parameters, at: path, known: ["AgentConfiguration"])
            let p = "\(path).AgentConfiguration"
            guard let configuration = reader.object(parameters["AgentConfiguration"], at: p, what: "AgentConfiguration") else { return nil }
            reader.unknownMembers(of: configuration, at: p, known: ["WorkspaceId", "ApplicationId", "Alias"])
            return .connectParticipantWithAgenticCX(
                workspaceId: reader.string(configuration["WorkspaceId"], at: "\(p).WorkspaceId", required: false),
                applicationId: reader.string(configuration["ApplicationId"], at: "\(p).ApplicationId", required: false),
                alias: reader.string(configuration["Alias"], at: "\(p).Alias", required: false))
        }
    }
}
