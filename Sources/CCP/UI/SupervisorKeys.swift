import Telephony

/// The supervisor panel's keys and clicks: choose a live contact, Monitor it, Barge, End call, and
/// once barged in hang up a party. Whether each applies comes from the engine's own reasons
/// (`SupervisorView`), so a dimmed button, its key and the command agree; a refused move is counted
/// like any other.
extension Reduction {
    static let supervisorActions: Set<Action> = [
        .listUp, .listDown, .monitor, .barge, .endCall, .previousParty, .nextParty, .hangUpParty, .toggleHoldParty,
        .holdAll, .scrollBack, .scrollForward,
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
        case .hangUpParty:
            let parties = SupervisorPanel.parties(supervisor: supervisor, contacts: contacts)
            guard supervisor?.mode == .barge, !parties.isEmpty else {
                return refuseSupervisor("Hang up", "Barge in first: a silent monitor cannot act on the call.")
            }
            let party = parties[min(max(0, panel.selectedParty), parties.count - 1)]
            if let reason = supervisor?.hangUpRefusals[party.handle] {
                return refuseSupervisor("Hang up \(party.party)", reason)
            }
            intents.append(.agent(name, .hangUp(party.handle)))
        case .toggleHoldParty:
            // Barged in on a multi-party call, any party may be held (docs/supervisor.md).
            let parties = SupervisorPanel.parties(supervisor: supervisor, contacts: contacts)
            guard supervisor?.mode == .barge, let supervisor, !parties.isEmpty else {
                return refuseSupervisor("Hold", "Barge in first: a silent monitor cannot act on the call.")
            }
            let party = parties[min(max(0, panel.selectedParty), parties.count - 1)]
            let resume = SupervisorPanel.holdResumes(supervisor, handle: party.handle)
            if let reason = resume ? supervisor.resumeRefusals[party.handle] : supervisor.holdRefusals[party.handle] {
                return refuseSupervisor("\(resume ? "Resume" : "Hold") \(party.party)", reason)
            }
            intents.append(.agent(name, resume ? .resume(.party(party.handle)) : .hold(.party(party.handle))))
        case .holdAll:
            guard supervisor?.mode == .barge, let supervisor else {
                return refuseSupervisor("Hold all", "Barge in first: a silent monitor cannot act on the call.")
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
            refuse(control, view)
            return true
        }
        if let command = control.command(muted: view.muted) { intents.append(.agent(name, command)) }
        return true
    }

    mutating func refuseSupervisor(_ move: String, _ reason: String) {
        state.refusals += 1
        fail("\(move): \(reason)")
    }
}
