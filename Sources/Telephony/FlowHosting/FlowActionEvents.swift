/// Flow actions as events, in the Testing language's terms (FlowActionStarted, FlowActionCompleted;
/// docs/connect-testing-language.md), made from the interpreter's trace of the executing run.
extension Engine {
    /// An action of the engine's own making (a flow stopped at a limit) for `--trace`.
    func trace(_ event: FlowTraceEvent) { onTrace?(event) }

    /// The interpreter traces an action once it is done with it for now: with no branch when the action
    /// waits (a prompt playing, input awaited, a module running), with the branch taken when it completes.
    /// An action that completes at once is started and completed in the same instant; one that waited
    /// completes when its run resumes (or when its module returns).
    ///
    /// The run still stands where it waited while it steps (`step` moves a copy of its cursor), so the first
    /// completion of that action is the resumed one; its wait is cleared then, so that the same action run again
    /// in this step counts as a new one.
    func observeAction(_ event: FlowTraceEvent, of id: RunID) {
        guard let run = runs[id], listens(to: .flowActionStarted) || listens(to: .flowActionCompleted) else { return }
        let action = FlowActionRef(run: run.ref, flow: event.flow, action: event.action, actionType: event.type)
        guard let branch = event.branch else {
            emit(.flowActionStarted(action))
            return
        }
        if run.wait != .none, run.flow == event.flow, run.action == event.action {
            run.wait = .none
        } else if event.type != "InvokeFlowModule" {
            emit(.flowActionStarted(action))
        }
        emit(.flowActionCompleted(action, branch: branch))
    }
}
