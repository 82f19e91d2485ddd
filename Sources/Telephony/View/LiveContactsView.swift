/// A contact in progress as a supervisor's panel lists it: the live contacts a manager picks a
/// conversation from on the real-time metrics Agents page, with the agent, queue and state, and the
/// conversation's who-hears-whom once a supervisor listens in ([AG/monitor-conversations],
/// [AG/monitor-barge]; docs/supervisor.md).
public struct LiveContactView: Sendable, Equatable {
    /// A supervisor on the contact's call: listening (`silent_monitor`) or barged in (`barge`),
    /// Streams' connection states for a supervisor (docs §6 rule 1).
    public struct Supervisor: Sendable, Equatable {
        public var username: String
        public var name: String
        public var mode: MonitorMode
    }

    /// What one party on the call hears now, by name; `heardBy` is who hears that party.
    public struct Hearing: Sendable, Equatable {
        public var party: String
        /// `customer`, an agent's username or an external number (the handles commands use).
        public var handle: String
        public var hears: [String]
        public var heardBy: [String]
        /// Muted: by its own Mute (an agent) or by a barged-in supervisor; heard by no one.
        public var muted = false
    }

    public var contactId: String
    public var callId: CallID
    /// INBOUND, TRANSFER, OUTBOUND… (docs §2.3).
    public var initiationMethod: String
    /// The agent the contact is offered to, connected with or in after contact work for; nil while
    /// it is in a flow or a queue.
    public var agent: String?
    public var agentName: String?
    public var queue: String?
    /// The caller's number (inbound) or the number dialled (outbound).
    public var customerNumber: String
    /// In the CCP's words: "In flow", "In queue", then the agent's banner (Incoming call,
    /// Connected, On hold, After contact work…).
    public var state: String
    /// When the contact was initiated, in virtual ms: its duration runs from here.
    public var since: Millis
    public var supervisors: [Supervisor]
    /// Every party on the call and whom it hears, supervisors last; empty once the call is over.
    public var hearing: [Hearing]
    /// Why a supervisor cannot start monitoring this contact now (nil: it can): monitoring needs
    /// an agent in a live voice conversation ([AG/monitor-conversations]).
    public var monitorRefusal: String?
}

extension Engine {
    /// The contacts in progress, oldest call first and each call's segments in order: a contact is
    /// listed from initiation until its segment completes (after contact work included).
    public func liveContacts() -> [LiveContactView] {
        var out: [LiveContactView] = []
        for callId in callOrder {
            guard let call = calls[callId] else { continue }
            let hearing = call.ended ? [] : hearingMap(of: call)
            let onCall = supervisors(of: callId).map {
                LiveContactView.Supervisor(username: $0.username, name: agent($0.username)?.config.displayName ?? $0.username,
                                           mode: $0.mode)
            }
            for id in call.contacts {
                guard let contact = contacts[id], !contact.completed else { continue }
                out.append(liveContact(contact, on: call, supervisors: onCall, hearing: hearing))
            }
        }
        return out
    }

    private func liveContact(_ contact: Contact, on call: Call, supervisors: [LiveContactView.Supervisor],
                             hearing: [LiveContactView.Hearing]) -> LiveContactView {
        var state: String
        switch contact.phase {
        case .flow, .dialing: state = call.customer == .queued ? "In queue" : "In flow"
        case .queued: state = "In queue"
        case .ended: state = "Ended"
        default: state = "Connecting"
        }
        var monitorRefusal: String? = "No agent is on this contact yet."
        if let u = contact.agent, let view = view(of: u), let banner = view.contact?.banner,
           view.contact?.contactId == contact.id.description {
            state = banner.rawValue
            let live = context(u).map { $0.onCall && $0.contact?.phase == .connected } ?? false
            monitorRefusal = live ? nil : "\(view.displayName) is not in a live conversation on it."
        }
        return LiveContactView(
            contactId: contact.id.description, callId: call.id, initiationMethod: contact.method.rawValue,
            agent: contact.agent, agentName: contact.agent.flatMap { agent($0)?.config.displayName },
            queue: workingQueueName(of: contact), customerNumber: call.customerNumber, state: state,
            since: contact.initiatedAt, supervisors: supervisors, hearing: hearing, monitorRefusal: monitorRefusal)
    }

    /// Who hears whom on a call, by the one rule for it (`hears`), with its supervisors.
    private func hearingMap(of call: Call) -> [LiveContactView.Hearing] {
        var parties: [(key: PartyKey, handle: String)] = []
        if call.customer.isActive { parties.append((.customer(call.id), "customer")) }
        for leg in call.legs where leg.isActive {
            switch leg.party {
            case .agent(let u): parties.append((.agent(u), u))
            case .external(let number): parties.append((.external(leg.id), number))
            case .pending: continue
            }
        }
        for s in supervisors(of: call.id) where !parties.contains(where: { $0.key == .agent(s.username) }) {
            parties.append((.agent(s.username), s.username))
        }
        return parties.map { party in
            LiveContactView.Hearing(
                party: label(of: party.key), handle: party.handle,
                hears: parties.filter { hears(party.key, $0.key) }.map { label(of: $0.key) },
                heardBy: parties.filter { hears($0.key, party.key) }.map { label(of: $0.key) },
                muted: isMuted(party.key))
        }
    }
}

/// A supervisor's side of monitoring: what it monitors, and why each supervisor move does not
/// apply now (nil, or absent from a table: it applies), from the same predicate that refuses the
/// command (`Engine.refusal`), so the panel's dimmed buttons and the engine agree.
public struct SupervisorView: Sendable, Equatable {
    public var username: String
    /// `silent_monitor` or `barge` while monitoring; nil otherwise.
    public var mode: MonitorMode?
    public var monitoredAgent: String?
    public var monitoredCall: CallID?
    /// `barge`: join the conversation.
    public var bargeRefusal: String?
    /// `monitor` with no agent: from barge back to silent monitoring.
    public var silentRefusal: String?
    /// End call: stop monitoring.
    public var endRefusal: String?
    /// `monitor AGENT`, by the agents of live contacts; an agent absent here may be monitored.
    public var monitorRefusals: [String: String]
    /// `hangup HANDLE` on the monitored call, by party handle; a handle absent here may be hung up.
    public var hangUpRefusals: [String: String]
    /// `hold HANDLE` and `resume HANDLE` on the monitored call, by party handle, as `hangUpRefusals`.
    public var holdRefusals: [String: String] = [:]
    public var resumeRefusals: [String: String] = [:]
    /// `hold all` and `resume all`.
    public var holdAllRefusal: String?
    public var resumeAllRefusal: String?
    /// `mute HANDLE` and `unmute HANDLE` on the monitored call, by party handle, as `hangUpRefusals`.
    public var muteRefusals: [String: String] = [:]
    public var unmuteRefusals: [String: String] = [:]
    /// Why the moves on the call's parties (hang up, hold, resume, mute) do not apply, whichever the
    /// party; nil once barged in.
    public var partyMovesRefusal: String?
}

extension Engine {
    /// The supervisor panel's view of `username`; nil for an unknown agent.
    public func supervisorView(of username: String) -> SupervisorView? {
        guard let u = resolveAgent(username) else { return nil }
        let m = activeMonitoring(u)
        var monitorRefusals: [String: String] = [:]
        for callId in callOrder {
            for id in calls[callId]?.contacts ?? [] {
                guard let a = contacts[id]?.agent, monitorRefusals[a] == nil else { continue }
                if let reason = refusal(.monitor(a), as: u) { monitorRefusals[a] = reason }
            }
        }
        var hangUpRefusals: [String: String] = [:], holdRefusals: [String: String] = [:], resumeRefusals: [String: String] = [:]
        var muteRefusals: [String: String] = [:], unmuteRefusals: [String: String] = [:]
        if let m, let call = calls[m.call] {
            var handles = call.customer.isActive ? ["customer"] : []
            for leg in call.legs where leg.isActive {
                switch leg.party {
                case .agent(let a): handles.append(a)
                case .external(let number): handles.append(number)
                case .pending: continue
                }
            }
            for handle in handles {
                if let reason = refusal(.hangUp(handle), as: u) { hangUpRefusals[handle] = reason }
                if let reason = refusal(.hold(.party(handle)), as: u) { holdRefusals[handle] = reason }
                if let reason = refusal(.resume(.party(handle)), as: u) { resumeRefusals[handle] = reason }
                if let reason = refusal(.muteParty(handle), as: u) { muteRefusals[handle] = reason }
                if let reason = refusal(.unmuteParty(handle), as: u) { unmuteRefusals[handle] = reason }
            }
        }
        var view = SupervisorView(
            username: u, mode: m?.mode, monitoredAgent: m?.agent, monitoredCall: m?.call,
            bargeRefusal: refusal(.barge, as: u), silentRefusal: refusal(.monitor(nil), as: u),
            endRefusal: m == nil ? "You're not monitoring a call." : refusal(.endCall, as: u),
            monitorRefusals: monitorRefusals, hangUpRefusals: hangUpRefusals)
        view.holdRefusals = holdRefusals
        view.resumeRefusals = resumeRefusals
        view.muteRefusals = muteRefusals
        view.unmuteRefusals = unmuteRefusals
        switch m?.mode {
        case .barge?: view.partyMovesRefusal = nil
        case .silentMonitor?: view.partyMovesRefusal = Self.takeControl
        case nil: view.partyMovesRefusal = "You're not monitoring a call: monitor one and barge in to act on its parties."
        }
        let notMonitoring = "You're not monitoring a call."
        view.holdAllRefusal = m == nil ? notMonitoring : refusal(.hold(.all), as: u)
        view.resumeAllRefusal = m == nil ? notMonitoring : refusal(.resume(.all), as: u)
        return view
    }
}
