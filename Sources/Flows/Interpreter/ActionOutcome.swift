import Telephony

/// How an action came out, which decides the transition (docs §3.1, §6 rule 24).
enum ActionOutcome: Equatable {
    /// Done, no result: NextAction.
    case success(note: String? = nil)
    /// A result checked against the action's Conditions.
    case value(String)
    /// An error type looked up in Errors (falling back to NoMatchingError).
    case error(FlowError, note: String? = nil)

    var branchName: String {
        switch self {
        case .success: return "Success"
        case .value(let v): return v
        case .error(let e, _): return e.rawValue
        }
    }

    var note: String? {
        switch self {
        case .success(let n): return n
        case .error(_, let n): return n
        case .value: return nil
        }
    }
}

/// What executing one action means for the run loop.
enum ActionEffect {
    case outcome(ActionOutcome)
    /// Time must pass: hand the step to the engine and wait to be resumed.
    case wait(FlowStep)
    /// The flow is over.
    case finish(FlowStep)
    /// TransferToFlow: continue at another flow's start.
    case jump(String)
    /// InvokeFlowModule: run the module from its start, then come back to this action's Success branch.
    case invokeModule(String)
    /// EndFlowModuleExecution: back to the flow that invoked the module.
    case returnFromModule
}
