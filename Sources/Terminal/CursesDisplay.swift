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
    /// Nothing is allocated per cell: one buffer carries each grapheme's wide characters to ncurses, and
    /// the palette is looked up only where the role changes along a run (a help overlay is ~4,000 cells).
    @discardableResult
    mutating func show(_ screen: Screen) -> Int {
        let runs = screen.changes(since: shown)
        guard !runs.isEmpty else { return 0 }
        var written = 0
        var wide: [wchar_t] = []
        wide.reserveCapacity(8)
        var role: StyleRole?
        var attr = palette.attr(.text), pair = palette.pair(.text)
        for run in runs {
            for x in run.x..<(run.x + run.count) {
                let cell = screen[x, run.y]
                if cell.isContinuation { continue }
                if cell.role != role {
                    role = cell.role
                    attr = palette.attr(cell.role)
                    pair = palette.pair(cell.role)
                }
                wide.removeAll(keepingCapacity: true)
                for scalar in cell.glyph.unicodeScalars { wide.append(wchar_t(bitPattern: scalar.value)) }
                wide.append(0)
                _ = wide.withUnsafeBufferPointer { shim_put_cell(Int32(run.y), Int32(x), $0.baseAddress, attr, pair) }
                written += 1
            }
        }
        wnoutrefresh(shim_stdscr())
        doupdate()
        shown = screen
        return written
    }
}
