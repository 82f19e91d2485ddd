import Telephony

/// Runs one action against the host. Each action type lives with its family in Actions/.
enum ActionExecutor {
    static func execute(_ action: FlowAction, cursor: inout FlowCursor, host: any FlowHost,
                        library: FlowLibrary) -> ActionEffect {
        switch action.type {
        case "MessageParticipant": return messageParticipant(action, host: host)
        case "MessageParticipantIteratively": return messageParticipantIteratively(action, host: host)
        case "GetParticipantInput": return getParticipantInput(action, host: host)
        case "TransferParticipantToThirdParty": return transferToThirdParty(action, host: host)
        case "DisconnectParticipant": return .finish(.disconnect)
        case "EndFlowExecution": return .finish(.end(.finished))
        case "UpdateContactEventHooks": return .outcome(updateEventHooks(action, host: host))
        case "UpdateContactTargetQueue": return .outcome(updateTargetQueue(action, host: host))
        case "TransferContactToQueue":
            if let error = host.transferToQueue() { return .outcome(.error(error)) }
            return .finish(.end(.queued))
        case "DequeueContactAndTransferToQueue":
            let queue = References.text("QueueId", of: action, host: host)
            let agent = References.text("AgentId", of: action, host: host)
            if let error = host.dequeueAndTransfer(toQueue: queue, agent: agent) { return .outcome(.error(error)) }
            return .finish(.end(.queued))
        case "TransferContactToAgent":
            // "If the agent is already with someone else, the contact is disconnected" (docs §3.2).
            return host.transferToAgent() ? .finish(.end(.transferredToAgent)) : .finish(.disconnect)
        case "TransferToFlow": return transferToFlow(action, host: host, library: library)
        case "UpdateContactAttributes": return .outcome(updateAttributes(action, host: host))
        case "UpdateFlowAttributes": return .outcome(updateFlowAttributes(action, host: host))
        case "Compare":
            let value = action.text("ComparisonValue").map { References.resolveWhole($0, host: host) ?? "" } ?? ""
            return .outcome(.value(value))
        case "CheckHoursOfOperation":
            let hours = References.text("HoursOfOperationId", of: action, host: host)
            guard let open = host.isWithinHours(hours) else {
                return .outcome(.error("NoMatchingError", note: "no hours of operation apply: set a working queue first"))
            }
            return .outcome(.value(open ? "True" : "False"))
        case "CheckMetricData": return .outcome(checkMetricData(action, host: host))
        case "Loop": return .outcome(loop(action, cursor: &cursor))
        case "DistributeByPercentage": return .outcome(.value(String(host.randomPercent())))
        case "Wait":
            return .outcome(.error("NoMatchingError", note: "Wait is supported only by the chat channel"))
        case "InvokeLambdaFunction": return .outcome(invokeLambda(action, host: host))
        case "UpdateContactCallbackNumber":
            guard let raw = action.text("CallbackNumber"), let number = References.resolveWhole(raw, host: host) else {
                return .outcome(.error("InvalidCallbackNumber", note: "the callback number does not resolve"))
            }
            if let error = host.setCallbackNumber(number) { return .outcome(.error(error, note: "\(number) cannot be called back")) }
            return .outcome(.success(note: "callback number \(number)"))
        case "CreateCallbackContact": return .outcome(createCallback(action, host: host))
        case "ConnectParticipantWithLexBot": return connectLexBot(action, host: host)
        case "UpdatePreviousContactParticipantState":
            let state = action.text("PreviousContactParticipantState") ?? ""
            return .outcome(host.setPreviousContactParticipantState(state)
                            ? .success() : .error("NoMatchingError", note: "no previous contact with an agent"))
        case "UpdateContactRoutingBehavior":
            let priority = action.parameter("QueuePriority")?.numberValue.map { Int($0) }
            let adjustment = action.parameter("QueueTimeAdjustmentSeconds")?.numberValue.map { Millis($0 * 1000) }
            host.setRoutingBehavior(priority: priority, timeAdjustment: adjustment)
            return .outcome(.success(note: [priority.map { "priority \($0)" }, adjustment.map { "time adjustment \($0 / 1000) s" }]
                .compactMap { $0 }.joined(separator: ", ")))
        case "UpdateContactRecordingBehavior", "UpdateContactTextToSpeechVoice", "UpdateFlowLoggingBehavior",
             "UpdateContactMediaStreamingBehavior", "UpdateContactData", "CompleteOutboundCall":
            return .outcome(.success(note: "has no audible effect here"))
        default:
            return .outcome(.success(note: "\(action.type) is not simulated; following its default branch"))
        }
    }

    /// The outcome of a waiting action once the engine resumes the flow.
    static func outcome(of action: FlowAction, resumedWith input: FlowInput, cursor: inout FlowCursor,
                        host: any FlowHost) -> ActionOutcome {
        switch (action.type, input) {
        case ("MessageParticipantIteratively", .interrupted): return .value("MessagesInterrupted")
        case ("ConnectParticipantWithLexBot", .speech(let said)):
            let bot = action.parameter("LexV2Bot")?["AliasArn"]?.scalarText ?? action.parameter("LexBot")?["Name"]?.scalarText ?? ""
            switch host.lexIntent(bot: bot, utterance: said) {
            case .none: return .error("NoMatchingError", note: "no Lex bot \(bot) is declared in the scenario")
            case .some(let intent?): return .value(intent)
            case .some(nil): return .value("FallbackIntent")
            }
        case ("ConnectParticipantWithLexBot", .timedOut):
            return .error("NoMatchingError", note: "the caller said nothing")
        case ("GetParticipantInput", .digits(let digits)):
            if action.text("StoreInput")?.lowercased() == "true" {
                if let rule = action.parameter("InputValidation")?["PhoneNumberValidation"] {
                    guard let number = PhoneNumberInput.number(from: digits, rule: rule) else {
                        return .error("InvalidPhoneNumber", note: "\(digits) is not a valid phone number")
                    }
                    host.setStoredInput(number)
                    return .success()
                }
                host.setStoredInput(digits)
                return .success()
            }
            return .value(digits)
        case ("GetParticipantInput", .timedOut):
            return action.transitions.errorTarget("InputTimeLimitExceeded") != nil
                ? .error("InputTimeLimitExceeded") : .error("NoMatchingError", note: "no input before the time limit")
        case (_, .thirdParty(.finished)): return .success()
        case (_, .thirdParty(.callFailed)): return .error("CallFailed")
        case (_, .thirdParty(.timeLimitExceeded)): return .error("ConnectionTimeLimitExceeded")
        default: return .success()
        }
    }
}
