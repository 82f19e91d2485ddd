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

    /// A panel's message on the last row of its area; what is left above it.
    static func message(_ message: Message?, advice: String? = nil, in area: Rect, on canvas: inout Canvas) -> Rect {
        guard let message else { return area }
        var (rest, bottom) = area.splitBottom(1)
        if let advice {
            let above: Rect
            (rest, above) = rest.splitBottom(1)
            canvas.put(advice, x: above.x, y: above.y, width: above.width, role: .hint, clip: above)
        }
        canvas.put(message.text, x: bottom.x, y: bottom.y, width: bottom.width,
                   role: message.kind == .error ? .error : .info, clip: bottom)
        return rest
    }
}
