extension Engine {
    func fire(_ event: TimerEvent) {
        switch event {
        case .flowWakes(let run, let token): wake(run, token: token)
        case .offerExpires(let c, let a, let at): offerExpired(c, agent: agentName(a), offeredAt: at)
        case .botAnswers(let a, let c, let accept): botAnswers(agentAt: a, contact: c, accept: accept)
        case .botGreets(let a, let c): botGreets(agentName(a), contact: c)
        case .botHangsUp(let a, let c): botHangsUp(agentName(a), contact: c)
        case .botClears(let a, let c): botClears(agentAt: a, contact: c)
        case .acwTimesOut(let a, let c): acwTimedOut(agentName(a), contact: c)
        case .legAnswers(let call, let leg): legAnswered(call, leg)
        case .legFails(let call, let leg, let busy): legFailed(call, leg, busy: busy)
        case .legHangsUp(let call, let leg): externalHangsUp(call, leg)
        case .legTimeLimit(let call, let leg): legTimeLimitReached(call, leg)
        case .legSendsDigits(let call, let leg, let digits):
            if calls[call]?.legState(leg) == .connected {
                speak(.customer(call), .dtmf, digits)
                ivrHears(digits, callId: call, legId: leg)
            }
        case .legSays(let call, let leg, let text, let thenHangUp):
            guard calls[call]?.legState(leg) == .connected else { return }
            speak(.external(leg), .speech, text)
            if thenHangUp { schedule(after: Prompt.speakingTime(text), .legHangsUp(call, leg)) }
        case .customerAnswers(let call): outboundAnswered(call)
        case .calledNumberSays(let call, let text, let thenHangUp):
            guard calls[call]?.customer == .connected else { return }
            speak(.customer(call), .speech, text)
            if thenHangUp {
                schedule(after: Prompt.speakingTime(text), .calledNumberHangsUp(call))
            }
        case .calledNumberHangsUp(let call):
            guard calls[call]?.customer.isActive == true else { return }
            disconnectCustomer(of: call, reason: .customerDisconnect)
        case .customerSays(let call, let index): customerSays(call, index: index)
        case .customerAbandons(let call, let contact): customerAbandons(call, contact)
        case .callbackDue(let contact): enqueue(contact)
        case .whisperLimit(let run): whisperReachedLimit(run)
        case .placeScheduledCall(let index):
            let call = config.scheduledCalls[index]
            placeCall(from: call.from, to: call.to)
        }
    }
}
