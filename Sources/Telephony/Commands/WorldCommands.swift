extension Engine {
    /// Carries out what the simulated world does, or says why it cannot.
    @discardableResult
    public func perform(_ command: WorldCommand) -> Refusal? {
        noteStateChange()
        defer { settleCompletedContacts() }
        switch command {
        case .call(let from, let to):
            guard Self.isDiallable(from) else { return Refusal("\"\(from)\" is not a phone number: use E.164, like +15555550123.") }
            guard let flow = claimedNumbers[to] else {
                return Refusal("\(to) is not a number the instance has claimed. Claimed: \(config.phoneNumbers.map(\.number).joined(separator: ", ")).")
            }
            placeCall(from: from, to: to, flow: flow)
        case .customerSays(let who, let text):
            guard let call = liveCaller(who) else { return Refusal(noCaller(who)) }
            if text.isEmpty { return Refusal("Say what? Give the words to say.") }
            scriptSpeaks(for: .caller, on: call)
            if !feedSpeech(text, from: .customer(call)) { speak(.customer(call), .speech, text) }
        case .customerPresses(let who, let digits):
            guard let call = liveCaller(who) else { return Refusal(noCaller(who)) }
            guard !digits.isEmpty, digits.allSatisfy({ "0123456789*#".contains($0) }) else {
                return Refusal("Digits are 0–9, * and #.")
            }
            sendTones(digits, from: .customer(call))
        case .customerHangsUp(let who):
            guard let call = liveCaller(who) else { return Refusal(noCaller(who)) }
            if calls[call]?.customer == .ringing {
                return Refusal("The caller's phone is still ringing; it cannot hang up yet.")
            }
            disconnectCustomer(of: call, reason: .customerDisconnect)
        case .externalAnswers(let number):
            guard let (call, leg) = externalLeg(number, state: .connecting) else {
                return Refusal("No call is ringing at \(number).")
            }
            legAnswered(call, leg)
        case .externalHangsUp(let number):
            guard let (call, leg) = externalLeg(number, state: nil) else { return Refusal("\(number) is not on a call.") }
            externalHangsUp(call, leg)
        case .externalSays(let number, let text):
            guard let (call, leg) = externalLeg(number, state: .connected) else { return Refusal("\(number) is not connected to a call.") }
            scriptSpeaks(for: .external(number), on: call)
            speak(.external(leg), .speech, text)
        case .takeControl(let name):
            guard let u = resolveAgent(name) else { return Refusal("No agent named \(name).") }
            updateAgent(u) { $0.driven = true }
        }
        return nil
    }

    private func liveCaller(_ number: String?) -> CallID? {
        resolveCaller(number).flatMap { calls[$0]?.customer.isActive == true ? $0 : nil }
    }

    private func noCaller(_ number: String?) -> String {
        number.map { "\($0) is not on a call." } ?? "No caller is on a call."
    }

    /// The latest active leg to this number, optionally in a given state.
    func externalLeg(_ number: String, state: ConnectionState?) -> (CallID, LegID)? {
        for callId in callOrder.reversed() {
            guard let call = calls[callId] else { continue }
            if let leg = call.legs.last(where: { $0.party == .external(number) && $0.isActive && (state == nil || $0.state == state) }) {
                return (callId, leg.id)
            }
        }
        return nil
    }

    /// An external party by number, for transcripts: the latest leg to it.
    public func externalParty(_ number: String) -> PartyKey? {
        for callId in callOrder.reversed() {
            if let leg = calls[callId]?.legs.last(where: { $0.party == .external(number) }) { return .external(leg.id) }
        }
        return nil
    }
}
