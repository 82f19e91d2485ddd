import Telephony

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
            let name = panelName(panel, world: world)
            let marker = shown.contains(i) ? "" : " \(g.arrow)"
            let start = canvas.put(" ", x: x, y: row.y, role: .header, clip: clip)
            x = canvas.put(" \(name)\(marker) ", x: start, y: row.y, role: i == ui.focus ? .titleFocused : .header,
                           clip: clip)
            canvas.hit(Rect(x: start, y: row.y, width: x - start, height: 1), .panel(i))
        }
    }
}
