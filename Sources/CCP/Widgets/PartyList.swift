import Telephony

/// One row per party on the contact: state, timer, and that party's own Hold/Resume and hang-up.
/// The selected row (Up/Down) shows the keys that act on it.
enum PartyList {
    static let maxRows = 6

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
        let roomy = rect.width >= 56
        for (i, party) in parties.prefix(rect.height).enumerated() {
            let row = rect.row(i)
            let isSelected = i == selected
            // Narrow panels drop the mnemonics (help lists them) so the state and timer still fit.
            let showKeys = isSelected && roomy
            let buttons = AgentControls.shownMoves(party).map { move in
                let hangUp = move.action == .hangUpParty
                return Button(label: hangUp ? g.times : move.verb,
                              key: showKeys ? Keymap.mnemonic(move.action, in: .agent) : "", enabled: move.reason == nil,
                              target: hangUp ? .partyHangUp(panel: panel, party: i) : .partyHold(panel: panel, party: i))
            }
            // Buttons sit in fixed columns so they line up from row to row.
            let buttonsWidth = roomy ? 17 : 9
            for b in buttons {
                let isHangUp = if case .partyHangUp = b.target { true } else { false }
                canvas.draw(b, x: isHangUp ? row.maxX - b.width : row.maxX - buttonsWidth, y: row.y, clip: row)
            }
            let stateWidth = roomy ? 12 : 10
            let stateText = CellWidth.pad(party.state.label, to: stateWidth, ellipsis: g.ellipsis)
            let timer = CellWidth.pad(TimeText.clock(now - party.since), to: 5, ellipsis: g.ellipsis)
            let infoX = row.maxX - buttonsWidth - 1 - stateWidth - 1 - 5
            let stateRole = role(party.state)
            canvas.put(isSelected ? g.pointer : " ", x: row.x, y: row.y, role: isSelected ? .key : .text, clip: row)
            canvas.put(g.bullet, x: row.x + 2, y: row.y, role: stateRole, clip: row)
            canvas.put(party.label, x: row.x + 4, y: row.y, width: infoX - row.x - 5, role: .text, clip: row)
            canvas.put(stateText, x: infoX, y: row.y, role: stateRole, clip: row)
            canvas.put(timer, x: infoX + stateWidth + 1, y: row.y, role: .hint, clip: row)
            canvas.hit(Rect(x: row.x, y: row.y, width: infoX + stateWidth + 6 - row.x, height: 1),
                       .party(panel: panel, party: i))
        }
    }

    /// Lessons: how to choose a party and act on it, under the list.
    static func drawKeys(in row: Rect, on canvas: inout Canvas) {
        let select = "\(Keymap.mnemonic(.previousParty, in: .agent))/\(Keymap.mnemonic(.nextParty, in: .agent))"
        var x = row.x + 2
        for (key, what) in [(select, " select a party  "), (Keymap.mnemonic(.toggleHoldParty, in: .agent), " hold or resume it  "),
                            (Keymap.mnemonic(.hangUpParty, in: .agent), " hang it up")] {
            x = canvas.put(key, x: x, y: row.y, role: .key, clip: row)
            x = canvas.put(what, x: x, y: row.y, role: .hint, clip: row)
        }
    }
}
