import Telephony

/// Runs one action against the host. Each action type lives with its family in Actions/.
enum ActionExecutor {
    static func execute(_ compiled: CompiledAction, cursor: inout FlowCursor, host: any FlowHost,
                        library: FlowLibrary) -> ActionEffect {
        let action = compiled.action
        switch action.kind {
        case .messageParticipant: return messageParticipant(compiled, host: host)
        case .messageParticipantIteratively: return messageParticipantIteratively(compiled, host: host)
        case .getParticipantInput: return getParticipantInput(compiled, host: host)
        case .transferParticipantToThirdParty: return transferToThirdParty(action, host: host)
        case .disconnectParticipant: return .finish(.disconnect)
        case .endFlowExecution: return .finish(.end(.finished))
        case .updateContactEventHooks: return .outcome(updateEventHooks(action, host: host))
        case .updateContactTargetQueue: return .outcome(updateTargetQueue(compiled, host: host))
        case .transferContactToQueue:
            if let error = host.queueTransferError() { return .outcome(.error(error)) }
            return .finish(.end(.queued))
        case .dequeueContactAndTransferToQueue:
            let queue = References.text("QueueId", of: action, host: host)
            let agent = References.text("AgentId", of: action, host: host)
            if let error = host.dequeueAndTransfer(toQueue: queue, agent: agent) { return .outcome(.error(error)) }
            return .finish(.end(.queued))
        case .transferContactToAgent:
            // "If the agent is already with someone else, the contact is disconnected" (docs §3.2).
            return host.transferToAgent() ? .finish(.end(.transferredToAgent)) : .finish(.disconnect)
        case .transferToFlow: return transferToFlow(action, host: host, library: library)
        case .updateContactAttributes: return .outcome(updateAttributes(action, host: host))
        case .updateFlowAttributes: return .outcome(updateFlowAttributes(action, host: host))
        case .compare:
            let value = compiled.text("ComparisonValue").map { References.resolveWhole($0, host: host) ?? "" } ?? ""
            return .outcome(.value(value))
        case .checkHoursOfOperation:
            let hours = References.text("HoursOfOperationId", of: compiled, host: host)
            guard let open = host.isWithinHours(hours) else {
                return .outcome(.error(.noMatchingError, note: "no hours of operation apply: set a working queue first"))
            }
            return .outcome(.value(open ? "True" : "False"))
        case .checkMetricData: return .outcome(checkMetricData(compiled, host: host))
        case .loop: return .outcome(loop(action, cursor: &cursor, host: host))
        case .distributeByPercentage: return .outcome(.value(String(host.randomPercent())))
        case .invokeLambdaFunction: return invokeLambda(action, host: host)
        case .updateContactCallbackNumber:
            guard let raw = action.text("CallbackNumber"), let number = References.resolveWhole(raw, host: host) else {
                return .outcome(.error(.invalidCallbackNumber, note: "the callback number does not resolve"))
            }
            if let error = host.setCallbackNumber(number) { return .outcome(.error(error, note: "\(number) cannot be called back")) }
            return .outcome(.success(note: "callback number \(number)"))
        case .createCallbackContact: return .outcome(createCallback(action, host: host))
        case .connectParticipantWithLexBot: return connectLexBot(compiled, host: host)
        case .updatePreviousContactParticipantState:
            let state = action.text("PreviousContactParticipantState") ?? ""
            return .outcome(host.setPreviousContactParticipantState(state)
                            ? .success() : .error(.noMatchingError, note: "no previous contact with an agent"))
        case .updateContactRoutingBehavior:
            return .outcome(updateRoutingBehavior(action, host: host))
        case .invokeFlowModule: return invokeModule(action, host: host, library: library)
        case .endFlowModuleExecution: return .returnFromModule
        case .updateContactTextToSpeechVoice:
            guard let voice = References.text("TextToSpeechVoice", of: action, host: host), !voice.isEmpty else {
                return .outcome(.error(.noMatchingError, note: "TextToSpeechVoice does not resolve"))
            }
            host.setVoice(voice)
            return .outcome(.success(note: "voice \(voice)"))
        case .updateContactMediaStreamingBehavior:
            let enabled = action.text("MediaStreamingState")?.lowercased() != "disabled"
            host.setMediaStreaming(enabled)
            return .outcome(.success(note: enabled ? "customer audio stream started" : "customer audio stream stopped"))
        case .updateContactRecordingBehavior, .updateFlowLoggingBehavior, .updateContactData, .completeOutboundCall,
             .wait, .other:
            return .outcome(notEmulated(compiled))
        }
    }

    /// What `ActionCatalog` says an action that is not emulated does; `check` warns with the same table.
    static func notEmulated(_ compiled: CompiledAction) -> ActionOutcome {
        switch compiled.behaviour {
        case .emulated, .silentSuccess: return .success(note: "has no audible effect here")
        case .errorBranch(let why): return .error(.noMatchingError, note: why)
        case .notRun: return .success(note: "\(compiled.action.type) is not run here; following its default branch")
        }
    }

    /// Store customer input with no customer input takes Success with `$.StoredCustomerInput` = "Timeout" (admin guide,
    /// Store customer input: "When a call includes no customer input, the contact takes the Success branch").
    static func storedTimeout(_ host: any FlowHost, why: String) -> ActionOutcome {
        host.setStoredInput("Timeout")
        return .success(note: "\(why): $.StoredCustomerInput = Timeout")
    }

    /// The outcome of a waiting action once the engine resumes the flow.
    static func outcome(of action: FlowAction, resumedWith input: FlowInput, cursor: inout FlowCursor,
                        host: any FlowHost) -> ActionOutcome {
        switch (action.kind, input) {
        case (.messageParticipantIteratively, .interrupted): return .value("MessagesInterrupted")
        case (.connectParticipantWithLexBot, .speech(let said)):
            let bot = action.parameter("LexV2Bot")?["AliasArn"]?.scalarText ?? action.parameter("LexBot")?["Name"]?.scalarText ?? ""
            let session = (action.parameter("LexSessionAttributes")?.orderedMembers ?? []).map {
                (key: $0.key, value: TextTemplate($0.value.scalarText ?? "").render(host: host))
            }
            switch host.lexInteraction(bot: bot, utterance: said, sessionAttributes: session) {
            case .none: return .error(.noMatchingError, note: "no Lex bot \(bot) is declared in the scenario")
            case .some(let intent?): return .value(intent)
            case .some(nil): return .value("FallbackIntent")
            }
        case (.connectParticipantWithLexBot, .timedOut):
            return .error(.noMatchingError, note: "the caller said nothing")
        case (.getParticipantInput, .digits(let digits)):
            if action.text("StoreInput")?.lowercased() == "true" {
                // Only the terminating key: no digits were entered, which Store customer input treats as no input.
                if digits.isEmpty { return storedTimeout(host, why: "only the terminating key was pressed") }
                if let rule = action.parameter("InputValidation")?["PhoneNumberValidation"] {
                    guard let number = PhoneNumberInput.number(from: digits, rule: rule) else {
                        return .error(.invalidPhoneNumber, note: "\(digits) is not a valid phone number")
                    }
                    host.setStoredInput(number)
                    return .success()
                }
                host.setStoredInput(digits)
                return .success()
            }
            return .value(digits)
        case (.getParticipantInput, .timedOut):
            if action.text("StoreInput")?.lowercased() == "true" { return storedTimeout(host, why: "no input before the time limit") }
            return action.transitions.errorTarget(FlowError.inputTimeLimitExceeded.rawValue) != nil
                ? .error(.inputTimeLimitExceeded) : .error(.noMatchingError, note: "no input before the time limit")
        case (_, .thirdParty(.finished)): return .success()
        case (_, .thirdParty(.callFailed)): return .error(.callFailed)
        case (_, .thirdParty(.timeLimitExceeded)): return .error(.connectionTimeLimitExceeded)
        default: return .success()
        }
    }
}
