import Telephony

/// What executing one action means for the run loop.
enum ActionEffect {
    case outcome(ActionOutcome)
    /// Time must pass: hand the step to the engine and wait to be resumed.
    case wait(FlowStep)
    /// The flow is over.
    case finish(FlowStep)
    /// TransferToFlow: continue at another flow's start.
    case jump(String)
    /// The action has its outcome, but it only arrives once this much virtual time has passed (a test's mocked
    /// `DelaySeconds`): the run pauses with nothing played, then takes the outcome's branch.
    case outcomeAfter(ActionOutcome, Millis)
    /// InvokeFlowModule: run the module from its start, then come back to this action's Success branch.
    case invokeModule(String)
    /// EndFlowModuleExecution: back to the flow that invoked the module.
    case returnFromModule
}
