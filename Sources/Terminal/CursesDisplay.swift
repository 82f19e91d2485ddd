import CCP
import CNcurses

/// Puts Screens on the terminal, writing only the cells that changed since the last frame, and
/// sending them in one doupdate.
struct CursesDisplay {
    let palette: Palette
    private var shown: Screen?

    init(palette: Palette) { self.palette = palette }

    /// Forgets what is on the terminal, so the next frame is written whole (resize, Ctrl-L).
    mutating func invalidate() {
        shown = nil
        werase(shim_stdscr())
    }

    /// Returns the number of cells written (0 for an unchanged frame, which sends nothing).
    @discardableResult
    mutating func show(_ screen: Screen) -> Int {
        let runs = screen.changes(since: shown)
        guard !runs.isEmpty else { return 0 }
        var written = 0
        for run in runs {
            for x in run.x..<(run.x + run.count) {
                let cell = screen[x, run.y]
                if cell.isContinuation { continue }
                var wide = cell.glyph.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
                _ = shim_put_cell(Int32(run.y), Int32(x), &wide, palette.attr(cell.role), palette.pair(cell.role))
                written += 1
            }
        }
        wnoutrefresh(shim_stdscr())
        doupdate()
        shown = screen
        return written
    }
}
