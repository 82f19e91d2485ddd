import TextFit

/// The bottom row: the `:` command line while it is open, else the last message, else the most
/// useful keys, spelled from the keymap. A message too long for the row (a `:` line's refusal)
/// wraps between words onto up to `messageRows` rows, which the panels give up while it shows.
enum FooterBar {
    static let messageRows = 3

    /// The rows the footer needs at this width.
    static func rows(ui: UIState, width: Int, ellipsis: String) -> Int {
        guard ui.commandLine == nil, let message = ui.message else { return 1 }
        return max(1, WordWrap.rows(message.text, width: width, limit: messageRows, ellipsis: ellipsis).count)
    }

    static let hints: [(Action, String)] = [
        (.help, "help"), (.callIn, "caller"), (.nextPanel, "panel"), (.commandLine, "command"), (.pause, "pause"),
        (.faster, "speed"), (.quit, "quit"),
    ]

    static func key(_ action: Action) -> String? {
        let first = { (a: Action) in Keymap.binding(for: a, in: .global)?.keys.first?.label }
        if action == .faster, let up = first(.faster), let down = first(.slower) { return "\(up)/\(down)" }
        return first(action)
    }

    /// `quit`: the quit key's word in this mode (`QuitHelp.footer`).
    static func draw(ui: UIState, quit: String = "quit", in row: Rect, on canvas: inout Canvas) {
        if let line = ui.commandLine {
            let x = canvas.put(":", x: row.x, y: row.y, role: .key, clip: row)
            let text = CellWidth.of(line) >= row.width - 2
                ? String(line.suffix(row.width - 3)) : line
            canvas.put(text + "_", x: x, y: row.y, role: .input, clip: row)
            return
        }
        if let message = ui.message {
            let lines = WordWrap.rows(message.text, width: row.width, limit: max(1, row.height), ellipsis: canvas.glyphs.ellipsis)
            for (i, text) in lines.enumerated() {
                let line = row.row(i)
                canvas.put(text, x: line.x, y: line.y, width: line.width,
                           role: message.kind == .error ? .error : .info, clip: line)
            }
            return
        }
        var x = row.x
        for (action, label) in hints {
            guard let key = key(action) else { continue }
            let word = action == .pause && ui.paused ? "resume" : action == .quit ? quit : label
            guard x + CellWidth.of(key) + CellWidth.of(word) + 1 <= row.maxX else { break }
            x = canvas.put(key, x: x, y: row.y, role: .key, clip: row)
            x = canvas.put(" " + word + "  ", x: x, y: row.y, role: .hint, clip: row)
        }
    }
}
