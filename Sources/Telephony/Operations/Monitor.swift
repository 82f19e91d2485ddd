/// Supervisors: silent monitoring and barge (docs/supervisor.md). A supervisor is an agent whose
/// CCP is set to monitor another agent's live voice call: in `silent_monitor` it hears the call and
/// no one hears it; in `barge` it joins the conversation, heard by everyone on it, and can hang up
/// parties, the agent among them (DisconnectReason BARGED). End call stops monitoring, and
/// monitoring stops by itself when the agent's call ends ([AG/monitor-conversations],
/// [AG/monitor-barge], Streams 2.4.1 release notes, docs §1.1 ConnectionStateType).
public enum MonitorMode: String, Sendable, Equatable, Codable {
    /// Streams' connection states for a supervisor's connection (docs §6 rule 1).
    case silentMonitor = "silent_monitor"
    case barge
}

struct Monitoring: Sendable, Equatable {
    var call: CallID
    /// The agent whose call is monitored.
    var agent: String
    var mode: MonitorMode
    var since: Millis
    /// The supervisor's own contact, whose MONITOR record completes when monitoring ends.
    var contact: ContactID
    var started: Millis
    /// Earlier spells in the other mode, oldest first; the current one runs from `since`.
    var spells: [(mode: MonitorMode, from: Millis, to: Millis)] = []

    static func == (a: Monitoring, b: Monitoring) -> Bool {
        a.call == b.call && a.agent == b.agent && a.mode == b.mode && a.since == b.since && a.contact == b.contact
            && a.spells.map(\.mode) == b.spells.map(\.mode) && a.spells.map(\.from) == b.spells.map(\.from)
    }

    mutating func switchTo(_ next: MonitorMode, at now: Millis) {
        spells.append((mode, since, now))
        mode = next
        since = now
    }
}

extension Engine {
    /// A supervisor's say on a command: nil when the command is not about monitoring.
    struct SupervisorAnswer {
        /// nil: allowed.
        let reason: String?
    }

    /// The monitoring still in force: the monitored agent is still in the conversation on that call
    /// (not gone to after contact work by End call or Leave: "When the agent ends the conversation,
    /// monitoring stops automatically" [AG/monitor-conversations]), or (barged) the call is still up.
    func activeMonitoring(_ supervisor: String) -> Monitoring? {
        guard let m = monitoring[supervisor], let call = calls[m.call], call.customer.isActive else { return nil }
        if m.mode == .barge { return m }
        guard let ctx = context(m.agent), ctx.onCall, ctx.call?.id == m.call else { return nil }
        return m
    }

    /// The call of an agent's own contact (never the call it monitors).
    func contactCall(of username: String) -> Call? {
        guard let contact = agent(username)?.slot.contactId, let c = contacts[contact] else { return nil }
        return calls[c.callId]
    }

    /// The monitoring state of a supervisor, for views and scripts.
    public func monitorMode(of supervisor: String) -> MonitorMode? {
        resolveAgent(supervisor).flatMap(activeMonitoring)?.mode
    }

    /// The agent a supervisor monitors.
    public func monitoredAgent(of supervisor: String) -> String? {
        resolveAgent(supervisor).flatMap(activeMonitoring)?.agent
    }

    func supervisorRefusal(_ command: AgentCommand, _ ctx: AgentContext) -> SupervisorAnswer? {
        let m = activeMonitoring(ctx.username)
        switch command {
        case .monitor(let name?):
            if m != nil { return SupervisorAnswer(reason: "You're already monitoring: End call first.") }
            if ctx.agent.slot != .free { return SupervisorAnswer(reason: "Finish your own contact before monitoring.") }
            guard let target = resolveAgent(name) else { return SupervisorAnswer(reason: "No agent named \(name).") }
            if target == ctx.username { return SupervisorAnswer(reason: "You can't monitor yourself.") }
            guard let other = context(target), other.onCall, other.contact?.phase == .connected else {
                return SupervisorAnswer(reason: "\(agent(target)?.config.displayName ?? target) is not on a live call.")
            }
            return SupervisorAnswer(reason: nil)
        case .monitor(nil):
            guard let m else { return SupervisorAnswer(reason: "Name the agent to monitor, like `monitor john`.") }
            guard m.mode == .barge else { return SupervisorAnswer(reason: "You're already listening silently.") }
            // Silent monitoring follows the agent's conversation; with the agent gone it would end and
            // leave the caller on a call no one is on (docs/supervisor.md).
            guard let other = context(m.agent), other.onCall, other.call?.id == m.call else {
                let name = agent(m.agent)?.config.displayName ?? m.agent
                // Whoever ended the agent's part says so: the supervisor's own hang-up (BARGED) is not the
                // agent leaving (issue 11 review 2, point 6).
                let dropped = calls[m.call]?.contacts.contains { contacts[$0]?.agent == m.agent && contacts[$0]?.disconnectReason == .barged } == true
                let gone = dropped ? "You disconnected \(name)" : "\(name) has left the call"
                return SupervisorAnswer(reason: "\(gone): you're the one with the caller. End call to finish.")
            }
            return SupervisorAnswer(reason: nil)
        case .barge:
            guard let m else { return SupervisorAnswer(reason: "Monitor a call first; then you can barge.") }
            if m.mode == .barge { return SupervisorAnswer(reason: "You've already barged in.") }
            // Barge needs "Enable Multi-Party Calls and Enhanced Monitoring" ([AG/monitor-barge]).
            if !config.multiParty { return SupervisorAnswer(reason: "Barge needs multi-party calls and enhanced monitoring on this instance.") }
            return SupervisorAnswer(reason: nil)
        case .endCall:
            return m == nil ? nil : SupervisorAnswer(reason: nil)
        case .say(let text):
            guard let m else { return nil }
            if text.isEmpty { return SupervisorAnswer(reason: "Say what? Give the words to say.") }
            return SupervisorAnswer(reason: m.mode == .barge ? nil : "You're monitoring silently: barge in to be heard.")
        case .hangUp(let handle):
            guard let m else { return nil }
            guard m.mode == .barge else { return SupervisorAnswer(reason: Self.takeControl) }
            return SupervisorAnswer(reason: bargeTarget(handle, m) == nil ? "No party \(handle) on this call." : nil)
        case .hold(let target):
            return m.map { SupervisorAnswer(reason: bargeHoldRefusal(target, resume: false, $0)) }
        case .resume(let target):
            return m.map { SupervisorAnswer(reason: bargeHoldRefusal(target, resume: true, $0)) }
        case .muteParty, .unmuteParty:
            // One operation for agents and barged-in supervisors (Operations/PartyMute.swift).
            return nil
        case .mute:
            // A supervisor is heard only once barged in; silent monitoring is how it stops being heard.
            guard let m else { return nil }
            return SupervisorAnswer(reason: m.mode == .barge
                ? "To stop being heard, go back to silent monitoring (Monitor)."
                : "You're monitoring silently: no one hears you.")
        case .unmute:
            return m == nil ? nil : SupervisorAnswer(reason: "You are not muted.")
        case .join, .swap:
            // Join and Swap follow a party the agent itself added ([AG/multi-party-calls]); no source
            // gives a barged-in supervisor either (docs/supervisor.md).
            guard let m else { return nil }
            return SupervisorAnswer(reason: m.mode == .barge
                ? "\(command == .join ? "Join" : "Swap") is the button of the agent who added a party (AWS multi-party-calls): barged in, hold or resume parties (Hold all, Resume all)."
                : Self.takeControl)
        case .leave:
            return m == nil ? nil : SupervisorAnswer(reason: "End call stops monitoring and leaves the call.")
        case .quickConnect, .dial, .sendDigits:
            // The admin guide's monitor-barge page and Streams 2.4.1 give a barged-in supervisor taking
            // over control, muting and dropping parties; no source found gives it quick connects, the
            // number pad or tones (docs/supervisor.md).
            guard let m else { return nil }
            return SupervisorAnswer(reason: m.mode == .barge
                ? "Transfers, numbers and tones are the agent's: no AWS source gives them to a barged-in supervisor (monitor-barge, Streams 2.4.1). Barged in, you hold, mute or hang up parties."
                : Self.takeControl)
        default:
            return m == nil ? nil : SupervisorAnswer(reason: "You're monitoring a call: End call to stop first.")
        }
    }

    /// Why a silent monitor's moves on the call are refused (docs/supervisor.md: taking control needs barge).
    static let takeControl = "You're monitoring silently: barge in to take control."

    /// Carries out what only a supervisor does; false when the command is an ordinary one.
    func supervise(_ command: AgentCommand, by u: String) -> Bool {
        switch command {
        case .monitor(let name?):
            guard let target = resolveAgent(name), let call = contactCall(of: target) else { return true }
            let id = ContactID(serial: nextContactSerial)
            nextContactSerial += 1
            monitoring[u] = Monitoring(call: call.id, agent: target, mode: .silentMonitor, since: now, contact: id, started: now)
            emit(.contactCreated(contact: id, method: .monitor, call: call.id))
            emitSupervisorConnection(u)
            hear(.agent(u), .system, "Monitoring \(agent(target)?.config.displayName ?? target)'s call", from: "CCP")
            return true
        case .monitor(nil):
            monitoring[u]?.switchTo(.silentMonitor, at: now)
            emitSupervisorConnection(u)
            hear(.agent(u), .system, "Back to silent monitoring", from: "CCP")
            tellCall(of: u, "\(agent(u)?.config.displayName ?? u) (supervisor) is listening silently again")
            return true
        case .barge:
            monitoring[u]?.switchTo(.barge, at: now)
            emitSupervisorConnection(u)
            tellCall(of: u, "\(agent(u)?.config.displayName ?? u) (supervisor) joined the call")
            return true
        case .endCall:
            guard let m = activeMonitoring(u) else { return false }
            finishMonitoring(u, m)
            hear(.agent(u), .system, "Stopped monitoring", from: "CCP")
            // A barged supervisor left alone with the caller ends the call as its agent would.
            afterLegChange(m.call)
            return true
        case .say(let text) where activeMonitoring(u) != nil:
            speak(.agent(u), .speech, text)
            return true
        case .hangUp(let handle):
            guard let m = activeMonitoring(u), let target = bargeTarget(handle, m) else { return false }
            switch target {
            case .agent(let a):
                // The supervisor disconnected the agent: the agent's record says BARGED (docs §2.4).
                hear(.agent(a), .system, "\(agent(u)?.config.displayName ?? u) (supervisor) disconnected you", from: "CCP")
                // Left with the supervisor and no other agent's segment, the caller is still on this
                // contact: like an agent leaving the caller with third parties, it completes when the
                // caller's call ends (docs §2.4), and stays among the live contacts until then.
                let call = calls[m.call]
                let callerStaysOn = call.map { call in
                    call.customer.isActive && !call.activeLegs.contains {
                        if case .agent(let other) = $0.party { return other != a } else { return false }
                    }
                } ?? false
                let dropped = agent(a)?.slot.contactId
                endAgentPart(a, reason: .barged, callerStaysOn: callerStaysOn)
                if callerStaysOn, let dropped { updateContact(dropped) { $0.disconnectReason = .barged } }
                emit(.agentHungUp(call: m.call, agent: AgentID(a), by: AgentID(u)))
                afterLegChange(m.call)
            case .customer:
                disconnectCustomer(of: m.call, reason: .agentDisconnect, by: u)
            case .external(let leg):
                setState(.leg(leg), .disconnected, on: m.call)
                emit(.legHungUp(call: m.call, leg: leg, by: AgentID(u)))
                afterLegChange(m.call)
            }
            return true
        case .hold(let target):
            guard let m = activeMonitoring(u) else { return false }
            bargeHold(target, resume: false, by: u, m)
            return true
        case .resume(let target):
            guard let m = activeMonitoring(u) else { return false }
            bargeHold(target, resume: true, by: u, m)
            return true
        default:
            return false
        }
    }

    /// Everyone on the call `u` monitors hears a line about the supervisor's connection.
    private func tellCall(of u: String, _ text: String) {
        guard let m = monitoring[u], let call = calls[m.call] else { return }
        for party in bridge(of: call) where party != .agent(u) { hear(party, .system, text, from: "CCP") }
    }

    /// The supervisor's connection as it is now, in the event log (nil mode: monitoring ended).
    func emitSupervisorConnection(_ u: String, ended: Monitoring? = nil) {
        guard let m = ended ?? monitoring[u] else { return }
        emit(.supervisorConnection(call: m.call, supervisor: AgentID(u), agent: AgentID(m.agent), contact: m.contact,
                                   mode: ended == nil ? m.mode : nil))
    }

    /// A party of the monitored call by the handles commands use: `customer`, a username, a number.
    func bargeTarget(_ handle: String, _ m: Monitoring) -> PartyKey? {
        guard let call = calls[m.call] else { return nil }
        if handle.lowercased() == "customer", call.customer.isActive { return .customer(call.id) }
        for leg in call.legs where leg.isActive {
            switch leg.party {
            case .agent(let a) where resolveAgent(handle) == a: return .agent(a)
            case .external(let number) where number == handle: return .external(leg.id)
            default: continue
            }
        }
        return nil
    }

    /// Supervisors listening to a call, and those barged into it (who are also heard).
    func supervisors(of call: CallID) -> [(username: String, mode: MonitorMode)] {
        monitoring.keys.sorted().compactMap { u in
            guard let m = activeMonitoring(u), m.call == call else { return nil }
            return (u, m.mode)
        }
    }
}
