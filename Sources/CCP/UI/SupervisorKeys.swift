import Telephony

/// The supervisor panel's keys and clicks: choose a live contact, Monitor it, Barge, End call, and
/// once barged in hold, mute or hang up a party; an agent CCP key says why it does nothing here. Whether each applies comes from the engine's own reasons
/// (`SupervisorView`), so a dimmed button, its key and the command agree; a refused move is counted
/// like any other.
extension Reduction {
    static let supervisorActions: Set<Action> = [
        .listUp, .listDown, .monitor, .barge, .endCall, .previousParty, .nextParty, .hangUpParty, .toggleHoldParty,
        .toggleMuteParty, .holdAll, .scrollBack, .scrollForward,
    ]

    mutating func supervise(_ action: Action) {
        guard let name = panel.supervisorName else {
            return fail("Monitor and Barge are on the supervisor panel: termccp run --supervisor NAME")
        }
        let contacts = world.liveContacts
        let supervisor = world.supervisors[name]
        let selected = SupervisorPanel.selectedIndex(panel, contacts: contacts)
        switch action {
        case .listUp, .listDown:
            guard let selected else { return }
            let next = min(max(0, selected + (action == .listUp ? -1 : 1)), contacts.count - 1)
            state.panels[state.focus].listIndex = next
            state.panels[state.focus].selectedContact = contacts[next].contactId
        case .monitor:
            if supervisor?.mode == .barge {
                if let reason = supervisor?.silentRefusal { return refuseSupervisor("Monitor", reason) }
                intents.append(.agent(name, .monitor(nil)))
                return
            }
            let contact = selected.map { contacts[$0] }
            if let reason = SupervisorPanel.monitorRefusal(supervisor, contact) { return refuseSupervisor("Monitor", reason) }
            guard let agent = contact?.agent else { return }
            intents.append(.agent(name, .monitor(agent)))
        case .barge:
            if let reason = supervisor?.bargeRefusal { return refuseSupervisor("Barge", reason) }
            intents.append(.agent(name, .barge))
        case .endCall:
            if supervisor?.mode == nil, superviseOwnContact(.endCall) { return }
            if let reason = supervisor?.endRefusal { return refuseSupervisor("End call", reason) }
            intents.append(.agent(name, .endCall))
        case .previousParty, .nextParty:
            let count = SupervisorPanel.parties(supervisor: supervisor, contacts: contacts).count
            guard count > 0 else { return }
            let step = action == .previousParty ? -1 : 1
            state.panels[state.focus].selectedParty = min(max(0, panel.selectedParty + step), count - 1)
        case .hangUpParty, .toggleHoldParty, .toggleMuteParty:
            // Barged in on a multi-party call, any party may be held, muted or hung up (docs/supervisor.md).
            let parties = SupervisorPanel.parties(supervisor: supervisor, contacts: contacts)
            guard let supervisor, supervisor.partyMovesRefusal == nil, !parties.isEmpty else {
                return refuseSupervisor(SupervisorPanel.partyMoveName(action),
                                        supervisor?.partyMovesRefusal ?? "No party on this call.")
            }
            let move = SupervisorPanel.partyMove(action, supervisor, parties[min(max(0, panel.selectedParty), parties.count - 1)])
            if let reason = move.refusal { return refuseSupervisor(move.label, reason) }
            intents.append(.agent(name, move.command))
        case .holdAll:
            guard let supervisor, supervisor.partyMovesRefusal == nil else {
                return refuseSupervisor("Hold all", supervisor?.partyMovesRefusal ?? "No party on this call.")
            }
            let resume = supervisor.holdAllRefusal != nil && supervisor.resumeAllRefusal == nil
            if let reason = resume ? supervisor.resumeAllRefusal : supervisor.holdAllRefusal {
                return refuseSupervisor(resume ? "Resume all" : "Hold all", reason)
            }
            intents.append(.agent(name, resume ? .resume(.all) : .hold(.all)))
        case .scrollBack: scroll(Self.scrollPage)
        case .scrollForward: scroll(-Self.scrollPage)
        default:
            break
        }
    }

    /// The controls of the supervisor's own contact: a supervisor is an agent of the scenario, and
    /// routing offers it contacts of its queues when it is Available (docs §6 rule 7).
    static let ownContactControls: Set<Control> = [.accept, .reject, .endCall, .clear]

    /// Carries out `action` on the supervisor's own contact; false when it has none or the action is
    /// not one of its controls.
    mutating func superviseOwnContact(_ action: Action) -> Bool {
        guard let name = panel.supervisorName, let view = world.agents[name], view.contact != nil,
              let control = action.control, Self.ownContactControls.contains(control) else { return false }
        guard view.isEnabled(control) else {
            refuseSupervisor(ControlLabel.of(control), view.disabledReason(control) ?? "not available now")
            // The advice names this panel's keys, not the agent CCP's.
            let enabled = SupervisorPanel.ownContactButtons(view, panel: state.focus)
            if !enabled.isEmpty {
                state.panels[state.focus].advice = "Now: " + enabled.map { "\($0.key) \($0.label)" }.joined(separator: ", ")
            }
            return true
        }
        if let command = control.command(muted: view.muted) { intents.append(.agent(name, command)) }
        return true
    }

    /// An agent CCP key pressed on the supervisor panel, where it has no button: why it does nothing
    /// here and what to do instead (`SupervisorPanel.agentKeyRefusal`), counted as a refused move.
    mutating func refuseAgentKey(_ action: Action) {
        guard let name = panel.supervisorName else { return }
        let shown = state.panels.compactMap(\.agentName).map { world.agents[$0]?.displayName ?? $0 }
        let monitored = world.supervisors[name]?.monitoredAgent.flatMap { agent in
            state.panels.contains { $0.agentName == agent } ? world.agents[agent]?.displayName ?? agent : nil
        }
        let refusal = SupervisorPanel.agentKeyRefusal(action, supervisor: world.supervisors[name],
                                                      ownView: world.agents[name], agentPanel: monitored ?? shown.first)
        refuseSupervisor(refusal.move, refusal.reason)
    }

    mutating func refuseSupervisor(_ move: String, _ reason: String) {
        state.refusals += 1
        fail("\(move): \(reason)")
    }
}
