/// The side panels' last drawing (call map, flow view, records), kept while what they show stays
/// the same: the world at the same `WorldSnapshot.version`, the same CCP focused, the same panels
/// shown in the same rect with the same glyphs. None of them shows a time, so a key that changes
/// only UI state (the `:` line, the number pad, help) or time passing with nothing due puts the
/// kept cells back instead of laying the call map, the flow rows and the record chains out again
/// (issue 12: keystroke to screen within 16 ms with every panel open). A world read without a
/// version (a stand-in session, a hand-built snapshot) is drawn every time.
public final class SidePanelCache {
    struct Key: Equatable {
        var version: Int
        /// The agent or supervisor whose call the panels follow; nil for the customer phone.
        var following: String?
        var shown: [SidePanel]
        var rect: Rect
        var glyphs: Glyphs
    }

    private var key: Key?
    private var cells: [Cell] = []
    private var hits: [Hit] = []
    /// How many times the side panels were laid out and drawn rather than put back.
    public private(set) var builds = 0

    public init() {}

    /// Draws the side panels into `rect`, or puts back the cells kept from the last time when nothing
    /// they show has changed. `draw` must draw only inside `rect`, on a canvas blank there.
    func draw(world: WorldSnapshot, ui: UIState, in rect: Rect, on canvas: inout Canvas,
              _ draw: (inout Canvas) -> Void) {
        let focused = ui.panels.indices.contains(ui.focus) ? ui.panels[ui.focus] : nil
        let key = world.version.map {
            Key(version: $0, following: focused?.agentName ?? focused?.supervisorName, shown: ui.side.shown, rect: rect,
                glyphs: canvas.glyphs)
        }
        if let key, key == self.key {
            canvas.frame.screen.paste(cells, in: rect)
            canvas.frame.hits.append(contentsOf: hits)
            return
        }
        builds += 1
        let hitsBefore = canvas.frame.hits.count
        draw(&canvas)
        self.key = key
        cells = key == nil ? [] : canvas.frame.screen.cells(in: rect)
        hits = key == nil ? [] : Array(canvas.frame.hits[hitsBefore...])
    }
}
