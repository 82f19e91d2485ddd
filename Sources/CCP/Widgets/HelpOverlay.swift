import TextFit

/// Every keymap entry, grouped by where it applies: generated from Keymap.bindings, the same table
/// the reducer uses.
enum HelpOverlay {
    /// `quit`: what the quit key does in this mode (`QuitHelp.help`), in place of the keymap's "Quit".
    static func lines(keyWidth: Int, quit: String? = nil) -> [(text: String, role: StyleRole)] {
        var out: [(text: String, role: StyleRole)] = []
        for context in KeyContext.allCases {
            if !out.isEmpty { out.append(("", .overlay)) }
            out.append((context.title, .overlayTitle))
            for b in Keymap.bindings where b.context == context {
                let help = b.action == .quit ? quit ?? b.help : b.help
                out.append(("  " + CellWidth.pad(b.displayKeys, to: keyWidth, ellipsis: "") + "  " + help, .overlay))
            }
        }
        return out
    }

    /// The rows, made once: they come from the keymap, a constant table, and making them on every frame
    /// the overlay is open was a quarter of that frame's cost (issue 12).
    /// The quit row is the one that changes with the mode; it is put in place of the keymap's on drawing.
    private static let keyWidth = Keymap.bindings.map { CellWidth.of($0.displayKeys) }.max() ?? 8
    private static let content = lines(keyWidth: keyWidth)
    private static let quitRow = content.firstIndex { $0.text.hasSuffix("  " + (Keymap.binding(for: .quit, in: .global)?.help ?? "")) }

    static func content(quit: String) -> [(text: String, role: StyleRole)] {
        guard let quitRow, let binding = Keymap.binding(for: .quit, in: .global) else { return content }
        var out = content
        out[quitRow].text = "  " + CellWidth.pad(binding.displayKeys, to: keyWidth, ellipsis: "") + "  " + quit
        return out
    }

    static func draw(scroll: Int, quit: String = "Quit", size: Size, on canvas: inout Canvas) {
        let content = Self.content(quit: quit)
        let contentWidth = content.map { CellWidth.of($0.text) }.max() ?? 0
        // Where it cannot leave a margin, the overlay takes the whole width: one column short, its border
        // would stand beside the panel's and draw doubled corners.
        let wanted = max(60, contentWidth + 4)
        let width = wanted <= size.columns - 4 ? wanted : size.columns
        let height = min(size.rows - 2, content.count + 4)
        let rect = Rect(x: (size.columns - width) / 2, y: (size.rows - height) / 2, width: width, height: height)
        canvas.fill(rect, role: .overlay)
        canvas.frame.screen.box(rect, role: .overlayTitle, glyphs: canvas.glyphs)
        canvas.hit(rect, .help)
        let title = " Keys "
        canvas.put(title, x: rect.x + 2, y: rect.y, role: .overlayTitle, clip: rect)
        let inner = rect.inset(by: 1)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1)
        let first = min(max(0, scroll), max(0, content.count - body.height))
        for (i, line) in content.dropFirst(first).prefix(body.height).enumerated() {
            canvas.put(line.text, x: body.x, y: body.y + i, width: body.width, role: line.role, clip: body)
        }
        let more = content.count > body.height ? "Up/Down scroll \(canvas.glyphs.separator) " : ""
        canvas.put(more + "Esc or ? closes", x: body.x, y: inner.maxY - 1, width: body.width, role: .overlayTitle,
                   clip: inner)
    }
}
