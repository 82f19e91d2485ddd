import Telephony

extension ActionExecutor {
    static func messageParticipant(_ compiled: CompiledAction, host: any FlowHost) -> ActionEffect {
        guard let source = compiled.prompt else {
            return .outcome(.error("NoMatchingError", note: "no Text, SSML, PromptId or Media to play"))
        }
        switch source.prompt(host: host) {
        case .found(let prompt): return .wait(.play(prompt))
        case .unresolved(let id): return .outcome(unresolvedPrompt(id))
        }
    }

    static func messageParticipantIteratively(_ compiled: CompiledAction, host: any FlowHost) -> ActionEffect {
        var prompts: [Prompt] = []
        prompts.reserveCapacity(compiled.messages.count)
        for source in compiled.messages {
            switch source.prompt(host: host) {
            case .found(let p): prompts.append(p)
            case .unresolved(let id): return .outcome(unresolvedPrompt(id))
            }
        }
        guard !prompts.isEmpty else { return .outcome(.error("NoMatchingError", note: "no Messages to loop")) }
        return .wait(.loopPrompts(prompts, interruptEvery: compiled.interruptEvery))
    }

    static func unresolvedPrompt(_ id: String) -> ActionOutcome {
        .error("NoMatchingError", note: "prompt \(id) is not declared in the scenario (prompts:)")
    }

    struct UnresolvedPrompt: Error {
        var outcome: ActionOutcome
    }

    /// The prompt an input action plays before it listens: none, one, or an error branch.
    static func leadingPrompt(_ compiled: CompiledAction, host: any FlowHost) -> Result<Prompt?, UnresolvedPrompt> {
        switch compiled.prompt?.prompt(host: host) {
        case .found(let p): return .success(p)
        case nil: return .success(nil)
        case .unresolved(let id): return .failure(UnresolvedPrompt(outcome: unresolvedPrompt(id)))
        }
    }

    static func getParticipantInput(_ compiled: CompiledAction, host: any FlowHost) -> ActionEffect {
        let action = compiled.action
        let prompt: Prompt?
        switch leadingPrompt(compiled, host: host) {
        case .success(let p): prompt = p
        case .failure(let error): return .outcome(error.outcome)
        }
        let seconds = action.parameter("InputTimeLimitSeconds")?.numberValue ?? 5
        let store = action.parameter("StoreInput")?.boolValue ?? false
        let dtmf = action.parameter("DTMFConfiguration")
        let maxLength = action.parameter("InputValidation")?["CustomValidation"]?["MaximumLength"]?.numberValue
        let request = InputRequest(
            timeout: Millis(seconds * 1000), store: store,
            maxDigits: store ? Int(maxLength ?? 20) : 1,
            terminator: store ? (dtmf?["InputTerminationSequence"]?.scalarText ?? "#") : nil,
            cancelKeyEnabled: !(dtmf?["DisableCancelKey"]?.boolValue ?? false))
        return .wait(.getInput(prompt: prompt, request: request))
    }

    static func transferToThirdParty(_ action: FlowAction, host: any FlowHost) -> ActionEffect {
        guard let raw = action.text("ThirdPartyPhoneNumber"),
              let number = References.resolveWhole(raw, host: host), !number.isEmpty else {
            return .outcome(.error("NoMatchingError", note: "the third-party number does not resolve"))
        }
        // Exports spell the timeout two ways (docs §3.6 quirk 5).
        let limit = (action.parameter("ThirdPartyConnectionTimeLimitSeconds")
                     ?? action.parameter("ThirdPartyConnectionTimeoutSeconds"))?.numberValue
        let resume = action.parameter("ContinueFlowExecution")?.boolValue ?? true
        let callerId = action.parameter("CallerId")
        let request = ThirdPartyRequest(
            number: number, timeLimit: limit.map { Millis($0 * 1000) }, resume: resume,
            dtmf: action.text("ThirdPartyDTMFDigits").map { References.resolveWhole($0, host: host) ?? "" },
            callerIdNumber: callerId?["Number"]?.scalarText.flatMap { References.resolveWhole($0, host: host) },
            callerIdName: callerId?["Name"]?.scalarText.flatMap { References.resolveWhole($0, host: host) })
        return .wait(.transferToThirdParty(request))
    }
}
