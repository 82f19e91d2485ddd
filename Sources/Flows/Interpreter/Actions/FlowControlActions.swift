import Telephony

extension ActionExecutor {
    /// ContinueLooping LoopCount times, then DoneLooping once, then the counter starts again
    /// (docs §3.2 Loop).
    static func loop(_ action: FlowAction, cursor: inout FlowCursor, host: any FlowHost) -> ActionOutcome {
        let limit: Int
        switch Numbers.count("LoopCount", of: action, host: host, default: 0) {
        case .success(let n): limit = n
        case .failure(let invalid): return invalid.outcome
        }
        let done = cursor.loopCounters[action.identifier, default: 0]
        if done < limit {
            cursor.loopCounters[action.identifier] = done + 1
            return .value("ContinueLooping")
        }
        cursor.loopCounters[action.identifier] = 0
        return .value("DoneLooping")
    }

    static func transferToFlow(_ action: FlowAction, host: any FlowHost, library: FlowLibrary) -> ActionEffect {
        guard let raw = action.text("ContactFlowId"), let ref = References.resolveWhole(raw, host: host),
              let name = library.resolve(ref) ?? host.resolveFlow(ref), library.hasFlow(name) else {
            return .outcome(.error(.noMatchingError, note: "flow \(action.text("ContactFlowId") ?? "?") does not resolve"))
        }
        return .jump(name)
    }

    /// `FlowModuleId` is a module's ARN or id; its last path component names a module the scenario declares.
    static func invokeModule(_ action: FlowAction, host: any FlowHost, library: FlowLibrary) -> ActionEffect {
        guard let raw = action.text("FlowModuleId"), let ref = References.resolveWhole(raw, host: host),
              let name = library.resolveModule(ref) else {
            return .outcome(.error(.noMatchingError,
                                   note: "flow module \(action.text("FlowModuleId") ?? "?") is not declared in the scenario (modules:)"))
        }
        return .invokeModule(name)
    }

    static func checkMetricData(_ action: CompiledAction, host: any FlowHost) -> ActionOutcome {
        let metric = action.text("MetricType") ?? "NumberOfAgentsAvailable"
        let queue = References.text("QueueId", of: action, host: host)
        let agent = References.text("AgentId", of: action, host: host)
        guard let value = host.metric(metric, queue: queue, agent: agent) else {
            return .error(.noMatchingError, note: "no queue to check: set a working queue first")
        }
        return .value(NumericParameter.format(value))
    }

    /// A Lambda's answer waits this long by default (admin guide, Invoke AWS Lambda function block: Timeout,
    /// 3 s by default, at most 8; AWS Knowledge Center "connect-lambda-function-failures").
    static let lambdaTimeLimit: Millis = 3000

    /// Synchronous invocation: the response goes to `$.External.*`. A mocked `DelaySeconds` makes the answer
    /// arrive that much later; one longer than `InvocationTimeLimitSeconds` takes the Error branch at that limit,
    /// as a function that does not answer in time does (same sources).
    static func invokeLambda(_ action: FlowAction, host: any FlowHost) -> ActionEffect {
        let arn = action.text("LambdaFunctionARN") ?? ""
        let parameters = (action.parameter("LambdaInvocationAttributes")?.orderedMembers ?? []).map {
            (key: $0.key, value: TextTemplate($0.value.scalarText ?? "").render(host: host))
        }
        let response = host.invokeLambda(arn, parameters: parameters)
        let delay = host.takeResponseDelay()
        if delay > 0 {
            let limit: Millis
            switch Numbers.millis("InvocationTimeLimitSeconds", of: action, host: host, default: Double(lambdaTimeLimit) / 1000) {
            case .success(let ms): limit = ms
            case .failure: limit = lambdaTimeLimit
            }
            if delay > limit {
                return .outcomeAfter(.error(.noMatchingError, note: "Lambda \(arn)'s answer takes \(Double(delay) / 1000) s, over its \(Double(limit) / 1000) s time limit: timed out at \(Double(limit) / 1000) s"), limit)
            }
        }
        guard let response else {
            let outcome = ActionOutcome.error(.noMatchingError, note: "no response declared for Lambda \(arn)")
            return delay > 0 ? .outcomeAfter(outcome, delay) : .outcome(outcome)
        }
        host.setExternalResults(response)
        return delay > 0 ? .outcomeAfter(.success(), delay) : .outcome(.success())
    }
}
