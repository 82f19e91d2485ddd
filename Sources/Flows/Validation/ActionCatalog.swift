/// What happens to an action when a flow runs here. The validator's warnings and the interpreter's behaviour are both
/// read from this, so `termccp check` says what the run will do (issue 14 point 18).
public enum RunBehaviour: Sendable, Equatable {
    /// Emulated: the action does what Amazon Connect does.
    case emulated
    /// No audible effect in a voice emulation (recording, logging, voice, streaming): it follows its Success branch.
    case silentSuccess
    /// Not supported for voice contacts in Amazon Connect either: it takes its error branch with this reason.
    case errorBranch(String)
    /// A type this emulator does not know: not run, the flow follows its default branch (NextAction), or ends there
    /// when there is none.
    case notRun

    /// The warning `check` prints for a behaviour that is not full emulation, nil for `emulated` and `silentSuccess`.
    /// `legacy`: the action is a block of a legacy ("modules") export that has no flow-language equivalent.
    public func warning(type: String, next: String?, legacy: Bool = false) -> String? {
        switch self {
        case .emulated, .silentSuccess:
            return nil
        case .errorBranch(let why):
            return "\(type) takes its error branch when it runs here: \(why)"
        case .notRun:
            let after = next.map { "the flow follows its default branch to \"\($0)\"" }
                ?? "it has no default branch, so the flow ends there (an inbound or transfer flow then ends the contact's flow; a customer queue flow restarts)"
            let what = legacy ? "legacy block \"\(type)\" has no flow-language equivalent (unknown action type)"
                : "unknown action type \"\(type)\""
            return "\(what); termccp does not run it: \(after)"
        }
    }
}

/// What the validator knows about each flow-language action type: the flow types it may appear in (docs §3.3 action ×
/// flow-type matrix, with the §3.2 notes), the numbers it reads and their ranges, and what the interpreter does with it.
public struct ActionFacts: Sendable {
    public var allowedIn: Set<FlowType>
    /// The docs rule to cite when the action is in the wrong flow type.
    public var rule: String
    public var numbers: [NumericParameter]
    public var behaviour: RunBehaviour
}

public enum ActionCatalog {
    /// Facts for a type name; nil for a type this emulator does not know (its behaviour is `unknownBehaviour`).
    public static func facts(for type: String) -> ActionFacts? {
        let kind = ActionKind(type: type)
        return kind == .other ? nil : facts(for: kind)
    }

    public static func facts(for kind: ActionKind) -> ActionFacts { table[kind] ?? unknown }

    /// A type not in the flow language as this emulator knows it: Amazon Connect adds actions over time, so a flow
    /// that uses one still runs, and the action is passed by (docs §3.6: ignore what is not understood).
    public static let unknown = ActionFacts(allowedIn: all, rule: "", numbers: [], behaviour: .notRun)

    public static var knownTypes: Set<String> {
        Set(ActionKind.allCases.filter { $0 != .other }.map(\.rawValue))
    }

    private static let all = Set(FlowType.allCases)
    private static let cf: FlowType = .contactFlow, cq: FlowType = .customerQueue, ch: FlowType = .customerHold
    private static let cw: FlowType = .customerWhisper, ah: FlowType = .agentHold, aw: FlowType = .agentWhisper
    private static let ow: FlowType = .outboundWhisper, at: FlowType = .agentTransfer, qt: FlowType = .queueTransfer

    /// Time limits with no documented maximum are bounded by the longest wait any action documents.
    private static func seconds(_ path: [String], above zero: Bool, max: Double = NumericParameter.longestWait,
                                integer: Bool = false, rule: String, console: ClosedRange<Double>? = nil) -> NumericParameter {
        NumericParameter(path, minimum: 0, minimumExcluded: zero, maximum: max, integer: integer, unit: "seconds",
                         rule: rule, console: console)
    }

    private static let table: [ActionKind: ActionFacts] = {
        let matrix = "docs §3.3 matrix"
        var t: [ActionKind: ActionFacts] = [:]
        func add(_ kinds: [ActionKind], _ allowed: Set<FlowType>, _ rule: String = matrix, numbers: [NumericParameter] = [],
                 behaviour: RunBehaviour = .emulated) {
            for kind in kinds { t[kind] = ActionFacts(allowedIn: allowed, rule: rule, numbers: numbers, behaviour: behaviour) }
        }
        let getInput = "GetParticipantInput (API reference, flow language)"
        let lex = "ConnectParticipantWithLexBot (API reference, flow language)"
        let callback = "CreateCallbackContact (API reference, flow language)"
        let routing = "UpdateContactRoutingBehavior (API reference, flow language)"
        add([.messageParticipant], [cf, cq, cw, aw, ow, at, qt])
        add([.messageParticipantIteratively], [cq, ch, ah], numbers: [
            // 0 never interrupts, as when the parameter is absent.
            seconds(["InterruptFrequencySeconds"], above: false, rule: "MessageParticipantIteratively: a time to elapse before MessagesInterrupted"),
        ])
        add([.getParticipantInput], [cf, cq, at, qt], numbers: [
            // The flow language only says "larger than 0"; the console's Get customer input stops at 179 s.
            seconds(["InputTimeLimitSeconds"], above: true, rule: getInput, console: 1...179),
            NumericParameter(["InputValidation", "CustomValidation", "MaximumLength"], minimum: 1,
                             maximum: NumericParameter.largestCount, integer: true, unit: "digits", rule: getInput,
                             console: 1...20),
        ])
        add([.connectParticipantWithLexBot], [cf, cq, at, qt], numbers: [
            seconds(["LexTimeoutSeconds", "Text"], above: true, rule: lex),
            seconds(["InputTimeLimitSeconds"], above: true, rule: lex),
        ])
        add([.transferParticipantToThirdParty], [cf, cq, at, qt], numbers: [
            seconds(["ThirdPartyConnectionTimeLimitSeconds"], above: false, max: 600, rule: "docs §3.2 TransferParticipantToThirdParty"),
            seconds(["ThirdPartyConnectionTimeoutSeconds"], above: false, max: 600, rule: "docs §3.2 TransferParticipantToThirdParty"),
        ])
        add([.disconnectParticipant], [cf, cq, at, qt], "docs §3.2 DisconnectParticipant (live page)")
        add([.endFlowExecution], [cq, cw, aw, ow], "docs §3.2 EndFlowExecution")
        add([.updateContactEventHooks], all, "docs §3.2 UpdateContactEventHooks")
        add([.updateContactTargetQueue, .transferContactToQueue, .transferToFlow], [cf, at, qt])
        add([.dequeueContactAndTransferToQueue], [cq])
        add([.transferContactToAgent], [at, qt])
        add([.updatePreviousContactParticipantState], [cf, ow, at, qt], "docs §3.3 matrix (OW from the UI page)")
        add([.checkHoursOfOperation, .checkMetricData, .distributeByPercentage], [cf, cq, at, qt])
        add([.updateContactRecordingBehavior], [cf, cq, ow, at, qt], behaviour: .silentSuccess)
        add([.compare, .updateContactAttributes], all)
        add([.loop], all, numbers: [
            NumericParameter(["LoopCount"], minimum: 0, maximum: 100, integer: true, unit: "loops", rule: "docs §3.2 Loop"),
        ])
        add([.invokeLambdaFunction], all, numbers: [
            NumericParameter(["InvocationTimeLimitSeconds"], minimum: 1, maximum: 8, integer: false, unit: "seconds",
                             rule: "docs §3.2 InvokeLambdaFunction"),
        ])
        add([.updateContactTextToSpeechVoice], all)
        add([.updateFlowLoggingBehavior], all, behaviour: .silentSuccess)
        add([.updateContactMediaStreamingBehavior], [cf, cq, cw, aw, ow, at, qt], "docs §3.2 (not hold flows)")
        add([.createCallbackContact], [cf, cq, at, qt], "docs §3.2 other actions", numbers: [
            seconds(["InitialCallDelaySeconds"], above: true, max: 259_200, integer: true, rule: callback),
            NumericParameter(["MaximumConnectionAttempts"], minimum: 0, minimumExcluded: true,
                             maximum: NumericParameter.largestCount, integer: true, unit: "attempts", rule: callback),
            seconds(["RetryDelaySeconds"], above: true, max: 259_200, integer: true, rule: callback),
        ])
        add([.updateContactCallbackNumber], [cf, cq, at, qt], "docs §3.2 other actions")
        add([.updateContactRoutingBehavior], [cf, cq, ow, at, qt], "docs §3.2 (UI block page)", numbers: [
            NumericParameter(["QueuePriority"], minimum: 0, minimumExcluded: true, maximum: NumericParameter.largestCount,
                             integer: true, unit: "(1 is routed first)", rule: routing),
            NumericParameter(["QueueTimeAdjustmentSeconds"], minimum: -NumericParameter.longestWait,
                             maximum: NumericParameter.longestWait, integer: true, unit: "seconds", rule: routing),
        ])
        add([.completeOutboundCall], [ow], "docs §3.2 other actions", behaviour: .silentSuccess)
        add([.updateContactData], all, "docs §3.2 (no restriction documented)", behaviour: .silentSuccess)
        add([.wait], all, "docs §3.2 (no restriction documented)", numbers: [
            seconds(["TimeoutSeconds"], above: false, rule: "docs §3.2 Wait"),
        ], behaviour: .errorBranch("Wait is supported only by the chat channel (docs §3.2 Wait)"))
        add([.updateFlowAttributes, .invokeFlowModule, .endFlowModuleExecution], all, "docs §3.2 (no restriction documented)")
        return t
    }()
}
