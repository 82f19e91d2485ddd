import Telephony

/// Hand-built engine views for the reducer's unit tests, which check the intents a key or click
/// turns into against a FakeSession. Golden screens do not use these: they render the real engine
/// (EngineStage). Times are chosen so every timer has a distinct, recognisable value at `now`.
enum Fixtures {
    static let now: Millis = .minutes(2) + .seconds(5)

    static let quickConnects = [
        QuickConnectEntry(name: "Maria Garcia", type: "USER"),
        QuickConnectEntry(name: "PasswordReset", type: "QUEUE"),
        QuickConnectEntry(name: "Shipping company", type: "PHONE_NUMBER"),
        QuickConnectEntry(name: "Billing", type: "QUEUE"),
    ]

    static let statuses = ["Available", "Break", "Lunch", "Offline"]

    /// AgentView.controls has every control: `.some(nil)` enabled, `.some(reason)` disabled.
    static func controls(enabled: [Control], reason: String) -> [Control: String?] {
        var out: [Control: String?] = [:]
        for c in Control.allCases { out[c] = .some(enabled.contains(c) ? nil : reason) }
        return out
    }

    static func agent(_ username: String = "john", name: String = "John Doe", status: String = "Available",
                      kind: StatusKind = .routable, next: String? = nil, contact: ContactView? = nil,
                      controls: [Control: String?], muted: Bool = false) -> AgentView {
        AgentView(username: username, displayName: name, status: status, statusKind: kind, statusSince: 0,
                  nextStatus: next, selectableStatuses: statuses, contact: contact, quickConnects: quickConnects,
                  controls: controls, muted: muted)
    }

    static func party(_ handle: String, _ label: String, _ kind: PartyView.Kind, _ state: ConnectionState,
                      since: Millis, hold: String? = nil, resume: String? = nil, hangUp: String? = nil) -> PartyView {
        PartyView(handle: handle, label: label, kind: kind, state: state, since: since, holdReason: hold,
                  resumeReason: resume, hangUpReason: hangUp)
    }

    static func contact(_ banner: Banner, since: Millis, parties: [PartyView], acwEndsAt: Millis? = nil,
                        attributes: [(key: String, value: String)] = [("reason", "password")]) -> ContactView {
        ContactView(contactId: "c-1", initiationMethod: "INBOUND", banner: banner, bannerSince: since,
                    queue: "PasswordReset", customerNumber: "+15550100", parties: parties, attributes: attributes,
                    acwEndsAt: acwEndsAt)
    }

    static let customer = "+15550100"

    static var idle: AgentView {
        agent(controls: controls(enabled: [.quickConnects, .numberPad], reason: "No contact"))
    }

    static var ringing: AgentView {
        agent(contact: contact(.incoming, since: now - .seconds(4), parties: [
            party("customer", customer, .customer, .connecting, since: now - .seconds(4),
                  hold: "The call is not connected yet", hangUp: "Reject the call instead"),
        ]), controls: controls(enabled: [.accept, .reject], reason: "Accept or reject the call first"))
    }

    static var consult: AgentView {
        agent(contact: contact(.connected, since: now - .seconds(50), parties: [
            party("customer", customer, .customer, .hold, since: now - .seconds(12)),
            party("maria", "Maria Garcia", .agent, .connected, since: now - .seconds(3)),
        ]), controls: controls(enabled: [.quickConnects, .numberPad, .join, .holdAll, .swap, .leave, .endCall, .mute],
                               reason: "The call is still connected"))
    }

    static var queueTransfer: AgentView {
        var c = controls(enabled: [.numberPad, .holdAll, .leave, .endCall, .mute], reason: "Not while a transfer is connecting")
        c[.join] = "Wait until Internal transfer connects"
        c[.swap] = "Wait until Internal transfer connects"
        return agent(contact: contact(.connecting, since: now - .seconds(6), parties: [
            party("customer", customer, .customer, .hold, since: now - .seconds(6)),
            party("PasswordReset", "Internal transfer", .queue, .connecting, since: now - .seconds(6),
                  hold: "Not connected yet"),
        ]), controls: c)
    }

    static var partyOnHold: AgentView {
        var c = controls(enabled: [.quickConnects, .numberPad, .join, .holdAll, .swap, .leave, .endCall, .mute],
                         reason: "The call is still connected")
        c[.holdAll] = .some(nil)
        return agent(contact: contact(.connected, since: now - .seconds(90), parties: [
            party("customer", customer, .customer, .connected, since: now - .seconds(9)),
            party("maria", "Maria Garcia", .agent, .hold, since: now - .seconds(9)),
        ]), controls: c, muted: true)
    }

    static var afterContactWork: AgentView {
        agent(next: "Lunch", contact: contact(.afterContactWork, since: now - .seconds(7), parties: [
            party("customer", customer, .customer, .disconnected, since: now - .seconds(7),
                  hold: "The call has ended", resume: "The call has ended", hangUp: "The call has ended"),
        ], acwEndsAt: now + .seconds(23)), controls: controls(enabled: [.clear], reason: "The call has ended"))
    }

    static func line(_ at: Millis, _ kind: TranscriptLine.Kind, _ text: String, _ source: String, count: Int = 1)
        -> TranscriptLine {
        var l = TranscriptLine(at: at, kind: kind, text: text, source: source)
        l.count = count
        l.lastAt = at
        return l
    }

    static let johnHears = [
        line(.seconds(60), .system, "Incoming call from +15550100", ""),
        line(.seconds(66), .whisper, "PasswordReset", "Agent whisper"),
        line(.seconds(70), .speech, "Hi, I forgot my password and cannot log in to the portal anymore.", "+15550100"),
        line(.seconds(80), .speech, "Let me get a colleague.", "John Doe"),
        line(.seconds(110), .prompt, "Transferring to agent", "Default agent transfer"),
        line(.seconds(112), .recording, "beep", "Default customer whisper", count: 3),
        line(.seconds(115), .dtmf, "1", "+15550100"),
    ]

    static let callerHears = [
        line(.seconds(55), .prompt, "Welcome to Example Corp. Press 1 for password reset.", "Inbound flow"),
        line(.seconds(58), .recording, "Hold music", "Default customer queue", count: 4),
        line(.seconds(110), .recording, "Hold music", "Default customer hold"),
    ]

    static let caller = CallerView(callId: 1, number: "+15550100", dialled: "+18005550199", state: .onHold,
                                   since: now - .seconds(12), hearing: [])
}
