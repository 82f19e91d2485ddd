import Telephony

/// The agent status selector with its timer, "Next status: X" and the mute indicator.
enum StatusBar {
    static func role(_ kind: StatusKind) -> StyleRole {
        switch kind {
        case .routable: return .statusAvailable
        case .notRoutable: return .statusCustom
        case .offline: return .statusOffline
        case .system, .error: return .statusSystem
        }
    }

    static func draw(_ view: AgentView, now: Millis, panel: Int, in row: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        var right = row.maxX
        if view.muted {
            right = canvas.putRight("Muted", y: row.y, role: .error, clip: row) - 2
        }
        if let next = view.nextStatus {
            let clip = Rect(x: row.x, y: row.y, width: right - row.x, height: 1)
            canvas.putRight("Next status: \(next)", y: row.y, role: .statusNext, clip: clip)
        }
        let role = role(view.statusKind)
        var x = canvas.put("\(g.bullet) \(view.status) \(g.dropdown)", x: row.x, y: row.y, role: role, clip: row)
        // The key that opens the status list, as every button shows its key.
        x = canvas.put(" [\(Keymap.mnemonic(.statusMenu, in: .agent))]", x: x, y: row.y, role: .key, clip: row)
        canvas.hit(Rect(x: row.x, y: row.y, width: x - row.x, height: 1), .button(panel: panel, .statusMenu))
        x = canvas.put(" ", x: x, y: row.y, role: .text, clip: row)
        canvas.put(TimeText.clock(now - view.statusSince), x: x, y: row.y, role: .hint, clip: row)
    }
}
