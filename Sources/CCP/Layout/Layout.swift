/// Where everything goes for a terminal size: a header row, a footer row, and as many panels side
/// by side as fit at their minimum width (the focused one always among them).
public struct Layout: Equatable, Sendable {
    public struct Slot: Equatable, Sendable {
        public var panel: Int
        public var rect: Rect
    }

    /// Below this a panel's buttons and party rows no longer fit.
    public static let minPanelWidth = 38
    public static let minRows = 18
    public static var minimum: Size { Size(columns: minPanelWidth, rows: minRows) }

    public var header: Rect
    public var footer: Rect
    public var slots: [Slot]
    /// The column on the right for the side panels (call map, flow view, records); nil without them.
    public var side: Rect?

    /// nil when the terminal is too small for even one panel. `sideWidth` columns on the right are
    /// kept for the side panels (SidePanels.width decides, leaving the CCPs at least their minimum).
    public static func compute(size: Size, panelCount: Int, focus: Int, sideWidth: Int = 0) -> Layout? {
        guard size.columns >= minPanelWidth, size.rows >= minRows else { return nil }
        let header = Rect(x: 0, y: 0, width: size.columns, height: 1)
        let footer = Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1)
        let columns = size.columns - sideWidth
        let shown = max(1, min(panelCount, columns / minPanelWidth))
        let first = focus < shown ? 0 : focus - shown + 1
        let width = columns / shown
        let slots = (0..<min(shown, panelCount)).map { i in
            let w = i == shown - 1 ? columns - width * i : width
            return Slot(panel: first + i, rect: Rect(x: width * i, y: 1, width: w, height: size.rows - 2))
        }
        let side = sideWidth > 0 ? Rect(x: columns, y: 1, width: sideWidth, height: size.rows - 2) : nil
        return Layout(header: header, footer: footer, slots: slots, side: side)
    }
}

extension Layout {
    /// Everything under the header moved down `rows` rows, for a bar drawn there (the layout was
    /// computed for the terminal less those rows).
    func shifted(down rows: Int) -> Layout {
        var out = self
        for i in out.slots.indices { out.slots[i].rect.y += rows }
        out.footer.y += rows
        out.side?.y += rows
        return out
    }
}
