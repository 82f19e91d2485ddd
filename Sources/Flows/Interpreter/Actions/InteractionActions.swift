import Telephony

extension ActionExecutor {
    /// Lex: play the prompt, then listen; what the caller says picks the intent (the condition value).
    static func connectLexBot(_ compiled: CompiledAction, host: any FlowHost) -> ActionEffect {
        let action = compiled.action
        let prompt: Prompt?
        switch leadingPrompt(compiled, host: host) {
        case .success(let p): prompt = p
        case .failure(let error): return .outcome(error.outcome)
        }
        let seconds = action.parameter("InputTimeLimitSeconds")?.numberValue ?? 10
        return .wait(.listen(prompt: prompt, timeout: Millis(seconds * 1000)))
    }

    static func createCallback(_ action: FlowAction, host: any FlowHost) -> ActionOutcome {
        let request = CallbackRequest(
            queue: References.text("QueueId", of: action, host: host),
            agent: References.text("AgentId", of: action, host: host),
            initialDelay: Millis((action.parameter("InitialCallDelaySeconds")?.numberValue ?? 1) * 1000),
            maximumAttempts: Int(action.parameter("MaximumConnectionAttempts")?.numberValue ?? 1),
            retryDelay: Millis((action.parameter("RetryDelaySeconds")?.numberValue ?? 60) * 1000))
        if let error = host.createCallback(request) { return .error(error, note: "the callback was not created") }
        return .success(note: "callback queued")
    }
}
