/// Numbers outside the instance: they ring, answer, are busy, do not answer, run a little IVR
/// that reads DTMF, and hang up (DESIGN: simulated parties).
extension Engine {
    @discardableResult
    func addExternalLeg(_ number: String, to callId: CallID, addedBy: String?, callerId: EndpointAddress?,
                        label: String?, contact: ContactID?, flowRun: RunID? = nil, timeLimit: Millis? = nil) -> LegID {
        let legId = newLegId()
        var leg = Leg(id: legId, party: .external(number), state: .connecting, at: now, addedBy: addedBy)
        leg.label = label
        leg.contactId = contact
        leg.flowRun = flowRun
        calls[callId]?.add(leg)
        let shown = callerId.map { id in id.name.map { "\(id.number) (\($0))" } ?? id.number }
            ?? calls[callId]?.customerNumber ?? "unknown"
        hear(.external(legId), .system, .incomingCall(from: shown), from: "phone")
        emit(.legDialing(call: callId, leg: legId, number: number))
        let behaviour = externalsByNumber[number]?.answer ?? .after(3000)
        switch behaviour {
        case .after(let t): schedule(after: t, .legAnswers(callId, legId))
        case .busy: schedule(after: 2000, .legFails(callId, legId, busy: true))
        case .noAnswer: break
        }
        schedule(after: timeLimit ?? Self.defaultRingTime, .legTimeLimit(callId, legId))
        return legId
    }

    func legAnswered(_ callId: CallID, _ legId: LegID) {
        guard let leg = calls[callId]?.leg(legId), leg.state == .connecting, case .external(let number) = leg.party else { return }
        change(.leg(legId, .connected), on: callId)
        emit(.legAnswered(call: callId, leg: legId))
        notifyAgents(on: callId, .text("\(legLabel(leg)) answered"))
        if let contact = leg.contactId, contacts[contact]?.completed == false {
            // Transferred out of Amazon Connect (docs §2.1 TransferredToEndpoint).
            updateContact(contact) {
                $0.transferredTo = EndpointAddress(number: number)
                $0.transferCompletedAt = now
            }
        }
        if let runId = leg.flowRun, let run = runs[runId] {
            change(.caller(.connected), on: callId)
            if let request = pendingThirdParty[runId] {
                if let digits = request.dtmf, !digits.isEmpty { schedule(after: 500, .legSendsDigits(callId, legId, digits)) }
                if !request.resume {
                    pendingThirdParty[runId] = nil
                    removeRun(runId)
                    flowEnded(run, .transferredOut)
                }
            }
        }
        let external = externalsByNumber[number]
        if let greeting = external?.greeting, !scriptSpeaks(.external(number), on: callId) { schedule(after: 500, .legSays(callId, legId, text: greeting, thenHangUp: false)) }
        if let after = external?.hangUpAfter { schedule(after: after, .legHangsUp(callId, legId)) }
        reconcileHoldFlows(callId)
    }

    func legFailed(_ callId: CallID, _ legId: LegID, busy: Bool) {
        if legId == 0 { outboundFailed(callId, busy: busy); return }
        guard let leg = calls[callId]?.leg(legId), leg.state == .connecting else { return }
        change(.leg(legId, .disconnected), on: callId)
        notifyAgents(on: callId, .text(busy ? "\(legLabel(leg)) is busy" : "\(legLabel(leg)) did not answer"))
        emit(.legFailed(call: callId, leg: legId, busy: busy))
        if let runId = leg.flowRun, runs[runId] != nil {
            pendingThirdParty[runId] = nil
            step(runId, input: .thirdParty(busy ? .callFailed : .timeLimitExceeded))
        }
        afterLegChange(callId)
    }

    func legTimeLimitReached(_ callId: CallID, _ legId: LegID) {
        guard calls[callId]?.legState(legId) == .connecting else { return }
        legFailed(callId, legId, busy: false)
    }

    /// An external party hangs up (by itself, by its IVR, or by a world command).
    func externalHangsUp(_ callId: CallID, _ legId: LegID) {
        guard let leg = calls[callId]?.leg(legId), leg.isActive else { return }
        if leg.state == .connecting { legFailed(callId, legId, busy: false); return }
        change(.leg(legId, .disconnected), on: callId)
        notifyAgents(on: callId, .partyHungUp(legLabel(leg)))
        emit(.legHungUp(call: callId, leg: legId, by: nil))
        if let runId = leg.flowRun, runs[runId] != nil, calls[callId]?.customer.isActive == true {
            // Resume flow after disconnect: the caller returns to the flow on Success (docs §6 rule 26).
            pendingThirdParty[runId] = nil
            change(.caller(.flow), on: callId)
            step(runId, input: .thirdParty(.finished))
            return
        }
        afterLegChange(callId, thirdPartyLeft: true)
    }

    /// DTMF reaches an external IVR on the call: it answers the first rule its digits complete.
    func ivrHears(_ digits: String, callId: CallID, legId: LegID) {
        guard let leg = calls[callId]?.leg(legId), leg.state == .connected, case .external(let number) = leg.party else { return }
        let heard = leg.digitsHeard + digits.filter { $0 != "," }
        updateLeg(callId, legId) { $0.digitsHeard = heard }
        guard let rule = externalsByNumber[number]?.ivr.first(where: { heard.hasSuffix($0.digits) }) else { return }
        updateLeg(callId, legId) { $0.digitsHeard = "" }
        schedule(after: 1000, .legSays(callId, legId, text: rule.says, thenHangUp: rule.hangsUp))
    }

    /// The same IVR at a number an agent dialled from the number pad.
    func calledNumberHears(_ digits: String, callId: CallID) {
        guard let call = calls[callId], let external = externalsByNumber[call.customerNumber] else { return }
        let heard = call.digitsHeard + digits.filter { $0 != "," }
        guard let rule = external.ivr.first(where: { heard.hasSuffix($0.digits) }) else {
            call.setDigitsHeard(heard)
            return
        }
        call.setDigitsHeard("")
        schedule(after: 1000, .calledNumberSays(callId, text: rule.says, thenHangUp: rule.hangsUp))
    }

    /// TransferParticipantToThirdParty: the caller is connected to the number; the flow waits.
    func dialFromFlow(_ request: ThirdPartyRequest, run: FlowRun) {
        guard let contact = contacts[run.contactId] else { return }
        let callerId = request.callerIdNumber.map { EndpointAddress(number: $0, name: request.callerIdName) }
            ?? EndpointAddress(number: calls[contact.callId]?.customerNumber ?? "", name: request.callerIdName)
        pendingThirdParty[run.id] = request
        let legId = addExternalLeg(request.number, to: contact.callId, addedBy: nil, callerId: callerId, label: nil,
                                   contact: contact.id, flowRun: run.id,
                                   timeLimit: request.timeLimit.flatMap { $0 > 0 ? $0 : nil })
        run.wait = .thirdParty(leg: legId)
        if let party = party(for: run.listener) { hear(party, .system, "Transferring to \(request.number)…", from: run.flow) }
    }

    func legLabel(_ leg: Leg) -> String {
        if let label = leg.label { return label }
        switch leg.party {
        case .agent(let u): return agent(u)?.config.displayName ?? u
        case .external(let number): return externalsByNumber[number]?.name ?? number
        case .pending: return "Internal transfer"
        }
    }
}
