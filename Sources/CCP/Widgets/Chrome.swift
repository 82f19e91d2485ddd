import TextFit

/// A panel's border with its title; the focused panel's border and title stand out, and a click
/// anywhere on the panel focuses it.
enum Chrome {
    /// Inside the border, with a column of air on each side when the panel is wide enough to spare it.
    static func content(of rect: Rect) -> Rect {
        let inner = rect.inset(by: 1)
        return rect.width >= 60 ? Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height) : inner
    }

    static func frame(title: String, focused: Bool, panel: Int, in rect: Rect, on canvas: inout Canvas) {
        canvas.hit(rect, .panel(panel))
        canvas.frame.screen.box(rect, role: focused ? .borderFocused : .border, glyphs: canvas.glyphs)
        guard rect.width > 6 else { return }
        let titleClip = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: 1)
        canvas.put(" \(title) ", x: titleClip.x, y: rect.y, width: titleClip.width,
                   role: focused ? .titleFocused : .title, clip: titleClip)
    }

    /// At most this many rows for a panel's message, and for the advice above it: a refusal says why
    /// and what to do instead, which a narrow panel (two side by side at 80 columns) cannot hold on one row.
    static let messageRows = 3
    static let adviceRows = 2

    /// A panel's message on the last rows of its area, wrapped between words (the advice above it);
    /// what is left above them.
    static func message(_ message: Message?, advice: String? = nil, in area: Rect, on canvas: inout Canvas) -> Rect {
        guard let message else { return area }
        let e = canvas.glyphs.ellipsis
        // However short the panel, the rest keeps at least half of it.
        let room = max(1, area.height / 2)
        let text = WordWrap.rows(message.text, width: area.width, limit: min(messageRows, room), ellipsis: e)
        let hint = advice.map { WordWrap.rows($0, width: area.width, limit: min(adviceRows, room - text.count), ellipsis: e) } ?? []
        let (rest, bottom) = area.splitBottom(text.count + hint.count)
        for (i, line) in hint.enumerated() {
            let row = bottom.row(i)
            canvas.put(line, x: row.x, y: row.y, width: row.width, role: .hint, clip: row)
        }
        for (i, line) in text.enumerated() {
            let row = bottom.row(hint.count + i)
            canvas.put(line, x: row.x, y: row.y, width: row.width, role: message.kind == .error ? .error : .info, clip: row)
        }
        return rest
    }
}
