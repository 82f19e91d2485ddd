import Flows

extension TestCaseDecoder {
    static let actionTypes = ["SendInstruction", "OverrideSystemBehavior", "Assert", "TestControl"]

    /// An observation's `Actions` (§2.4): identifiers unique, each `NextAction` naming an action of the same
    /// observation. nil when any action has an error.
    mutating func decodeActions(_ items: [JSONValue], at path: String) -> [Action]? {
        var actions: [Action] = []
        var paths: [String: String] = [:]
        var failed = false
        for (index, item) in items.enumerated() {
            let p = "\(path)[\(index)]"
            guard let action = decodeAction(item, at: p) else { failed = true; continue }
            if let first = paths[action.identifier] {
                reader.error("\(p).Identifier", "action \"\(action.identifier)\" is defined twice in this observation (first at \(first))",
                             fix: "give each action of an observation its own Identifier")
                failed = true
                continue
            }
            paths[action.identifier] = p
            actions.append(action)
        }
        // Identifiers as written: an action refused for its own fault is not reported again by the NextAction naming it.
        let written = Set(items.compactMap { ($0["Identifier"] ?? $0["Id"])?.stringValue })
        for action in actions {
            guard let next = action.nextAction, let p = paths[action.identifier] else { continue }
            if next == action.identifier {
                reader.error("\(p).Transitions.NextAction", "action \"\(next)\" names itself as its next action", fix: "name the action that follows, or write \"\"")
                failed = true
            } else if paths[next] == nil && !written.contains(next) {
                reader.error("\(p).Transitions.NextAction", "NextAction names \"\(next)\", which is not an action of this observation",
                             fix: "use one of: \(actions.map(\.identifier).joined(separator: ", ")), or \"\" for the last action")
                failed = true
            }
        }
        return failed ? nil : actions
    }

    private mutating func decodeAction(_ value: JSONValue, at path: String) -> Action? {
        guard let action = reader.object(value, at: path, what: "an action") else { return nil }
        reader.unknownMembers(of: action, at: path, known: ["Identifier", "Id", "Type", "Parameters", "Transitions"])
        // The API Reference skeleton names the id `Id` (§4 inconsistencies).
        let idKey = action["Identifier"] == nil && action["Id"] != nil ? "Id" : "Identifier"
        let identifier = reader.string(action[idKey], at: "\(path).\(idKey)", required: true)
        let typePath = "\(path).Type"
        switch action["Type"]?.stringValue {
        case "Assertion"?:
            reader.error(typePath, "unknown action Type \"Assertion\"", fix: "write \"Assert\" (the Observations page's comment says Assertion; the JSON type is Assert)")
            return nil
        case "EndTest"?, "LogData"?:
            reader.error(typePath, "unknown action Type \"\(action["Type"]?.stringValue ?? "")\"",
                         fix: "write \"Type\": \"TestControl\" with \"Parameters\": {\"ActionType\": \"TestControl\", \"Command\": {\"Type\": \"\(action["Type"]?.stringValue ?? "")\"}}")
            return nil
        default:
            break
        }
        guard let type = reader.choice(action["Type"], at: typePath, allowed: Self.actionTypes) else { return nil }
        let parametersPath = "\(path).Parameters"
        guard let parameters = reader.object(action["Parameters"], at: parametersPath, what: "Parameters") else { return nil }
        if type != "Assert", let written = parameters["ActionType"], written.stringValue != type {
            reader.error("\(parametersPath).ActionType", "Parameters.ActionType is \(written.stringValue.map { "\"\($0)\"" } ?? written.kindDescription) but the action's Type is \(type)",
                         fix: "write \"ActionType\": \"\(type)\"")
            return nil
        }
        let nextAction = decodeNextAction(action, parameters: parameters, at: path)
        let kind: Action.Kind?
        switch type {
        case "SendInstruction":
            reader.unknownMembers(of: parameters, at: parametersPath, known: ["ActionType", "Actor", "Instruction", "Transitions"])
            kind = decodeInstruction(parameters, at: parametersPath).map { .sendInstruction($0) }
        case "OverrideSystemBehavior":
            reader.unknownMembers(of: parameters, at: parametersPath, known: ["ActionType", "Behavior", "Transitions"])
            kind = decodeOverride(parameters, at: parametersPath).map { .overrideSystemBehavior($0) }
        case "Assert":
            reader.unknownMembers(of: parameters, at: parametersPath, known: ["Namespace", "Operator", "Operand", "Transitions"])
            kind = decodeAssertion(parameters, at: parametersPath).map { .assert($0) }
        default:
            reader.unknownMembers(of: parameters, at: parametersPath, known: ["ActionType", "Command", "Transitions"])
            kind = decodeTestControl(parameters, at: parametersPath)
        }
        guard let identifier, let kind, let nextAction else { return nil }
        return Action(identifier: identifier, kind: kind, nextAction: nextAction.isEmpty ? nil : nextAction)
    }

    /// `Transitions.NextAction`; `""`, `{}` or absent mean none. One AWS sample puts `Transitions` inside
    /// `Parameters`: read there too. Returns "" for none, nil on a problem.
    private mutating func decodeNextAction(_ action: JSONValue, parameters: JSONValue, at path: String) -> String? {
        var transitionsPath = "\(path).Transitions"
        var written = action["Transitions"]
        if written == nil || written?.isNull == true, let inside = parameters["Transitions"] {
            written = inside
            transitionsPath = "\(path).Parameters.Transitions"
        }
        guard let written, !written.isNull else { return "" }
        guard let transitions = reader.object(written, at: transitionsPath, what: "Transitions") else { return nil }
        reader.unknownMembers(of: transitions, at: transitionsPath, known: ["NextAction"])
        guard let next = transitions["NextAction"], !next.isNull else { return "" }
        guard next.stringValue != nil else {
            reader.error("\(transitionsPath).NextAction", "NextAction must be a string, found \(next.kindDescription)", fix: "write the next action's Identifier, or \"\"")
            return nil
        }
        return reader.string(next, at: "\(transitionsPath).NextAction", required: false, allowEmpty: true) ?? ""
    }

    /// `SendInstruction` (§2.4): DTMF, an utterance or a hang-up, always as the customer.
    private mutating func decodeInstruction(_ parameters: JSONValue, at path: String) -> Instruction? {
        if let actor = reader.string(parameters["Actor"], at: "\(path).Actor", required: false), actor != "Customer" {
            reader.error("\(path).Actor", "SendInstruction's Actor is \"\(actor)\"; Amazon Connect documents only Customer instructions",
                         fix: "write \"Actor\": \"Customer\"")
            return nil
        }
        let p = "\(path).Instruction"
        guard let instruction = reader.object(parameters["Instruction"], at: p, what: "Instruction") else { return nil }
        reader.unknownMembers(of: instruction, at: p, known: ["Type", "Properties"])
        guard let type = reader.choice(instruction["Type"], at: "\(p).Type", allowed: ["DtmfInput", "TextUtterance", "Utterance", "Disconnect"]) else {
            return nil
        }
        let propertiesPath = "\(p).Properties"
        var properties = JSONValue.object([:], order: [])
        if let written = instruction["Properties"], !written.isNull {
            guard let object = reader.object(written, at: propertiesPath, what: "Properties") else { return nil }
            properties = object
        }
        switch type {
        case "DtmfInput":
            reader.unknownMembers(of: properties, at: propertiesPath, known: ["Value"])
            return dtmf(properties["Value"], at: "\(propertiesPath).Value").map { .dtmfInput($0) }
        case "Disconnect":
            reader.unknownMembers(of: properties, at: propertiesPath, known: [])
            return .disconnect
        default:
            // `Value` for the text: a third-party report of what the live service accepted (§4, unverified).
            reader.unknownMembers(of: properties, at: propertiesPath, known: ["Text", "SSML", "LanguageCode", "Value"])
            let text = reader.string(properties["Text"], at: "\(propertiesPath).Text", required: false)
                ?? reader.string(properties["Value"], at: "\(propertiesPath).Value", required: false)
            let ssml = reader.string(properties["SSML"], at: "\(propertiesPath).SSML", required: false)
            let language = reader.string(properties["LanguageCode"], at: "\(propertiesPath).LanguageCode", required: false)
            guard text != nil || ssml != nil else {
                reader.error(propertiesPath, "a \(type) instruction says nothing", fix: "add Text (or SSML) with what the customer says")
                return nil
            }
            return .textUtterance(text: text, ssml: ssml, languageCode: language)
        }
    }

    /// DTMF keys 0-9, `*`, `#`; a JSON number is read as its digits.
    private mutating func dtmf(_ value: JSONValue?, at path: String) -> String? {
        let keys: String?
        if case .number(let n)? = value {
            keys = n >= 0 && n.rounded() == n && n < 1e15 ? String(Int64(n)) : nil
            if keys == nil {
                reader.error(path, "DTMF Value \(value?.scalarText ?? "") is not a key sequence", fix: "write the keys as a string, e.g. \"1\" or \"123#\"")
                return nil
            }
        } else {
            keys = reader.string(value, at: path, required: true)
        }
        guard let keys else { return nil }
        if let bad = keys.first(where: { !"0123456789*#".contains($0) }) {
            reader.error(path, "DTMF Value \"\(keys)\" has \"\(bad)\", which is not a phone key", fix: "use only 0-9, * and #")
            return nil
        }
        return keys
    }

    /// `OverrideSystemBehavior` (§2.4 and its table of what each action type may be mocked with).
    private mutating func decodeOverride(_ parameters: JSONValue, at path: String) -> Override? {
        let b = "\(path).Behavior"
        guard let behavior = reader.object(parameters["Behavior"], at: b, what: "Behavior") else { return nil }
        reader.unknownMembers(of: behavior, at: b, known: ["Type", "Properties"])
        guard reader.choice(behavior["Type"], at: "\(b).Type", allowed: ["FlowAction"]) != nil else { return nil }
        let p = "\(b).Properties"
        guard let properties = reader.object(behavior["Properties"], at: p, what: "Properties") else { return nil }
        reader.unknownMembers(of: properties, at: p, known: ["ActionType", "ActionParameters", "Strategy"])
        guard let actionType = reader.choice(properties["ActionType"], at: "\(p).ActionType", allowed: FlowActionTarget.overridableTypes) else {
            return nil
        }
        let target = decodeTarget(actionType, properties["ActionParameters"], at: "\(p).ActionParameters")
        let strategy = decodeStrategy(properties["Strategy"], actionType: actionType, at: "\(p).Strategy")
        guard let target, let strategy else { return nil }
        let before = reader.problems.count
        checkResource(target.resource, actionType: actionType, at: "\(p).ActionParameters", what: "this override", severity: .error)
        if case .substituteResource(let arn) = strategy {
            checkResource(arn, actionType: actionType, at: "\(p).Strategy.SubstituteArn", what: "this substitute", severity: .error)
        }
        if reader.problems.count > before { return nil }
        return Override(target: target, strategy: strategy)
    }

    private mutating func decodeStrategy(_ value: JSONValue?, actionType: String, at path: String) -> Override.Strategy? {
        guard let strategy = reader.object(value, at: path, what: "Strategy") else { return nil }
        reader.unknownMembers(of: strategy, at: path, known: ["Type", "SubstituteArn", "Response"])
        guard let type = reader.choice(strategy["Type"], at: "\(path).Type", allowed: ["SubstituteResource", "MockResponse"]) else { return nil }
        if type == "SubstituteResource" {
            return reader.string(strategy["SubstituteArn"], at: "\(path).SubstituteArn", required: true).map { .substituteResource(arn: $0) }
        }
        let r = "\(path).Response"
        guard let response = reader.object(strategy["Response"], at: r, what: "Response") else { return nil }
        reader.unknownMembers(of: response, at: r, known: ["Type", "ExecutionResult", "Error"])
        guard let responseType = reader.choice(response["Type"], at: "\(r).Type", allowed: ["ExecutionResult", "Error"]) else { return nil }
        let takesDelay = actionType == "InvokeLambdaFunction" || actionType == "ConnectParticipantWithLexBot"
        if responseType == "Error" {
            let e = "\(r).Error"
            guard let error = reader.object(response["Error"], at: e, what: "Error") else { return nil }
            reader.unknownMembers(of: error, at: e, known: takesDelay ? ["Value", "DelaySeconds"] : ["Value"])
            let allowed = MockError.allowed(for: actionType).map(\.rawValue)
            guard let value = reader.choice(error["Value"], at: "\(e).Value", allowed: allowed), let kind = MockError(rawValue: value) else { return nil }
            var delay = 0.0
            if takesDelay, error["DelaySeconds"] != nil {
                guard let seconds = reader.number(error["DelaySeconds"], at: "\(e).DelaySeconds", minimum: 0, maximum: Override.Strategy.maximumDelaySeconds, integer: false) else { return nil }
                delay = seconds
            }
            return .error(kind, delaySeconds: delay)
        }
        let x = "\(r).ExecutionResult"
        switch actionType {
        case "TransferContactToQueue", "DequeueAndTransferToQueue":
            reader.error("\(r).Type", "Amazon Connect documents no ExecutionResult mock for \(actionType)",
                         fix: "mock an Error (QueueAtCapacity or NoMatchingError), or use SubstituteResource with another queue")
            return nil
        case "CheckHoursOfOperation":
            guard let result = reader.object(response["ExecutionResult"], at: x, what: "ExecutionResult") else { return nil }
            reader.unknownMembers(of: result, at: x, known: ["Value"])
            return reader.choice(result["Value"], at: "\(x).Value", allowed: HoursResult.allCases.map(\.rawValue))
                .flatMap(HoursResult.init(rawValue:)).map { .executionResult(.hours($0)) }
        default:
            guard let result = reader.object(response["ExecutionResult"], at: x, what: "ExecutionResult") else { return nil }
            reader.unknownMembers(of: result, at: x, known: ["DelaySeconds", "LoadedData"])
            var delay = 0.0
            if result["DelaySeconds"] != nil {
                guard let seconds = reader.number(result["DelaySeconds"], at: "\(x).DelaySeconds", minimum: 0, maximum: Override.Strategy.maximumDelaySeconds, integer: false) else { return nil }
                delay = seconds
            }
            guard let loaded = result["LoadedData"], !loaded.isNull else { return .executionResult(.loadedData(delaySeconds: delay, json: nil)) }
            guard let text = loaded.stringValue else {
                reader.error("\(x).LoadedData", "LoadedData must be the response serialized as a JSON string, found \(loaded.kindDescription)",
                             fix: "write it as a string, e.g. \"{\\\"tier\\\":\\\"gold\\\"}\"")
                return nil
            }
            if !text.isEmpty {
                do {
                    _ = try JSONText.Document(bytes: Array(text.utf8), depth: 0)
                } catch {
                    reader.error("\(x).LoadedData", "LoadedData is not valid JSON (column \(error.column): \(error.message))",
                                 fix: "write the mocked response as serialized JSON, e.g. \"{\\\"tier\\\":\\\"gold\\\"}\"")
                    return nil
                }
            }
            return .executionResult(.loadedData(delaySeconds: delay, json: text.isEmpty ? nil : text))
        }
    }

    /// `Assert` (§2.4): a JSONPath, one of 9 operators, an operand (none for `Exists`; a number for `Number…`).
    private mutating func decodeAssertion(_ parameters: JSONValue, at path: String) -> Assertion? {
        let namespace = reader.string(parameters["Namespace"], at: "\(path).Namespace", required: true)
        if let namespace, !namespace.hasPrefix("$.") {
            reader.error("\(path).Namespace", "Namespace \"\(namespace)\" is not a JSONPath", fix: "write a path such as $.Attributes.\(namespace) or $.Queue.Name")
            return nil
        }
        guard let op = reader.choice(parameters["Operator"], at: "\(path).Operator", allowed: Assertion.Comparison.allCases.map(\.rawValue)),
              let comparison = Assertion.Comparison(rawValue: op), let namespace else { return nil }
        let operandPath = "\(path).Operand"
        if comparison == .exists {
            if parameters["Operand"] != nil { reader.warning(operandPath, "Exists takes no Operand; it is ignored", fix: "remove Operand") }
            return Assertion(namespace: namespace, comparison: comparison, operand: nil)
        }
        guard let written = parameters["Operand"], !written.isNull else {
            reader.error(operandPath, "\(op) needs an Operand", fix: "add \"Operand\": the value to compare with")
            return nil
        }
        guard let operand = written.scalarText else {
            reader.error(operandPath, "Operand must be a string or number, found \(written.kindDescription)", fix: "compare with one scalar value")
            return nil
        }
        if comparison.isNumeric, Double(operand.trimmingCharacters(in: .whitespaces))?.isFinite != true {
            reader.error(operandPath, "\(op) compares numbers, but Operand \"\(operand)\" is not a number", fix: "write a number such as 3 or 2.5, or use a Text… operator")
            return nil
        }
        return Assertion(namespace: namespace, comparison: comparison, operand: operand)
    }

    /// `TestControl` (§2.4): `EndTest` or `LogData` with label → value expressions.
    private mutating func decodeTestControl(_ parameters: JSONValue, at path: String) -> Action.Kind? {
        let c = "\(path).Command"
        guard let command = reader.object(parameters["Command"], at: c, what: "Command") else { return nil }
        reader.unknownMembers(of: command, at: c, known: ["Type", "Properties"])
        guard let type = reader.choice(command["Type"], at: "\(c).Type", allowed: ["EndTest", "LogData"]) else { return nil }
        if type == "EndTest" { return .endTest }
        let p = "\(c).Properties"
        guard let properties = reader.object(command["Properties"], at: p, what: "Properties") else { return nil }
        reader.unknownMembers(of: properties, at: p, known: ["Expressions"])
        guard let expressions = reader.object(properties["Expressions"], at: "\(p).Expressions", what: "Expressions") else { return nil }
        var logged: [LogExpression] = []
        for (label, value) in expressions.orderedMembers ?? [] {
            guard let text = reader.string(value, at: "\(p).Expressions.\(label)", required: true, allowEmpty: true) else { return nil }
            logged.append(LogExpression(label: label, value: text))
        }
        if logged.isEmpty { reader.warning("\(p).Expressions", "LogData logs nothing", fix: "add label → value pairs such as \"queue\": \"$.Queue.Name\"") }
        return .logData(logged)
    }
}
