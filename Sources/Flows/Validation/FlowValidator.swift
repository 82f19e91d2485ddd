import Foundation

/// Checks a loaded flow against what Amazon Connect would accept on import (docs §3.1-§3.3, §6 rules 24-29).
///
/// References that cannot be resolved here (ARNs of another instance, `${…}`, `%%…%%`, `$.FlowAttributes.x`)
/// are never problems: they are data for run time, where they take the action's error branch (docs §3.6 quirk 8).
public enum FlowValidator {
    public static let supportedVersion = "2019-10-30"
    public static let maximumActions = 250
    public static let maximumIdentifierLength = 50

    public static let conditionOperators: Set<String> = [
        "Equals", "TextStartsWith", "TextEndsWith", "TextContains",
        "NumberGreaterThan", "NumberGreaterOrEqualTo", "NumberLessThan", "NumberLessOrEqualTo",
    ]

    public static let eventHookKeys: Set<String> = [
        "AgentHold", "AgentWhisper", "CustomerHold", "CustomerQueue", "CustomerRemaining", "CustomerWhisper",
        "DefaultAgentUI", "DisconnectAgentUI", "PauseContact", "ResumeContact",
    ]

    /// `type` nil means the flow's own declared type; when both are nil the per-type matrix is skipped.
    public static func validate(_ flow: FlowDocument, as type: FlowType?) -> [Problem] {
        var check = Check(flow: flow, type: type ?? flow.type)
        check.run()
        return check.problems
    }
}

private struct Check {
    let flow: FlowDocument
    let type: FlowType?
    var problems: [Problem] = []

    init(flow: FlowDocument, type: FlowType?) {
        self.flow = flow
        self.type = type
    }

    private var actionsPath: String { flow.shape == .legacyModules ? "$.modules" : "$.Actions" }

    mutating func run() {
        checkDocument()
        for (i, action) in flow.actions.enumerated() {
            var context = ActionContext(
                action: action, file: flow.source, location: "action \(action.identifier) (\(action.type)) at \(actionsPath)[\(i)]")
            checkType(&context)
            checkTransitions(&context)
            checkNumbers(&context)
            checkParameters(&context)
            problems += context.problems
        }
        checkReachability()
    }

    private mutating func flowProblem(_ location: String, _ message: String, fix: String,
                                      severity: Problem.Severity = .error, line: Int? = nil) {
        problems.append(Problem(file: flow.source, line: line, location: location, message: message, fix: fix,
                                severity: severity))
    }

    // MARK: the document as a whole (docs §3.1)

    private mutating func checkDocument() {
        if flow.shape != .legacyModules, flow.version != FlowValidator.supportedVersion {
            let found = flow.version.isEmpty ? "missing" : "\"\(flow.version)\""
            flowProblem("$.Version", "Version is \(found); the flow language has only version \"\(FlowValidator.supportedVersion)\" (docs §3.1)",
                        fix: "set \"Version\": \"\(FlowValidator.supportedVersion)\"")
        }
        if flow.actions.count > FlowValidator.maximumActions {
            flowProblem(actionsPath, "the flow has \(flow.actions.count) actions; at most \(FlowValidator.maximumActions) are allowed (docs §3.1)",
                        fix: "split it into several flows joined by TransferToFlow or flow modules")
        }
        if flow.action(flow.startAction) == nil {
            flowProblem(flow.shape == .legacyModules ? "$.start" : "$.StartAction",
                        "StartAction \"\(flow.startAction)\" names no action of this flow",
                        fix: "set it to the Identifier of the first action")
        }
        var seen: Set<String> = []
        for (i, action) in flow.actions.enumerated() {
            let location = "action \(action.identifier) (\(action.type)) at \(actionsPath)[\(i)]"
            if !seen.insert(action.identifier).inserted {
                flowProblem(location + ".Identifier", "the Identifier \"\(action.identifier)\" is used by an earlier action too",
                            fix: "give every action a unique Identifier", line: action.line)
            }
            if action.identifier.count > FlowValidator.maximumIdentifierLength {
                flowProblem(location + ".Identifier",
                            "the Identifier is \(action.identifier.count) characters long; at most \(FlowValidator.maximumIdentifierLength) are allowed (docs §3.1)",
                            fix: "shorten it to \(FlowValidator.maximumIdentifierLength) characters and update the transitions that name it",
                            line: action.line)
            }
        }
    }

    private mutating func checkReachability() {
        guard flow.action(flow.startAction) != nil else { return }
        var reached: Set<String> = [flow.startAction]
        var pending = [flow.startAction]
        while let id = pending.popLast() {
            guard let action = flow.action(id) else { continue }
            for next in targets(of: action) where reached.insert(next).inserted { pending.append(next) }
        }
        for (i, action) in flow.actions.enumerated() where !reached.contains(action.identifier) {
            flowProblem("action \(action.identifier) (\(action.type)) at \(actionsPath)[\(i)]",
                        "no transition from StartAction reaches this action, so it never runs",
                        fix: "connect it to the flow or remove it", severity: .warning, line: action.line)
        }
    }

    private func targets(of action: FlowAction) -> [String] {
        let t = action.transitions
        return (t.nextAction.map { [$0] } ?? []) + t.errors.map(\.nextAction) + t.conditions.map(\.nextAction)
    }

    // MARK: per action

    private func checkType(_ c: inout ActionContext) {
        let facts = ActionCatalog.facts(for: c.action.kind)
        if let warning = facts.behaviour.warning(type: c.action.type, next: c.action.transitions.nextAction,
                                                 legacy: flow.shape == .legacyModules) {
            let fix = c.action.kind == .other
                ? "check the spelling against the flow language reference, or replace the action"
                : "expect that branch when you test this flow"
            c.problem("", warning, fix: fix, severity: .warning)
        }
        guard c.action.kind != .other, let type, !facts.allowedIn.contains(type) else { return }
        let allowed = FlowType.allCases.filter(facts.allowedIn.contains).map(\.rawValue)
        c.problem("", "\(c.action.type) is not allowed in \(type.rawValue) flows (\(type.displayName)) (\(facts.rule))",
                  fix: "move it to a \(Self.list(allowed)) flow, or remove it")
    }

    /// Every number the action reads, against the flow language's range (issue 8): a value out of range is an error,
    /// one the console would refuse but the flow language accepts is a warning.
    private func checkNumbers(_ c: inout ActionContext) {
        for number in ActionCatalog.facts(for: c.action.kind).numbers {
            switch number.read(c.action.parameters) {
            case .absent, .reference:
                break
            case .invalid(let why):
                c.problem(".Parameters.\(number.name)", why, fix: "make it \(number.rangeDescription)")
            case .value(let value):
                if let difference = number.consoleDifference(value) {
                    c.problem(".Parameters.\(number.name)", difference,
                              fix: "keep it if the flow is imported as JSON; the console's editor would change it",
                              severity: .warning)
                }
            }
        }
        for (path, ssml) in c.action.ssmlTexts {
            for why in SSMLBreaks.problems(in: ssml) {
                c.problem(".Parameters\(path)", why, fix: "write a break time from 0 to \(SSMLBreaks.longestMilliseconds / 1000)s, e.g. time=\"2s\"")
            }
        }
    }

    private func checkTransitions(_ c: inout ActionContext) {
        let t = c.action.transitions
        if let next = t.nextAction, flow.action(next) == nil {
            c.problem(".Transitions.NextAction", "NextAction \"\(next)\" names no action of this flow",
                      fix: "point it at an existing action's Identifier")
        }
        for (i, error) in t.errors.enumerated() where flow.action(error.nextAction) == nil {
            c.problem(".Transitions.Errors[\(i)].NextAction",
                      "the \(error.errorType) branch goes to \"\(error.nextAction)\", which names no action of this flow",
                      fix: "point it at an existing action's Identifier")
        }
        for (i, condition) in t.conditions.enumerated() {
            if flow.action(condition.nextAction) == nil {
                c.problem(".Transitions.Conditions[\(i)].NextAction",
                          "the condition goes to \"\(condition.nextAction)\", which names no action of this flow",
                          fix: "point it at an existing action's Identifier")
            }
            if !FlowValidator.conditionOperators.contains(condition.operatorName) {
                c.problem(".Transitions.Conditions[\(i)].Condition.Operator",
                          "unknown condition operator \"\(condition.operatorName)\" (docs §3.1)",
                          fix: "use one of \(FlowValidator.conditionOperators.sorted().joined(separator: ", "))")
            }
        }
    }

    private func checkParameters(_ c: inout ActionContext) {
        switch c.action.type {
        case "MessageParticipant":
            c.checkSinglePrompt(c.action.parameters, at: ".Parameters")
        case "MessageParticipantIteratively":
            guard let messages = c.action.parameter("Messages")?.arrayValue, !messages.isEmpty else {
                c.problem(".Parameters.Messages", "Messages must be a non-empty array of prompts (docs §3.2)",
                          fix: "add \"Messages\": [{\"Text\": \"…\"}]")
                return
            }
            for (i, message) in messages.enumerated() { c.checkSinglePrompt(message, at: ".Parameters.Messages[\(i)]") }
        case "TransferParticipantToThirdParty":
            c.checkDTMFDigits()
        case "Loop":
            c.checkResultConditions(["ContinueLooping", "DoneLooping"], rule: "docs §3.2 Loop")
        case "UpdateContactEventHooks":
            c.checkEventHooks()
        case "UpdateContactTargetQueue":
            let queue = c.action.parameter("QueueId")?.nonEmptyText != nil
            let agent = c.action.parameter("AgentId")?.nonEmptyText != nil
            if queue == agent {
                c.problem(".Parameters", queue
                          ? "both QueueId and AgentId are set; the action takes exactly one (docs §3.2 UpdateContactTargetQueue)"
                          : "neither QueueId nor AgentId is set; the action takes exactly one (docs §3.2 UpdateContactTargetQueue)",
                          fix: queue ? "remove QueueId or AgentId" : "add \"QueueId\" (a queue) or \"AgentId\" (an agent's queue)")
            }
        case "CheckHoursOfOperation":
            c.checkResultConditions(["True", "False"], rule: "docs §3.2 CheckHoursOfOperation")
        default:
            break
        }
    }

    private static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        let head = items.dropLast()
        return head.isEmpty ? last : head.joined(separator: ", ") + " or " + last
    }
}

/// Problems about one action, located as `action <Identifier> (<Type>) at $.Actions[i]<path>`.
private struct ActionContext {
    let action: FlowAction
    let file: String
    let location: String
    var problems: [Problem] = []

    init(action: FlowAction, file: String, location: String) {
        self.action = action
        self.file = file
        self.location = location
    }

    mutating func problem(_ path: String, _ message: String, fix: String, severity: Problem.Severity = .error) {
        problems.append(Problem(file: file, line: action.line, location: location + path, message: message, fix: fix,
                                severity: severity))
    }

    /// A value the flow reads at run time (`$.Attributes.x`) or a deployment placeholder (`${…}`, `%%…%%`):
    /// nothing can be said about it before the flow runs.
    static func isReference(_ text: String) -> Bool {
        text.contains("$.") || text.contains("${") || text.contains("%%")
    }

    /// MessageParticipant and each Messages entry take exactly one of the four prompt kinds (docs §3.2).
    mutating func checkSinglePrompt(_ prompt: JSONValue, at path: String) {
        let kinds = ["Text", "SSML", "PromptId", "Media"]
        let present = kinds.filter { prompt[$0] != nil && prompt[$0]?.isNull == false }
        if present.isEmpty {
            problem(path, "no prompt: exactly one of Text, SSML, PromptId or Media is needed (docs §3.2 MessageParticipant)",
                    fix: "add \"Text\": \"…\" (or SSML, PromptId, Media)")
        } else if present.count > 1 {
            problem(path, "\(present.joined(separator: " and ")) are all set; exactly one of Text, SSML, PromptId or Media is allowed (docs §3.2 MessageParticipant)",
                    fix: "keep only one of \(present.joined(separator: ", "))")
        }
    }

    mutating func checkDTMFDigits() {
        let key = "ThirdPartyDTMFDigits"
        guard let digits = action.text(key), !Self.isReference(digits) else { return }
        let allowed = Set("0123456789,*#")
        let wrong = digits.filter { !allowed.contains($0) }
        if !wrong.isEmpty {
            let shown = Array(Set(wrong)).sorted().map { "'\($0)'" }.joined(separator: ", ")
            problem(".Parameters.\(key)", "\(key) may hold only digits, comma, * and # (docs §3.2 TransferParticipantToThirdParty)",
                    fix: "remove the characters \(shown)")
        }
        if digits.count > 50 {
            problem(".Parameters.\(key)", "\(key) is \(digits.count) characters long; at most 50 are sent (docs §3.2 TransferParticipantToThirdParty)",
                    fix: "remove \(digits.count - 50) characters")
        }
    }

    mutating func checkEventHooks() {
        guard let hooks = action.parameter("EventHooks")?.orderedMembers else {
            problem(".Parameters.EventHooks", "EventHooks is missing; it names the one hook this action sets (docs §6 rule 28)",
                    fix: "add \"EventHooks\": {\"CustomerQueue\": \"<flow>\"}")
            return
        }
        if hooks.count != 1 {
            problem(".Parameters.EventHooks", "EventHooks has \(hooks.count) entries; exactly one is allowed per action (docs §6 rule 28)",
                    fix: hooks.isEmpty ? "add one entry, e.g. \"CustomerQueue\": \"<flow>\"" : "use one UpdateContactEventHooks action per hook")
        }
        for (key, _) in hooks where !FlowValidator.eventHookKeys.contains(key) {
            problem(".Parameters.EventHooks.\(key)", "unknown event hook \"\(key)\" (docs §6 rule 28)",
                    fix: "use one of \(FlowValidator.eventHookKeys.sorted().joined(separator: ", "))")
        }
    }

    /// Actions whose result is a fixed pair (Loop, CheckHoursOfOperation) need an `Equals` condition for each.
    mutating func checkResultConditions(_ results: [String], rule: String) {
        for result in results {
            let found = action.transitions.conditions.contains {
                $0.operatorName == "Equals" && $0.operands.first?.caseInsensitiveCompare(result) == .orderedSame
            }
            if !found {
                problem(".Transitions.Conditions", "no Equals \(result) condition; \(action.type) needs one for each of \(results.joined(separator: " and ")) (\(rule))",
                        fix: "add {\"NextAction\": \"<Identifier>\", \"Condition\": {\"Operator\": \"Equals\", \"Operands\": [\"\(result)\"]}}")
            }
        }
    }
}

extension FlowAction {
    /// Every static SSML prompt of the action, with its path under Parameters (".SSML", ".Messages[2].SSML").
    var ssmlTexts: [(path: String, text: String)] {
        var found: [(String, String)] = []
        if let ssml = parameter("SSML")?.scalarText { found.append((".SSML", ssml)) }
        for (i, message) in (parameter("Messages")?.arrayValue ?? []).enumerated() {
            if let ssml = message["SSML"]?.scalarText { found.append((".Messages[\(i)].SSML", ssml)) }
        }
        return found
    }
}
