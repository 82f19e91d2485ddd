/// The number pad. Idle, it builds a number to dial. In a call it does both things the CCP's pad
/// does (AWS "Transfer calls to a quick connect or external number"): each key on the Tones line is
/// a tone sent at once, as a phone's keypad sends it, and the number on the Call line is added to
/// the call as a party by Call (what `dial` does). Keys, both lines and Call are clickable.
enum NumberPad {
    static let keys: [[Character]] = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["*", "0", "#"]]

    /// Title, the lines typed on, the key rows and the hint.
    static func height(inCall: Bool) -> Int { keys.count + (inCall ? 4 : 3) }

    static func draw(_ state: PanelState, inCall: Bool, panel: Int, in rect: Rect, on canvas: inout Canvas) {
        guard rect.height >= 3 else { return }
        let g = canvas.glyphs
        canvas.put(inCall ? "Number pad \(g.separator) tones, or a number to add" : "Number pad \(g.separator) dial a number",
                   x: rect.x, y: rect.y, width: rect.width, role: .title, clip: rect)
        let call = Button(label: "Call", key: Keymap.mnemonic(.choose, in: .numberPad), enabled: true,
                          target: .button(panel: panel, .choose))
        var y = rect.y + 1
        if inCall {
            line("Tones", state.tones, active: state.padField == .tones, field: .tones, panel: panel, y: y, in: rect,
                 on: &canvas)
            y += 1
            line("Call", state.input, active: state.padField == .number, field: .number, panel: panel, y: y, in: rect,
                 on: &canvas)
        } else {
            let x = canvas.put("> ", x: rect.x, y: y, role: .hint, clip: rect)
            canvas.put(tail(state.input + "_", rect.maxX - x - call.width - 1, g), x: x, y: y, role: .input, clip: rect)
        }
        canvas.draw(call, x: rect.maxX - call.width, y: y, clip: rect)
        let grid = Rect(x: rect.x + 2, y: y + 1, width: rect.width - 2, height: rect.maxY - 1 - (y + 1))
        for (r, row) in keys.enumerated() where r < grid.height {
            for (c, key) in row.enumerated() {
                canvas.draw(Button(label: "", key: String(key), enabled: true, target: .padKey(panel: panel, key)),
                            x: grid.x + c * 6, y: grid.y + r, clip: grid)
            }
        }
        let hint = inCall
            ? "Up tones \(g.separator) Down number \(g.separator) Enter call \(g.separator) Esc close"
            : "Enter call \(g.separator) Backspace erase \(g.separator) Esc close"
        canvas.put(hint, x: rect.x, y: rect.maxY - 1, width: rect.width, role: .hint, clip: rect)
    }

    /// One line typed on: the pointer and cursor mark the one keys go to.
    private static func line(_ label: String, _ text: String, active: Bool, field: PadField, panel: Int, y: Int,
                             in rect: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        canvas.put(active ? g.pointer : " ", x: rect.x, y: y, role: active ? .key : .text, clip: rect)
        var x = canvas.put(label, x: rect.x + 2, y: y, role: active ? .title : .hint, clip: rect)
        x = canvas.put(" > ", x: max(x, rect.x + 8), y: y, role: .hint, clip: rect)
        canvas.put(tail(text + (active ? "_" : ""), rect.maxX - x - 12, g), x: x, y: y, role: .input, clip: rect)
        canvas.hit(Rect(x: rect.x, y: y, width: max(0, rect.width - 12), height: 1), .padField(panel: panel, field))
    }

    /// The end of what was typed, where the cursor is, when it is wider than the line.
    private static func tail(_ text: String, _ width: Int, _ g: Glyphs) -> String {
        guard width > 0 else { return "" }
        guard text.count > width else { return text }
        return g.ellipsis + String(text.suffix(width - 1))
    }
}
