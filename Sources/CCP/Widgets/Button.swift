import TextFit

/// A button as the CCP shows it: `[k] Label`, the mnemonic from the keymap. Disabled buttons are
/// dimmed but still clickable, so pressing one shows why it does nothing.
public struct Button: Equatable, Sendable {
    public var label: String
    public var key: String
    public var enabled: Bool
    /// The button the CCP highlights in this state (Accept call while ringing, Clear contact in ACW).
    public var primary: Bool = false
    public var target: HitTarget

    var text: String { key.isEmpty ? label : "[\(key)] \(label)" }
    var width: Int { CellWidth.of(text) }

    var role: StyleRole { !enabled ? .buttonDisabled : primary ? .buttonFocused : .buttonEnabled }
}

extension Canvas {
    /// Draws one button at (x, y) within `clip`; returns the column after it.
    @discardableResult
    mutating func draw(_ button: Button, x: Int, y: Int, clip: Rect) -> Int {
        var cx = x
        if !button.key.isEmpty {
            cx = put("[", x: cx, y: y, role: button.role, clip: clip)
            let keyRole: StyleRole = !button.enabled ? .buttonDisabled : button.primary ? .buttonFocused : .key
            cx = put(button.key, x: cx, y: y, role: keyRole, clip: clip)
            cx = put("] ", x: cx, y: y, role: button.role, clip: clip)
        }
        cx = put(button.label, x: cx, y: y, role: button.role, clip: clip)
        hit(Rect(x: x, y: y, width: min(cx, clip.maxX) - x, height: 1), button.target)
        return cx
    }
}

/// Buttons flowed left to right, wrapping at the panel's width.
enum ButtonBar {
    static let gap = 2

    /// The (x offset, row) of each button; the same placement for measuring and drawing.
    static func place(_ buttons: [Button], width: Int) -> [(dx: Int, row: Int)] {
        var out: [(dx: Int, row: Int)] = []
        var dx = 0, row = 0
        for b in buttons {
            if dx > 0, dx + b.width > width {
                dx = 0
                row += 1
            }
            out.append((dx: dx, row: row))
            dx += b.width + gap
        }
        return out
    }

    static func rows(_ buttons: [Button], width: Int) -> Int {
        buttons.isEmpty ? 0 : (place(buttons, width: width).last?.row ?? 0) + 1
    }

    static func draw(_ buttons: [Button], in rect: Rect, on canvas: inout Canvas) {
        for (b, p) in zip(buttons, place(buttons, width: rect.width)) where p.row < rect.height {
            canvas.draw(b, x: rect.x + p.dx, y: rect.y + p.row, clip: rect)
        }
    }
}
