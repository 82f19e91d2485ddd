/// The bottom row: the `:` command line while it is open, else the last message, else the most
/// useful keys, spelled from the keymap.
enum FooterBar {
    static let hints: [(Action, String)] = [
        (.help, "help"), (.nextPanel, "panel"), (.commandLine, "command"), (.pause, "pause"),
        (.faster, "faster"), (.slower, "slower"), (.quit, "quit"),
    ]

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
            guard let key = Keymap.binding(for: action, in: .global)?.keys.first?.label else { continue }
            let word = action == .pause && ui.paused ? "resume" : label
            guard x + CellWidth.of(key) + CellWidth.of(word) + 1 <= row.maxX else { break }
            x = canvas.put(key, x: x, y: row.y, role: .key, clip: row)
            x = canvas.put(" " + word + "  ", x: x, y: row.y, role: .hint, clip: row)
        }
    }
}
