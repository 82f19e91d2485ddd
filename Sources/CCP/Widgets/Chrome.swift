/// A panel's border with its title; the focused panel's border and title stand out, and a click
/// anywhere on the panel focuses it.
enum Chrome {
    static func frame(title: String, focused: Bool, panel: Int, in rect: Rect, on canvas: inout Canvas) {
        canvas.hit(rect, .panel(panel))
        canvas.frame.screen.box(rect, role: focused ? .borderFocused : .border, glyphs: canvas.glyphs)
        guard rect.width > 6 else { return }
        let titleClip = Rect(x: rect.x + 2, y: rect.y, width: rect.width - 4, height: 1)
        canvas.put(" \(title) ", x: titleClip.x, y: rect.y, width: titleClip.width,
                   role: focused ? .titleFocused : .title, clip: titleClip)
    }
}
