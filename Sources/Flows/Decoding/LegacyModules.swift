import Telephony

/// Maps the legacy console export's modules (docs §3.7) onto flow-language actions, so that one interpreter and
/// one validator serve both formats. Module ids become Identifiers unchanged, and modules keep their order, so
/// `$.modules[i]` in the file is action i.
enum LegacyModules {
    static func action(id: String, type: String, module: JSONValue, line: Int?) -> FlowAction {
        let parameters = (module["parameters"]?.arrayValue ?? []).map(Parameter.init)
        let target = module["target"]?.nonEmptyText
        let branches = module["branches"]?.arrayValue ?? []
        let (actionType, actionParameters) = map(type: type, target: target, parameters: parameters,
                                                 metadata: module["metadata"])
        return FlowAction(
            identifier: id, type: actionType, parameters: actionParameters,
            transitions: transitions(branches, type: type, target: target), line: line)
    }

    /// The legacy block types mapped onto a flow-language action (docs §3.7, the AWS sample flows in legacy form).
    /// Any other type has no equivalent here: it keeps its legacy type, and `check` says what happens to it.
    static let mappedTypes: Set<String> = [
        "PlayPrompt", "PlayAudio", "GetUserInput", "StoreUserInput", "StoreCustomerInput", "SetQueue", "Transfer",
        "TransferToFlow", "CheckAttribute", "SetAttributes", "SetScreenPop", "InvokeExternalResource", "SetEventHook",
        "SetContactFlow", "SetVoice", "Disconnect", "CheckHoursOfOperation", "SetLoggingBehavior",
        "SetRecordingBehavior", "StartMediaStreaming", "StopMediaStreaming", "Loop", "LoopPrompts", "Resume",
        "CheckStaffing", "CheckQueueStatus", "SetCallBackNumber", "SetCallbackNumber", "CreateCallback",
        "UpdateRoutingPriority", "PercentileBranching",
    ]

    // MARK: parameters

    /// One `{name, value, namespace, key, resourceName}` entry.
    struct Parameter {
        var name: String
        var value: JSONValue?
        var namespace: String?
        var key: String?
        var resourceName: String?

        init(_ json: JSONValue) {
            name = json["name"]?.scalarText ?? ""
            value = json["value"]
            namespace = json["namespace"]?.nonEmptyText
            key = json["key"]?.nonEmptyText
            resourceName = json["resourceName"]?.nonEmptyText
        }

        /// With a namespace the value is the name of an attribute to read, which the flow language writes as a
        /// JSONPath reference; without one it is the literal value.
        var reference: JSONValue? {
            if let namespace, let name = value?.nonEmptyText { return .string(LegacyModules.path(namespace, name)) }
            return value.flatMap { $0.isNull ? nil : $0 }
        }

        /// Queues, flows, prompts and hours are exported as an ARN in `value` with the console's name in
        /// `resourceName`; the ARN is what the module meant, the name is all that is left when the ARN is blank.
        var resource: JSONValue? {
            if namespace != nil { return reference }
            if let text = value?.nonEmptyText { return .string(text) }
            return resourceName.map(JSONValue.string)
        }
    }

    /// The System namespace's keys as the console names them (docs §3.7), with the flow language's paths.
    private static let systemPaths: [String: String] = [
        "Stored customer input": "$.StoredCustomerInput",
        "Customer Number": "$.CustomerEndpoint.Address",
        "Dialed Number": "$.SystemEndpoint.Address",
        "Queue name": "$.Queue.Name", "Queue.Name": "$.Queue.Name",
        "Queue ARN": "$.Queue.ARN",
        "ContactId": "$.ContactId", "Contact id": "$.ContactId",
        "InitialContactId": "$.InitialContactId", "Initial contact id": "$.InitialContactId",
        "InitiationMethod": "$.InitiationMethod", "Initiation method": "$.InitiationMethod",
        "Channel": "$.Channel",
    ]

    /// The flow language's JSONPath for a legacy namespace and key (docs §3.7 namespaces).
    static func path(_ namespace: String, _ key: String) -> String {
        switch namespace {
        case "External": return "$.External.\(key)"
        case "User Defined": return "$.Attributes.\(key)"
        case "Lex.Slots": return "$.Lex.Slots.\(key)"
        case "Lex.Attributes": return "$.Lex.SessionAttributes.\(key)"
        case "System":
            return systemPaths[key] ?? "$.\(key.filter { $0 != " " })"
        default: return "$.\(namespace).\(key)"
        }
    }

    private static func map(type: String, target: String?, parameters: [Parameter],
                            metadata: JSONValue?) -> (String, JSONValue) {
        func first(_ name: String) -> Parameter? { parameters.first { $0.name == name } }
        func text(_ name: String) -> String? { first(name)?.value?.nonEmptyText }
        func pairs(_ entries: [(String, JSONValue?)]) -> JSONValue {
            .object(entries.compactMap { key, value in value.map { (key, $0) } })
        }
        /// Optional sub-objects are left out rather than written empty, as the console does.
        func optionalPairs(_ entries: [(String, JSONValue?)]) -> JSONValue? {
            entries.contains { $0.1 != nil } ? pairs(entries) : nil
        }

        switch type {
        case "PlayPrompt", "PlayAudio":
            return ("MessageParticipant", pairs(prompt(parameters)))
        case "GetUserInput" where target == "Lex":
            let bot = pairs([("Name", first("BotName")?.reference), ("Alias", first("BotAlias")?.reference),
                             ("Region", first("BotRegion")?.reference)])
            return ("ConnectParticipantWithLexBot", pairs(prompt(parameters) + [("LexBot", bot)]))
        case "GetUserInput":
            return ("GetParticipantInput", pairs(prompt(parameters) + [
                ("InputTimeLimitSeconds", first("Timeout")?.reference), ("StoreInput", .string("False")),
            ]))
        case "StoreUserInput", "StoreCustomerInput":
            let validation: JSONValue
            if text("CustomerInputType") == "PhoneNumber" {
                validation = pairs([("PhoneNumberValidation", pairs([
                    ("NumberFormat", first("PhoneNumberFormat")?.reference), ("CountryCode", first("CountryCode")?.reference),
                ]))])
            } else {
                validation = pairs([("CustomValidation", pairs([("MaximumLength", first("MaxDigits")?.reference)]))])
            }
            let dtmf = optionalPairs([("InputTerminationSequence", first("TerminatorDigits")?.reference),
                                      ("DisableCancelKey", first("DisableCancel")?.reference)])
            return ("GetParticipantInput", pairs(prompt(parameters) + [
                ("InputTimeLimitSeconds", first("Timeout")?.reference), ("StoreInput", .string("True")),
                ("InputValidation", validation), ("DTMFConfiguration", dtmf),
            ]))
        case "SetQueue":
            return ("UpdateContactTargetQueue", pairs([("QueueId", first("Queue")?.resource),
                                                        ("AgentId", first("Agent")?.resource)]))
        case "Transfer" where target == "Queue":
            return ("TransferContactToQueue", .emptyObject)
        case "Transfer" where target == "Flow", "TransferToFlow":
            return ("TransferToFlow", pairs([("ContactFlowId", first("ContactFlowId")?.resource)]))
        case "Transfer" where target == "PhoneNumber":
            // A blind transfer ends the flow once the call connects, which ContinueFlowExecution "False" says.
            let blind = first("BlindTransfer")?.value?.boolValue ?? false
            return ("TransferParticipantToThirdParty", pairs([
                ("ThirdPartyPhoneNumber", first("PhoneNumber")?.reference),
                ("ThirdPartyConnectionTimeLimitSeconds", first("Timeout")?.reference),
                ("ContinueFlowExecution", .string(blind ? "False" : "True")),
                ("CallerId", optionalPairs([("Number", first("CallerIdNumber")?.reference),
                                            ("Name", first("CallerIdName")?.reference)])),
            ]))
        case "CheckAttribute":
            let namespace = text("Namespace") ?? "User Defined"
            let attribute = text("Attribute") ?? ""
            return ("Compare", pairs([("ComparisonValue", .string(path(namespace, attribute)))]))
        case "SetAttributes", "SetScreenPop":
            var attributes: [(String, JSONValue)] = []
            for p in parameters {
                if let key = p.key, let value = p.reference { attributes.append((key, value)) }
            }
            if attributes.isEmpty, let key = text("key"), let value = first("value")?.reference {
                attributes.append((key, value))
            }
            return ("UpdateContactAttributes", pairs([("Attributes", .object(attributes))]))
        case "InvokeExternalResource":
            var attributes: [(String, JSONValue)] = []
            for p in parameters where p.name == "Parameter" {
                if let key = p.key, let value = p.reference { attributes.append((key, value)) }
            }
            return ("InvokeLambdaFunction", pairs([
                ("LambdaFunctionARN", first("FunctionArn")?.reference),
                ("InvocationTimeLimitSeconds", first("TimeLimit")?.reference),
                ("LambdaInvocationAttributes", .object(attributes)),
            ]))
        case "SetEventHook", "SetContactFlow":
            // SetContactFlow is the older export of Set customer queue / hold / whisper flow: the same Type and flow.
            let hook = text("Type") ?? ""
            return ("UpdateContactEventHooks", pairs([
                ("EventHooks", pairs([(hook, first("ContactFlowId")?.resource ?? .string(""))])),
            ]))
        case "SetVoice":
            return ("UpdateContactTextToSpeechVoice", pairs([("TextToSpeechVoice", first("GlobalVoice")?.reference)]))
        case "Disconnect":
            return ("DisconnectParticipant", .emptyObject)
        case "CheckHoursOfOperation":
            return ("CheckHoursOfOperation", pairs([("HoursOfOperationId", first("Hours")?.resource)]))
        case "SetLoggingBehavior":
            let enabled = text("LoggingBehavior").map { $0.lowercased().hasPrefix("enable") } ?? true
            return ("UpdateFlowLoggingBehavior", pairs([("FlowLoggingBehavior", .string(enabled ? "Enabled" : "Disabled"))]))
        case "SetRecordingBehavior":
            return ("UpdateContactRecordingBehavior", pairs([
                ("RecordingBehavior", pairs([("RecordedParticipants", .array(recorded(parameters)))])),
            ]))
        case "StartMediaStreaming":
            let directions = parameters.filter { $0.name == "Track" }.compactMap { track -> JSONValue? in
                switch track.value?.scalarText {
                case "FromCustomer": return .string("From")
                case "ToCustomer": return .string("To")
                default: return nil
                }
            }
            return ("UpdateContactMediaStreamingBehavior", pairs([
                ("MediaStreamingState", .string("Enabled")),
                ("MediaStreamType", first("MediaStreamTypes")?.reference ?? .string("Audio")),
                ("Participants", .array([pairs([("ParticipantType", .string("Customer")),
                                                ("MediaDirections", .array(directions))])])),
            ]))
        case "StopMediaStreaming":
            return ("UpdateContactMediaStreamingBehavior", pairs([("MediaStreamingState", .string("Disabled"))]))
        case "Loop":
            return ("Loop", pairs([("LoopCount", first("LoopCount")?.reference)]))
        case "LoopPrompts":
            // Loop prompts: every Text or AudioPrompt in order; InterruptSeconds in the unit the console showed.
            var messages: [JSONValue] = []
            let ssmlType = text("TextToSpeechType")?.lowercased() == "ssml"
            for p in parameters {
                switch p.name {
                case "Text":
                    guard let value = p.reference else { continue }
                    let ssml = p.key?.lowercased() == "ssml" || ssmlType || (value.scalarText ?? "").hasPrefix("<speak>")
                    messages.append(pairs([(ssml ? "SSML" : "Text", value)]))
                case "AudioPrompt":
                    if let prompt = p.resource { messages.append(pairs([("PromptId", prompt)])) }
                default: continue
                }
            }
            let minutes = metadata?["timeoutUnit"]?["value"]?.scalarText?.lowercased().hasPrefix("min") == true
            return ("MessageParticipantIteratively", pairs([
                ("Messages", .array(messages)),
                ("InterruptFrequencySeconds", first("InterruptSeconds")?.reference.map { scaled($0, by: minutes ? 60 : 1) }),
            ]))
        case "Resume":
            return ("EndFlowExecution", .emptyObject)
        case "CheckStaffing":
            // Check staffing's Status (Available, Staffed or Online); the queue is the working queue unless named.
            let status = parameters.compactMap { $0.value?.scalarText?.lowercased() }
                .first { ["available", "staffed", "online"].contains($0) } ?? "staffed"
            let metric = ["available": "NumberOfAgentsAvailable", "online": "NumberOfAgentsOnline"][status] ?? "NumberOfAgentsStaffed"
            return ("CheckMetricData", pairs([("MetricType", .string(metric)), ("QueueId", first("Queue")?.resource)]))
        case "CheckQueueStatus":
            return ("CheckMetricData", pairs([("MetricType", .string(queueStatusMetric(metadata: metadata) ?? "NumberOfContactsInQueue")),
                                               ("QueueId", first("Queue")?.resource)]))
        case "SetCallBackNumber", "SetCallbackNumber":
            return ("UpdateContactCallbackNumber", pairs([("CallbackNumber", (first("CallBackNumber") ?? first("CallbackNumber"))?.reference)]))
        case "CreateCallback":
            // The console asks for retries; the flow language counts attempts: one more (docs §3.2 Transfer to queue).
            return ("CreateCallbackContact", pairs([
                ("InitialCallDelaySeconds", first("InitialDelaySeconds")?.reference),
                ("RetryDelaySeconds", first("RetryDelaySeconds")?.reference),
                ("MaximumConnectionAttempts", first("MaxRetryAttempts")?.reference.map { offset($0, by: 1) }),
                ("QueueId", first("Queue")?.resource),
            ]))
        case "UpdateRoutingPriority":
            // Set priority, or adjust routing age; in the AWS sample a positive TimeOffset moves the caller behind
            // the others ("press 2 to move behind existing contacts"), which the flow language writes as negative.
            let minutes = metadata?["adjustUnit"]?.scalarText?.lowercased().hasPrefix("min") == true
            return ("UpdateContactRoutingBehavior", pairs([
                ("QueuePriority", first("AbsolutePosition")?.reference),
                ("QueueTimeAdjustmentSeconds", first("TimeOffset")?.reference.map { scaled($0, by: minutes ? -60 : -1) }),
            ]))
        case "PercentileBranching":
            return ("DistributeByPercentage", .emptyObject)
        default:
            // Unmapped modules keep their legacy type so that the validator names them as unknown, and their
            // parameters by name so that nothing the user wrote is lost.
            return (type, pairs(parameters.map { ($0.name, $0.reference) }))
        }
    }

    /// A number parameter times a factor; text that is not a number is kept, for the validator to report.
    private static func scaled(_ value: JSONValue, by factor: Double) -> JSONValue {
        guard let n = value.numberFromJSON ?? value.scalarText.flatMap({ Double($0) }), n.isFinite else { return value }
        return .string(NumericParameter.format(n * factor))
    }

    private static func offset(_ value: JSONValue, by amount: Double) -> JSONValue {
        guard let n = value.numberFromJSON ?? value.scalarText.flatMap({ Double($0) }), n.isFinite else { return value }
        return .string(NumericParameter.format(n + amount))
    }

    /// Check queue status tests "Time in Queue" (the oldest contact's wait) or "Queue capacity" (contacts in queue).
    private static func queueStatusMetric(metadata: JSONValue?) -> String? {
        let attribute = metadata?["conditionMetadata"]?.arrayValue?.first?["attribute"]?["value"]?.scalarText?.lowercased()
        switch attribute {
        case "time in queue"?: return "OldestContactInQueueAgeSeconds"
        case "queue capacity"?: return "NumberOfContactsInQueue"
        default: return nil
        }
    }

    /// The prompt of PlayPrompt, GetUserInput and StoreUserInput: an audio prompt, or text that is SSML when the
    /// module's TextToSpeechType says so.
    private static func prompt(_ parameters: [Parameter]) -> [(String, JSONValue?)] {
        if let audio = parameters.first(where: { $0.name == "AudioPrompt" }) { return [("PromptId", audio.resource)] }
        guard let text = parameters.first(where: { $0.name == "Text" }) else { return [] }
        let ssml = parameters.first { $0.name == "TextToSpeechType" }?.value?.scalarText?.lowercased() == "ssml"
        return [(ssml ? "SSML" : "Text", text.reference)]
    }

    private static func recorded(_ parameters: [Parameter]) -> [JSONValue] {
        let option = parameters.first { $0.name == "RecordingBehaviorOption" }?.value?.scalarText?.lowercased()
        if let option, option.hasPrefix("disable") { return [] }
        switch parameters.first(where: { $0.name == "RecordingParticipantOption" })?.value?.scalarText?.lowercased() {
        case "agent": return [.string("Agent")]
        case "customer": return [.string("Customer")]
        default: return [.string("Agent"), .string("Customer")]
        }
    }

    // MARK: branches

    /// What a legacy Timeout branch is called in the flow language, by block.
    private static func timeoutError(type: String, target: String?) -> FlowError {
        switch (type, target) {
        case ("Transfer", "PhoneNumber"): return .connectionTimeLimitExceeded
        default: return .inputTimeLimitExceeded
        }
    }

    private static func transitions(_ branches: [JSONValue], type: String, target: String?) -> FlowTransitions {
        var t = FlowTransitions()
        var percentSoFar = 0.0
        for branch in branches {
            guard let condition = branch["condition"]?.nonEmptyText, let next = branch["transition"]?.nonEmptyText
            else { continue }
            func error(_ type: FlowError) { error(named: type.rawValue) }
            func error(named type: String) { t.errors.append(FlowErrorTransition(errorType: type, nextAction: next)) }
            func equals(_ value: String) {
                t.conditions.append(FlowCondition(nextAction: next, operatorName: "Equals", operands: [value]))
            }
            func compare(_ op: String, _ value: String) {
                t.conditions.append(FlowCondition(nextAction: next, operatorName: op, operands: [value]))
            }
            switch (type, condition) {
            case (_, "Success"): t.nextAction = next
            case (_, "Error"): error(.noMatchingError)
            case (_, "NoMatch"): error(.noMatchingCondition)
            case ("LoopPrompts", "Timeout"): equals("MessagesInterrupted")
            case (_, "Timeout"): error(timeoutError(type: type, target: target))
            case (_, "AtCapacity"): error(.queueAtCapacity)
            case ("CheckStaffing", "True"): compare("NumberGreaterThan", "0")
            case ("CheckStaffing", "False"): error(.noMatchingCondition)
            case (_, "True"), (_, "False"): equals(condition)
            case (_, "Looping"): equals("ContinueLooping")
            case (_, "Complete"): equals("DoneLooping")
            case ("PercentileBranching", "Evaluate"):
                // Each branch takes its share of 1…100 in order: "less than" the running total plus one.
                guard let share = branch["conditionValue"]?.scalarText.flatMap({ Double($0) }), share.isFinite else { continue }
                percentSoFar += share
                compare("NumberLessThan", NumericParameter.format(min(percentSoFar, 100) + 1))
            case ("CheckQueueStatus", "CheckQueueTime"):
                // The console wrote the time in milliseconds; the metric is in seconds.
                let ms = branch["conditionValue"]?.scalarText.flatMap { Double($0) } ?? 0
                compare(operatorName(branch["conditionType"]?.nonEmptyText ?? "Equals"),
                        NumericParameter.format(ms.isFinite ? ms / 1000 : 0))
            case ("CheckQueueStatus", "CheckQueueCapacity"):
                compare(operatorName(branch["conditionType"]?.nonEmptyText ?? "Equals"), branch["conditionValue"]?.scalarText ?? "")
            case ("SetCallBackNumber", "InvalidPhoneNumber"), ("SetCallbackNumber", "InvalidPhoneNumber"):
                error(.invalidCallbackNumber)
            case ("SetCallBackNumber", "NonDialableNumber"), ("SetCallbackNumber", "NonDialableNumber"):
                error(.callbackNumberNotDialable)
            case (_, "Evaluate"):
                let op = operatorName(branch["conditionType"]?.nonEmptyText ?? "Equals")
                t.conditions.append(FlowCondition(
                    nextAction: next, operatorName: op, operands: [branch["conditionValue"]?.scalarText ?? ""]))
            default:
                // Named outcomes such as CallFailed already carry their flow-language error name.
                error(named: condition)
            }
        }
        return t
    }

    private static func operatorName(_ legacy: String) -> String {
        switch legacy {
        case "GreaterThan": return "NumberGreaterThan"
        case "GreaterThanOrEqualTo": return "NumberGreaterOrEqualTo"
        case "LessThan": return "NumberLessThan"
        case "LessThanOrEqualTo": return "NumberLessOrEqualTo"
        case "Contains": return "TextContains"
        case "StartsWith": return "TextStartsWith"
        case "EndsWith": return "TextEndsWith"
        default: return legacy
        }
    }
}
