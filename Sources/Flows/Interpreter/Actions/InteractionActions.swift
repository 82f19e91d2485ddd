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
        let timeout: Millis
        switch Numbers.value("LexTimeoutSeconds.Text", of: action, host: host) {
        case .failure(let invalid): return .outcome(invalid.outcome)
        case .success(let seconds?): timeout = NumericParameter.milliseconds(seconds)
        case .success(nil):
            switch Numbers.millis("InputTimeLimitSeconds", of: action, host: host, default: 10) {
            case .failure(let invalid): return .outcome(invalid.outcome)
            case .success(let ms): timeout = ms
            }
        }
        return .wait(.listen(prompt: prompt, timeout: timeout))
    }

    static func createCallback(_ action: FlowAction, host: any FlowHost) -> ActionOutcome {
        let initial = Numbers.millis("InitialCallDelaySeconds", of: action, host: host, default: 1)
        let attempts = Numbers.count("MaximumConnectionAttempts", of: action, host: host, default: 1)
        let retry = Numbers.millis("RetryDelaySeconds", of: action, host: host, default: 60)
        let numbers: (Millis, Int, Millis)
        switch (initial, attempts, retry) {
        case (.success(let i), .success(let a), .success(let r)): numbers = (i, a, r)
        case (.failure(let invalid), _, _), (_, .failure(let invalid), _), (_, _, .failure(let invalid)):
            return invalid.outcome
        }
        let request = CallbackRequest(
            queue: References.text("QueueId", of: action, host: host),
            agent: References.text("AgentId", of: action, host: host),
            initialDelay: numbers.0, maximumAttempts: numbers.1, retryDelay: numbers.2)
        if let error = host.createCallback(request) { return .error(error, note: "the callback was not created") }
        return .success(note: "callback queued")
    }
}
