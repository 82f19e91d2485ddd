import Telephony

/// The one predicate of an agent CCP panel (lazygit's: one function decides that a control is disabled
/// and says why): the buttons the panel shows and the selected party's own Hold/Resume and hang-up,
/// each enabled or with the engine's reason (`AgentView.controls`, `PartyView`). The buttons are drawn
/// from here, a key is carried out or refused from here, and the "Now:" line lists the enabled ones
/// from here, so the three cannot disagree.
enum AgentControls {
    /// A move on one party of the contact, by its key (`o` Hold / Resume, `u` Mute / Unmute, `x` hang up).
    struct PartyMove: Equatable {
        var action: Action
        /// "Hold", "Resume", "Mute", "Unmute" or "Hang up".
        var verb: String
        /// Why it does not apply now; nil when it does.
        var reason: String?
        var command: AgentCommand
    }

    /// What `action` does to `party` now: Hold or Resume, Mute or Unmute (whichever its row shows), or hang up.
    static func move(_ action: Action, on party: PartyView) -> PartyMove {
        if action == .hangUpParty {
            return PartyMove(action: action, verb: "Hang up", reason: party.hangUpReason, command: .hangUp(party.handle))
        }
        if action == .toggleMuteParty {
            let unmute = party.muted
            return PartyMove(action: action, verb: unmute ? "Unmute" : "Mute",
                             reason: unmute ? party.unmuteReason : party.muteReason,
                             command: unmute ? .unmuteParty(party.handle) : .muteParty(party.handle))
        }
        let resume = party.state == .hold
        return PartyMove(action: .toggleHoldParty, verb: resume ? "Resume" : "Hold",
                         reason: resume ? party.resumeReason : party.holdReason,
                         command: resume ? .resume(.party(party.handle)) : .hold(.party(party.handle)))
    }

    /// The moves the party's row shows: Mute/Unmute where this agent may mute others (a multi-party
    /// call) or the party is muted, Hold/Resume while it is connected or on hold, hang-up until it has
    /// left. A move not shown is refused with why (`refusal`): on a three-party call, muting another
    /// party says that each agent mutes only themselves.
    static func shownMoves(_ party: PartyView) -> [PartyMove] {
        var out: [PartyMove] = []
        if party.muted || party.muteReason == nil { out.append(move(.toggleMuteParty, on: party)) }
        if party.state == .connected || party.state == .hold { out.append(move(.toggleHoldParty, on: party)) }
        if party.state != .disconnected { out.append(move(.hangUpParty, on: party)) }
        return out
    }

    /// Why `action` does nothing to `party` now; nil when its row shows the move enabled.
    static func refusal(_ action: Action, on party: PartyView) -> String? {
        if let shown = shownMoves(party).first(where: { $0.action == action }) { return shown.reason }
        return move(action, on: party).reason ?? "\(party.label) is \(party.state.label.lowercased())."
    }

    /// The selected party, as the panel shows it selected (clamped to the list).
    static func selected(_ view: AgentView, _ index: Int) -> PartyView? {
        guard let parties = view.contact?.parties, !parties.isEmpty else { return nil }
        return parties[min(max(0, index), parties.count - 1)]
    }

    /// Every control the panel offers now with its key: the buttons, the selected party's moves, then
    /// the status selector (always open to a change, docs §1.6).
    static func offered(_ view: AgentView, selectedParty: Int) -> [(key: String, label: String, enabled: Bool)] {
        var out = AgentPanel.buttons(view, panel: 0).map { (key: $0.key, label: $0.label, enabled: $0.enabled) }
        if let party = selected(view, selectedParty) {
            out += shownMoves(party).map {
                (key: Keymap.mnemonic($0.action, in: .agent), label: "\($0.verb) \(party.label)", enabled: $0.reason == nil)
            }
        }
        out.append((key: Keymap.mnemonic(.statusMenu, in: .agent), label: "Change status", enabled: true))
        return out
    }
}
