/// Flow actions as events, in the Testing language's terms (FlowActionStarted, FlowActionCompleted;
/// docs/connect-testing-language.md), made from the interpreter's trace of the executing run.
extension Engine {
    /// The interpreter traces an action once it is done with it for now: with no branch when the action
    /// waits (a prompt playing, input awaited, a module running), with the branch taken when it completes.
    /// An action that completes at once is started and completed in the same instant; one that waited
    /// completes when its run resumes (or when its module returns).
    func observeAction(_ event: FlowTraceEvent, of run: FlowRun) {
        let action = FlowActionRef(run: run.ref, flow: event.flow, action: event.action, actionType: event.type)
        guard let branch = event.branch else {
            emit(.flowActionStarted(action))
            return
        }
        let resumed = hostResumedAction.map { $0.flow == event.flow && $0.action == event.action } ?? false
        if resumed {
            hostResumedAction = nil
        } else if event.type != "InvokeFlowModule" {
            emit(.flowActionStarted(action))
        }
        emit(.flowActionCompleted(action, branch: branch))
    }
}
