import TextFit

/// Shown instead of a clipped CCP when the terminal cannot hold one panel (and the `barRows` of a
/// lesson's or a demo's bar above it).
enum TooSmall {
    static func draw(size: Size, barRows: Int = 0, on canvas: inout Canvas) {
        let need = Size(columns: Layout.minimum.columns, rows: Layout.minimum.rows + barRows)
        let lines = ["terminal too small", "(need \(need.columns)\(canvas.glyphs.times)\(need.rows),",
                     "now \(size.columns)\(canvas.glyphs.times)\(size.rows))"]
        let top = max(0, (size.rows - lines.count) / 2)
        let screen = Rect(x: 0, y: 0, width: size.columns, height: size.rows)
        for (i, line) in lines.enumerated() {
            let x = max(0, (size.columns - CellWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + i, width: size.columns, role: i == 0 ? .error : .hint, clip: screen)
        }
    }
}
