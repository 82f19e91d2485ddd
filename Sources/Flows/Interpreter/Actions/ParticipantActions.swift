import Telephony

extension ActionExecutor {
    static func messageParticipant(_ compiled: CompiledAction, host: any FlowHost) -> ActionEffect {
        guard let source = compiled.prompt else {
            return .outcome(.error(.noMatchingError, note: "no Text, SSML, PromptId or Media to play"))
        }
        switch source.prompt(host: host) {
        case .found(let prompt): return .wait(.play(prompt))
        case .failed(let why): return .outcome(.error(.noMatchingError, note: why))
        }
    }

    static func messageParticipantIteratively(_ compiled: CompiledAction, host: any FlowHost) -> ActionEffect {
        var prompts: [Prompt] = []
        prompts.reserveCapacity(compiled.messages.count)
        for source in compiled.messages {
            switch source.prompt(host: host) {
            case .found(let p): prompts.append(p)
            case .failed(let why): return .outcome(.error(.noMatchingError, note: why))
            }
        }
        guard !prompts.isEmpty else { return .outcome(.error(.noMatchingError, note: "no Messages to loop")) }
        switch Numbers.value(compiled.interrupt, CompiledAction.interruptParameter, host: host) {
        case .failure(let invalid):
            return .outcome(invalid.outcome)
        case .success(let seconds):
            let every = seconds.map(NumericParameter.milliseconds).flatMap { $0 > 0 ? $0 : nil }
            return .wait(.loopPrompts(prompts, interruptEvery: every))
        }
    }

    struct UnresolvedPrompt: Error {
        var outcome: ActionOutcome
    }

    /// The prompt an input action plays before it listens: none, one, or an error branch.
    static func leadingPrompt(_ compiled: CompiledAction, host: any FlowHost) -> Result<Prompt?, UnresolvedPrompt> {
        switch compiled.prompt?.prompt(host: host) {
        case .found(let p): return .success(p)
        case nil: return .success(nil)
        case .failed(let why): return .failure(UnresolvedPrompt(outcome: .error(.noMatchingError, note: why)))
        }
    }

    static func getParticipantInput(_ compiled: CompiledAction, host: any FlowHost) -> ActionEffect {
        let action = compiled.action
        let prompt: Prompt?
        switch leadingPrompt(compiled, host: host) {
        case .success(let p): prompt = p
        case .failure(let error): return .outcome(error.outcome)
        }
        let store = action.parameter("StoreInput")?.boolValue ?? false
        let dtmf = action.parameter("DTMFConfiguration")
        let timeout: Millis, maxLength: Int
        switch (Numbers.millis("InputTimeLimitSeconds", of: action, host: host, default: 5),
                Numbers.count("InputValidation.CustomValidation.MaximumLength", of: action, host: host, default: 20)) {
        case (.success(let t), .success(let m)): (timeout, maxLength) = (t, m)
        case (.failure(let invalid), _), (_, .failure(let invalid)): return .outcome(invalid.outcome)
        }
        let request = InputRequest(
            timeout: timeout, store: store,
            maxDigits: store ? maxLength : 1,
            terminator: store ? (dtmf?["InputTerminationSequence"]?.scalarText ?? "#") : nil,
            cancelKeyEnabled: !(dtmf?["DisableCancelKey"]?.boolValue ?? false))
        return .wait(.getInput(prompt: prompt, request: request))
    }

    static func transferToThirdParty(_ action: FlowAction, host: any FlowHost) -> ActionEffect {
        guard let raw = action.text("ThirdPartyPhoneNumber"),
              let number = References.resolveWhole(raw, host: host), !number.isEmpty else {
            return .outcome(.error(.noMatchingError, note: "the third-party number does not resolve"))
        }
        // Exports spell the timeout two ways (docs §3.6 quirk 5).
        let limit: Millis?
        switch (Numbers.value("ThirdPartyConnectionTimeLimitSeconds", of: action, host: host),
                Numbers.value("ThirdPartyConnectionTimeoutSeconds", of: action, host: host)) {
        case (.success(let a), .success(let b)): limit = (a ?? b).map(NumericParameter.milliseconds)
        case (.failure(let invalid), _), (_, .failure(let invalid)): return .outcome(invalid.outcome)
        }
        let resume = action.parameter("ContinueFlowExecution")?.boolValue ?? true
        let callerId = action.parameter("CallerId")
        let request = ThirdPartyRequest(
            number: number, timeLimit: limit, resume: resume,
            dtmf: action.text("ThirdPartyDTMFDigits").map { References.resolveWhole($0, host: host) ?? "" },
            callerIdNumber: callerId?["Number"]?.scalarText.flatMap { References.resolveWhole($0, host: host) },
            callerIdName: callerId?["Name"]?.scalarText.flatMap { References.resolveWhole($0, host: host) })
        return .wait(.transferToThirdParty(request))
    }
}
