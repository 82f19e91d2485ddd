/// The render entry point: a pure function of the world, the UI state and the glyph set. The
/// terminal size is the UI state's, so resizing is just another event.
public enum CCPRenderer {
    public static func render(_ world: WorldSnapshot, _ ui: UIState, glyphs: Glyphs = .unicode) -> Frame {
        let size = ui.size
        var canvas = Canvas(frame: Frame(screen: Screen(width: size.columns, height: size.rows)), glyphs: glyphs)
        guard let layout = Layout.compute(size: size, panelCount: ui.panels.count, focus: ui.focus) else {
            TooSmall.draw(size: size, on: &canvas)
            return canvas.frame
        }
        HeaderBar.draw(world: world, ui: ui, shown: layout.slots.map(\.panel), in: layout.header, on: &canvas)
        for slot in layout.slots {
            let panel = ui.panels[slot.panel]
            let focused = slot.panel == ui.focus
            if let name = panel.agentName {
                AgentPanel.draw(world.agents[name], name: name, state: panel, panel: slot.panel, focused: focused,
                                world: world, in: slot.rect, on: &canvas)
            } else {
                CustomerPanel.draw(world: world, state: panel, panel: slot.panel, focused: focused, in: slot.rect,
                                   on: &canvas)
            }
        }
        FooterBar.draw(ui: ui, in: layout.footer, on: &canvas)
        if ui.helpOpen { HelpOverlay.draw(scroll: ui.helpScroll, size: size, on: &canvas) }
        return canvas.frame
    }
}
