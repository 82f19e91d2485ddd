import Telephony

/// The caller's phone: its state as the caller lives it, who they hear, a speak line, keys to
/// press, hang up, and the transcript of what the caller hears.
enum CustomerPanel {
    static func role(_ state: CallerView.State) -> StyleRole {
        switch state {
        case .inFlow, .inQueue: return .bannerConnecting
        case .onHold: return .bannerHold
        case .connected, .transferred: return .bannerConnected
        case .disconnected: return .bannerIdle
        }
    }

    static func draw(world: WorldSnapshot, state: PanelState, panel: Int, focused: Bool, in rect: Rect,
                     on canvas: inout Canvas) {
        Chrome.frame(title: "Customer phone", focused: focused, panel: panel, in: rect, on: &canvas)
        var area = Chrome.content(of: rect)
        let g = canvas.glyphs
        area = Chrome.message(state.message, in: area, on: &canvas)
        var (row, rest) = area.splitTop(1)
        guard let caller = world.caller else {
            canvas.put("No call", x: row.x, y: row.y, width: row.width, role: .bannerIdle, clip: row)
            (row, rest) = rest.splitTop(2)
            guard let example = world.exampleCall else {
                canvas.put("This scenario claims no number to call", x: row.x, y: row.y + 1, width: row.width,
                           role: .hint, clip: row)
                return
            }
            canvas.put("Place one from the : line, e.g.", x: row.x, y: row.y + 1, width: row.width, role: .hint, clip: row)
            (row, rest) = rest.splitTop(1)
            canvas.put(":" + example.line, x: row.x, y: row.y, width: row.width, role: .key, clip: row)
            return
        }
        canvas.put("\(caller.number) \(g.arrow) \(caller.dialled)", x: row.x, y: row.y, width: row.width,
                   role: .text, clip: row)
        (row, rest) = rest.splitTop(1)
        let bannerRole = role(caller.state)
        if caller.state != .disconnected { canvas.fill(row, role: bannerRole) }
        let timerX = canvas.putRight(TimeText.clock(world.now - caller.since) + " ", y: row.y, role: bannerRole, clip: row)
        canvas.put(" " + caller.state.rawValue, x: row.x, y: row.y, width: timerX - row.x - 1, role: bannerRole, clip: row)
        (row, rest) = rest.splitTop(1)
        let hearing = caller.hearing.isEmpty ? "nobody" : caller.hearing.joined(separator: ", ")
        canvas.put("Hears: \(hearing)", x: row.x, y: row.y, width: row.width, role: .hint, clip: row)
        rest = rest.splitTop(1).rest
        let live = caller.state != .disconnected
        let buttons = [
            Button(label: "Say", key: Keymap.mnemonic(.say, in: .customer), enabled: live,
                   target: .button(panel: panel, .say)),
            Button(label: "Keys", key: Keymap.mnemonic(.pressDigit, in: .customer), enabled: live,
                   target: .panel(panel)),
            Button(label: "Hang up", key: Keymap.mnemonic(.customerHangUp, in: .customer), enabled: live,
                   target: .button(panel: panel, .customerHangUp)),
        ]
        (row, rest) = rest.splitTop(ButtonBar.rows(buttons, width: rest.width))
        ButtonBar.draw(buttons, in: row, on: &canvas)
        rest = rest.splitTop(1).rest
        if state.open == .speak {
            (row, rest) = rest.splitTop(2)
            let x = canvas.put("Say: ", x: row.x, y: row.y, role: .title, clip: row)
            canvas.put(state.input + "_", x: x, y: row.y, width: row.maxX - x, role: .input, clip: row)
            canvas.put("Enter say \(g.separator) Esc cancel", x: row.x, y: row.y + 1, width: row.width, role: .hint,
                       clip: row)
        }
        TranscriptView.draw(world.callerTranscript, title: "What the caller hears", scroll: state.scroll, in: rest,
                            on: &canvas)
    }
}
