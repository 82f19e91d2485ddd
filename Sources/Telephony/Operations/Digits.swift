/// The number pad during a call: tones to everyone the agent talks to; an IVR on the line reads them.
extension Engine {
    func digitsRefusal(_ digits: String, _ ctx: AgentContext) -> String? {
        guard !digits.isEmpty, digits.allSatisfy({ "0123456789*#".contains($0) }) else {
            return "Digits are 0–9, * and #."
        }
        return ctx.leg?.state == .connected && ctx.contact?.phase == .connected
            ? nil : "Digits go to a call in progress, and you're not connected to one."
    }

    func sendDigits(_ digits: String, by username: String) {
        recordSentTones(digits, by: username)
        sendTones(digits, from: .agent(username))
    }

    /// The agent's own transcript keeps the tones it sent. Keys pressed one after another (within
    /// 5 s, nothing heard in between) read as one line, as the number pad shows them.
    private func recordSentTones(_ digits: String, by username: String) {
        let me = PartyKey.agent(username)
        if transcripts.extendTones(place(of: me), digits, from: Self.ownTonesSource, at: now, window: 5000) { return }
        hear(me, .dtmf, digits, from: Self.ownTonesSource)
    }

    static let ownTonesSource = "You"

    /// Tones reach whoever hears the sender; a flow waiting for the caller's input takes the caller's.
    func sendTones(_ digits: String, from sender: PartyKey) {
        if case .customer = sender, feedDigits(digits, from: sender) { return }
        speak(sender, .dtmf, digits)
        guard let call = call(of: sender) else { return }
        for listener in hearers(of: sender) {
            switch listener {
            case .external(let leg): ivrHears(digits, callId: call.id, legId: leg)
            case .customer(let id) where call.outbound: calledNumberHears(digits, callId: id)
            default: break
            }
        }
    }

    func setMuted(_ muted: Bool, _ username: String) {
        updateAgent(username) { $0.muted = muted }
        emit(.muted(agent: AgentID(username), muted: muted))
    }
}
