/// The bottom row: the `:` command line while it is open, else the last message, else the most
/// useful keys, spelled from the keymap.
enum FooterBar {
    static let hints: [(Action, String)] = [
        (.help, "help"), (.callIn, "caller"), (.nextPanel, "panel"), (.commandLine, "command"), (.pause, "pause"),
        (.faster, "speed"), (.quit, "quit"),
    ]

    static func key(_ action: Action) -> String? {
        let first = { (a: Action) in Keymap.binding(for: a, in: .global)?.keys.first?.label }
        if action == .faster, let up = first(.faster), let down = first(.slower) { return "\(up)/\(down)" }
        return first(action)
    }

    static func draw(ui: UIState, in row: Rect, on canvas: inout Canvas) {
        if let line = ui.commandLine {
            let x = canvas.put(":", x: row.x, y: row.y, role: .key, clip: row)
            let text = CellWidth.of(line) >= row.width - 2
                ? String(line.suffix(row.width - 3)) : line
            canvas.put(text + "_", x: x, y: row.y, role: .input, clip: row)
            return
        }
        if let message = ui.message {
            canvas.put(message.text, x: row.x, y: row.y, width: row.width,
                       role: message.kind == .error ? .error : .info, clip: row)
            return
        }
        var x = row.x
        for (action, label) in hints {
            guard let key = key(action) else { continue }
            let word = action == .pause && ui.paused ? "resume" : label
            guard x + CellWidth.of(key) + CellWidth.of(word) + 1 <= row.maxX else { break }
            x = canvas.put(key, x: x, y: row.y, role: .key, clip: row)
            x = canvas.put(" " + word + "  ", x: x, y: row.y, role: .hint, clip: row)
        }
    }
}
