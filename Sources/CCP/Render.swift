/// The render entry point: a pure function of the world, the UI state and the glyph set. The
/// terminal size is the UI state's, so resizing is just another event.
public enum CCPRenderer {
    /// `sidePanels` keeps the side panels' drawing from frame to frame while what they show stays the
    /// same (the controller's); without it they are drawn every time.
    public static func render(_ world: WorldSnapshot, _ ui: UIState, glyphs: Glyphs = .unicode,
                              sidePanels: SidePanelCache? = nil) -> Frame {
        let size = ui.size
        var canvas = Canvas(frame: Frame(screen: Screen(width: size.columns, height: size.rows)), glyphs: glyphs)
        let barRows = world.lesson.map { LessonBar.rows($0, toMenu: world.lessonReturnsToMenu, width: size.columns, glyphs: glyphs) }
            ?? (world.demo != nil ? CaptionBar.rows : 0)
        // A long footer message takes rows from the panels, unless they would no longer fit.
        var footerRows = FooterBar.rows(ui: ui, width: size.columns, ellipsis: glyphs.ellipsis)
        if size.rows - barRows - (footerRows - 1) < Layout.minRows { footerRows = 1 }
        guard var layout = Layout.compute(size: Size(columns: size.columns, rows: size.rows - barRows - (footerRows - 1)),
                                          panelCount: ui.panels.count, focus: ui.focus,
                                          sideWidth: SidePanels.width(for: size, ui: ui)) else {
            TooSmall.draw(size: size, barRows: barRows, on: &canvas)
            return canvas.frame
        }
        layout.footer.height = footerRows
        if let lesson = world.lesson { layout = layout.makingRoom(below: lesson, toMenu: world.lessonReturnsToMenu, rows: barRows, on: &canvas) }
        if let demo = world.demo, world.lesson == nil {
            layout = layout.shifted(down: barRows)
            CaptionBar.draw(demo, in: Rect(x: layout.header.x, y: layout.header.maxY, width: layout.header.width, height: barRows),
                            on: &canvas)
        }
        HeaderBar.draw(world: world, ui: ui, shown: layout.slots.map(\.panel), in: layout.header, on: &canvas)
        for slot in layout.slots {
            let panel = ui.panels[slot.panel]
            let focused = slot.panel == ui.focus
            if let name = panel.supervisorName {
                SupervisorPanel.draw(world.agents[name], name: name, state: panel, panel: slot.panel, focused: focused,
                                     world: world, in: slot.rect, on: &canvas)
            } else if let name = panel.agentName {
                AgentPanel.draw(world.agents[name], name: name, state: panel, panel: slot.panel, focused: focused,
                                world: world, in: slot.rect, on: &canvas)
            } else {
                CustomerPanel.draw(world: world, state: panel, panel: slot.panel, focused: focused, in: slot.rect,
                                   on: &canvas)
            }
        }
        if let side = layout.side {
            if let sidePanels {
                sidePanels.draw(world: world, ui: ui, in: side, on: &canvas) { SidePanels.draw(world: world, ui: ui, in: side, on: &$0) }
            } else {
                SidePanels.draw(world: world, ui: ui, in: side, on: &canvas)
            }
        }
        FooterBar.draw(ui: ui, quit: QuitHelp.footer(world.lesson, toMenu: world.lessonReturnsToMenu), in: layout.footer,
                       on: &canvas)
        if let lesson = world.lesson, lesson.phase != .running, let last = layout.slots.last {
            let first = layout.slots[0].rect
            LessonSummary.draw(lesson, in: Rect(x: first.x, y: first.y, width: last.rect.maxX - first.x, height: first.height),
                               on: &canvas)
        }
        if ui.storyOpen, let lesson = world.lesson, let last = layout.slots.last {
            let first = layout.slots[0].rect
            StoryOverlay.draw(lesson, toMenu: world.lessonReturnsToMenu,
                              in: Rect(x: first.x, y: 0, width: last.rect.maxX - first.x, height: size.rows), on: &canvas)
        }
        if ui.helpOpen {
            HelpOverlay.draw(scroll: ui.helpScroll, quit: QuitHelp.help(world.lesson, toMenu: world.lessonReturnsToMenu),
                             size: size, on: &canvas)
        }
        return canvas.frame
    }
}
