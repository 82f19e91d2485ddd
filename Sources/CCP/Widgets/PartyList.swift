import Telephony
import TextFit

/// One row per party on the contact: state, timer, and that party's own Mute/Unmute (multi-party
/// calls), Hold/Resume and hang-up. The selected row (Up/Down) shows the keys that act on it.
enum PartyList {
    static let maxRows = 6

    /// Whether the selected row names its keys (`[o] Hold`) at this width: a narrow panel (38 columns
    /// beside another at 80) drops them so the state and timer still fit, and the key hint line under
    /// the list names them instead (`AgentPanel`).
    static func rowsShowKeys(width: Int) -> Bool { width >= 56 }

    static func role(_ state: ConnectionState) -> StyleRole {
        switch state {
        case .connected: return .partyConnected
        case .hold: return .partyHold
        case .connecting: return .partyConnecting
        case .disconnected: return .partyDisconnected
        }
    }

    static func draw(_ parties: [PartyView], selected: Int, now: Millis, panel: Int, in rect: Rect,
                     on canvas: inout Canvas) {
        let g = canvas.glyphs
        let roomy = rowsShowKeys(width: rect.width)
        // A Mute column only where some row shows the move (multi-party calls), so three-party rows keep their width.
        let showsMute = parties.contains { p in AgentControls.shownMoves(p).contains { $0.action == .toggleMuteParty } }
        let muteWidth = showsMute ? (roomy ? 11 : 7) : 0
        let holdWidth = roomy ? 17 : 9
        let buttonsWidth = holdWidth + muteWidth
        // A label that would be cut (a phone number or "Internal transfer" in a 38-column panel) takes the timers'
        // columns and the state column's spare ones, on every row so that states still line up: a party's name
        // matters more than how long it has been in its state, and a number cut inside ("+15555…") says nothing.
        // A narrow row with a Mute column gives up the timers too, so the party's name still shows.
        let shownParties = parties.prefix(rect.height)
        let labelRoom = rect.width - buttonsWidth - 1 - (roomy ? 12 : 10) - 1 - 5 - 5
        let labelsFit = shownParties.allSatisfy { CellWidth.of($0.label) <= labelRoom }
        let showsTimer = (roomy || muteWidth == 0) && labelsFit
        let widestState = shownParties.map { CellWidth.of($0.state.label) }.max() ?? 0
        let stateWidth = labelsFit ? (roomy ? 12 : 10) : min(roomy ? 12 : 10, widestState)
        for (i, party) in parties.prefix(rect.height).enumerated() {
            let row = rect.row(i)
            let isSelected = i == selected
            // Narrow panels drop the mnemonics (help lists them) so the state and timer still fit.
            let showKeys = isSelected && roomy
            // Buttons sit in fixed columns so they line up from row to row: Mute, Hold, then × at the edge.
            for move in AgentControls.shownMoves(party) {
                let target: HitTarget
                switch move.action {
                case .hangUpParty: target = .partyHangUp(panel: panel, party: i)
                case .toggleMuteParty: target = .partyMute(panel: panel, party: i)
                default: target = .partyHold(panel: panel, party: i)
                }
                let b = Button(label: move.action == .hangUpParty ? g.times : move.verb,
                               key: showKeys ? Keymap.mnemonic(move.action, in: .agent) : "",
                               enabled: move.reason == nil, target: target)
                let x: Int
                switch move.action {
                case .hangUpParty: x = row.maxX - b.width
                case .toggleMuteParty: x = row.maxX - buttonsWidth
                default: x = row.maxX - holdWidth
                }
                canvas.draw(b, x: x, y: row.y, clip: row)
            }
            let stateText = CellWidth.pad(party.state.label, to: stateWidth, ellipsis: g.ellipsis)
            let timer = CellWidth.pad(TimeText.clock(now - party.since), to: 5, ellipsis: g.ellipsis)
            let infoX = row.maxX - buttonsWidth - 1 - stateWidth - (showsTimer ? 1 + 5 : 0)
            let stateRole = role(party.state)
            canvas.put(isSelected ? g.pointer : " ", x: row.x, y: row.y, role: isSelected ? .key : .text, clip: row)
            canvas.put(g.bullet, x: row.x + 2, y: row.y, role: stateRole, clip: row)
            canvas.put(party.label, x: row.x + 4, y: row.y, width: infoX - row.x - 5, role: .text, clip: row)
            canvas.put(stateText, x: infoX, y: row.y, role: stateRole, clip: row)
            if showsTimer { canvas.put(timer, x: infoX + stateWidth + 1, y: row.y, role: .hint, clip: row) }
            canvas.hit(Rect(x: row.x, y: row.y, width: infoX + stateWidth + (showsTimer ? 6 : 0) - row.x, height: 1),
                       .party(panel: panel, party: i))
        }
    }

    /// How to choose a party and what each key does to the selected one now (lessons, and any panel
    /// whose rows show no keys). The keys come from
    /// the predicate the keys are carried out or refused by (`AgentControls.refusal`), so the hint lists
    /// exactly the keys that apply (lazygit's one predicate): `u` on a multi-party call, Resume for a held
    /// party, nothing for one that has left (issue 11 review 2, point 9: the hint never listed `u`).
    /// `short`: the words a narrow panel has room for ("hold", not "hold it").
    static func keyHints(_ parties: [PartyView], selected: Int, short: Bool = false) -> [(key: String, what: String)] {
        var out: [(key: String, what: String)] = []
        if parties.count > 1 {
            out.append(("\(Keymap.mnemonic(.previousParty, in: .agent))/\(Keymap.mnemonic(.nextParty, in: .agent))",
                        short ? "select" : "select a party"))
        }
        guard parties.indices.contains(selected) else { return out }
        let party = parties[selected]
        for action in [Action.toggleMuteParty, .toggleHoldParty, .hangUpParty]
        where AgentControls.refusal(action, on: party) == nil {
            let verb = action == .hangUpParty ? "hang up" : AgentControls.move(action, on: party).verb.lowercased()
            let what = short ? verb : action == .hangUpParty ? "hang it up" : "\(verb) it"
            out.append((Keymap.mnemonic(action, in: .agent), what))
        }
        return out
    }

    /// The key hints in one row, read whole: in full words where they fit, else in short ones, else the
    /// party's own keys before how to select (a narrow panel's rows show no mnemonics, so these are where
    /// `o` and `x` are named; issue 11 review 2, point 7: the row was cut mid-word and `o` lost).
    static func drawKeys(_ parties: [PartyView], selected: Int, in row: Rect, on canvas: inout Canvas) {
        let room = row.width - 2
        func width(_ hints: [(key: String, what: String)]) -> Int {
            hints.reduce(0) { $0 + CellWidth.of($1.key) + 1 + CellWidth.of($1.what) } + 2 * max(0, hints.count - 1)
        }
        var hints = keyHints(parties, selected: selected)
        if width(hints) > room { hints = keyHints(parties, selected: selected, short: true) }
        if width(hints) > room, parties.count > 1 { hints.removeFirst() }
        while width(hints) > room, !hints.isEmpty { hints.removeLast() }
        var x = row.x + 2
        for (key, what) in hints {
            x = canvas.put(key, x: x, y: row.y, role: .key, clip: row)
            x = canvas.put(" " + what, x: x, y: row.y, role: .hint, clip: row) + 2
        }
    }
}
