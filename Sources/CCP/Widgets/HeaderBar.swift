import Telephony
import TextFit

/// The top row: every panel by name (the focused one highlighted, so panels that do not fit are
/// still known to be there), and the virtual clock with its speed or "paused".
enum HeaderBar {
    static func panelName(_ panel: PanelState, world: WorldSnapshot) -> String {
        guard let name = panel.agentName ?? panel.supervisorName else { return "Customer" }
        return world.agents[name]?.displayName ?? name
    }

    static func draw(world: WorldSnapshot, ui: UIState, shown: [Int], in row: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        canvas.fill(row, role: .header)
        let speed = ui.speed == ui.speed.rounded() ? String(Int(ui.speed)) : String(ui.speed)
        let clock = ui.timeStopped
            ? "\(g.paused) paused \(g.times)\(speed)  \(TimeText.clock(world.now)) "
            : "\(g.running) \(g.times)\(speed)  \(TimeText.clock(world.now)) "
        let clockX = canvas.putRight(clock, y: row.y, role: .header, clip: row)
        let clip = Rect(x: row.x, y: row.y, width: clockX - row.x - 1, height: 1)
        var x = canvas.put(" termccp ", x: row.x, y: row.y, role: .header, clip: clip)
        for (i, panel) in ui.panels.enumerated() {
            let marker = shown.contains(i) ? "" : " \(g.arrow)"
            // A name that does not fit whole is cut after a whole word; with no room for one, an ellipsis says
            // more panels follow (a name cut inside, "S", would name no one). The panels after it are left out.
            let room = clip.maxX - x - 3
            guard let name = fitted(panelName(panel, world: world) + marker, width: room, ellipsis: g.ellipsis) else {
                if room + 2 >= CellWidth.of(g.ellipsis) { canvas.put(" \(g.ellipsis)", x: x, y: row.y, role: .header, clip: clip) }
                return
            }
            let start = canvas.put(" ", x: x, y: row.y, role: .header, clip: clip)
            x = canvas.put(" \(name) ", x: start, y: row.y, role: i == ui.focus ? .titleFocused : .header, clip: clip)
            canvas.hit(Rect(x: start, y: row.y, width: x - start, height: 1), .panel(i))
        }
    }

    /// `text` whole, or cut after a whole word (WordWrap.fit); nil when not even its first word fits.
    static func fitted(_ text: String, width: Int, ellipsis: String) -> String? {
        if CellWidth.of(text) <= width { return text }
        let first = text.split(separator: " ").first.map(String.init) ?? text
        guard CellWidth.of(first) + CellWidth.of(ellipsis) <= width else { return nil }
        return WordWrap.fit(text, width: width, ellipsis: ellipsis)
    }
}
