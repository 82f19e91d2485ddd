/// The number pad: a number to dial when idle, tones to the call during one (every key press is
/// sent at once, as a phone's keypad does). Keys are clickable.
enum NumberPad {
    static let keys: [[Character]] = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["*", "0", "#"]]
    /// Title, the digits typed, the key rows and the hint.
    static var height: Int { keys.count + 3 }

    static func draw(digits: String, inCall: Bool, panel: Int, in rect: Rect, on canvas: inout Canvas) {
        guard rect.height >= 3 else { return }
        let g = canvas.glyphs
        canvas.put(inCall ? "Number pad \(g.separator) tones to the call" : "Number pad \(g.separator) dial a number",
                   x: rect.x, y: rect.y, width: rect.width, role: .title, clip: rect)
        let x = canvas.put("> ", x: rect.x, y: rect.y + 1, role: .hint, clip: rect)
        canvas.put(digits + "_", x: x, y: rect.y + 1, width: rect.maxX - x, role: .input, clip: rect)
        let grid = Rect(x: rect.x + 2, y: rect.y + 2, width: rect.width - 2, height: rect.height - 3)
        for (r, row) in keys.enumerated() where r < grid.height {
            for (c, key) in row.enumerated() {
                let kx = grid.x + c * 6
                canvas.draw(Button(label: "", key: String(key), enabled: true, target: .padKey(panel: panel, key)),
                            x: kx, y: grid.y + r, clip: grid)
            }
        }
        let hint = inCall ? "Esc close" : "Enter call \(g.separator) Backspace erase \(g.separator) Esc close"
        canvas.put(hint, x: rect.x, y: rect.maxY - 1, width: rect.width, role: .hint, clip: rect)
    }
}
