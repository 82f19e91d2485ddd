import TextFit

/// One cell of the grid. A wide grapheme occupies its cell (width 2) and the next one, which is a
/// continuation cell (empty glyph, width 0) that backends skip.
public struct Cell: Equatable, Sendable {
    public var glyph: String
    public var width: Int
    public var role: StyleRole

    public init(glyph: String = " ", width: Int = 1, role: StyleRole = .text) {
        self.glyph = glyph
        self.width = width
        self.role = role
    }

    public var isContinuation: Bool { width == 0 }
}

/// What the CCP draws: a grid of styled cells, compared as text by tests and diffed by the backend.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes `text` from (x, y), clipped to `clip` (the whole screen by default). Returns the column
    /// after the last written cell. A wide grapheme that would straddle the clip edge becomes a space.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= max(0, area.y), y < min(height, area.maxY) else { return x }
        let limit = min(width, area.maxX)
        var cx = x
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, most of what the CCP writes: a cell a byte, controls skipped, no grapheme breaking.
            for byte in text.utf8 {
                if byte < 0x20 || byte == 0x7F { continue }
                if cx >= limit { break }
                if cx >= max(0, area.x) { set(cx, y, Cell(glyph: Self.asciiGlyphs[Int(byte)], width: 1, role: role)) }
                cx += 1
            }
            return cx
        }
        for c in text {
            let w = CellWidth.of(c)
            if w == 0 { continue }
            if cx >= limit { break }
            if cx < max(0, area.x) { cx += w; continue }
            if cx + w > limit {
                set(cx, y, Cell(glyph: " ", width: 1, role: role))
                cx += 1
                break
            }
            set(cx, y, Cell(glyph: String(c), width: w, role: role))
            if w == 2 { set(cx + 1, y, Cell(glyph: "", width: 0, role: role)) }
            cx += w
        }
        return cx
    }

    public mutating func fill(_ rect: Rect, role: StyleRole, glyph: String = " ") {
        let r = clipped(rect)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(x, y, Cell(glyph: glyph, width: 1, role: role)) }
        }
    }

    /// The cells of `rect` (clipped to the screen), row by row: a drawing kept to put back with `paste`.
    public func cells(in rect: Rect) -> [Cell] {
        let r = clipped(rect)
        guard !r.isEmpty else { return [] }
        var out: [Cell] = []
        out.reserveCapacity(r.width * r.height)
        for y in r.y..<r.maxY { out.append(contentsOf: cells[y * width + r.x..<y * width + r.maxX]) }
        return out
    }

    /// Puts back cells taken by `cells(in:)` from a rect of the same size (anything else is ignored).
    public mutating func paste(_ kept: [Cell], in rect: Rect) {
        let r = clipped(rect)
        guard !r.isEmpty, kept.count == r.width * r.height else { return }
        for row in 0..<r.height {
            let start = (r.y + row) * width + r.x
            cells.replaceSubrange(start..<start + r.width, with: kept[row * r.width..<(row + 1) * r.width])
        }
    }

    /// Changes only the role of the cells in `rect`, keeping their glyphs (highlighting a row).
    public mutating func restyle(_ rect: Rect, role: StyleRole) {
        let r = clipped(rect)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].role = role }
        }
    }

    public mutating func box(_ rect: Rect, role: StyleRole, glyphs: Glyphs) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        for y in [rect.y, rect.maxY - 1] {
            put(y == rect.y ? glyphs.topLeft : glyphs.bottomLeft, x: rect.x, y: y, role: role)
            repeatGlyph(glyphs.horizontal, x: rect.x + 1, y: y, count: rect.width - 2, role: role)
            put(y == rect.y ? glyphs.topRight : glyphs.bottomRight, x: rect.maxX - 1, y: y, role: role)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(glyphs.vertical, x: rect.x, y: y, role: role)
            put(glyphs.vertical, x: rect.maxX - 1, y: y, role: role)
        }
    }

    /// `glyph` `count` times from (x, y), as `put` of the repeated string writes it, without making that
    /// string and breaking it into graphemes again (box edges, on every frame).
    private mutating func repeatGlyph(_ glyph: String, x: Int, y: Int, count: Int, role: StyleRole) {
        guard glyph.count == 1, CellWidth.of(glyph) == 1 else {
            put(String(repeating: glyph, count: count), x: x, y: y, role: role)
            return
        }
        guard y >= 0, y < height else { return }
        for cx in max(0, x)..<max(0, min(width, x + count)) { set(cx, y, Cell(glyph: glyph, width: 1, role: role)) }
    }

    /// One-byte glyphs, made once: a cell's glyph from an ASCII byte without making a string each time.
    private static let asciiGlyphs = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    private func clipped(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        return Rect(x: x0, y: y0, width: min(width, rect.maxX) - x0, height: min(height, rect.maxY) - y0)
    }

    /// Keeps the grid consistent when half of a wide grapheme is overwritten: the orphaned half becomes a space.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.width == 2, x + 1 < width, cell.width != 2 {
            cells[i + 1] = Cell(glyph: " ", width: 1, role: cells[i + 1].role)
        }
        if old.isContinuation, x > 0 {
            cells[i - 1] = Cell(glyph: " ", width: 1, role: cells[i - 1].role)
        }
        cells[i] = cell
    }

    /// The glyph layer, one line per row, as golden files store it.
    public var glyphText: String {
        (0..<height).map { y in
            (0..<width).map { self[$0, y].glyph }.joined()
        }.joined(separator: "\n")
    }

    /// The style layer: one legend character per cell (continuation cells repeat their grapheme's role).
    public var roleText: String {
        (0..<height).map { y in
            String((0..<width).map { self[$0, y].role.legend })
        }.joined(separator: "\n")
    }

    /// Runs of cells that differ from `old` on each row, for a backend that writes only what changed.
    /// Every run starts on a grapheme (never on a continuation cell).
    public func changes(since old: Screen?) -> [(y: Int, x: Int, count: Int)] {
        guard let old, old.width == width, old.height == height else {
            return (0..<height).map { (y: $0, x: 0, count: width) }
        }
        var runs: [(y: Int, x: Int, count: Int)] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                if self[x, y] == old[x, y] { x += 1; continue }
                var start = x
                while start > 0, self[start, y].isContinuation { start -= 1 }
                var end = x
                while end < width, self[end, y] != old[end, y] || self[end, y].isContinuation { end += 1 }
                if let last = runs.last, last.y == y, last.x + last.count >= start {
                    runs[runs.count - 1].count = end - last.x
                } else {
                    runs.append((y: y, x: start, count: end - start))
                }
                x = end
            }
        }
        return runs
    }
}
