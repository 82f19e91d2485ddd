import TextFit

/// A clickable rectangle and what clicking it means.
public struct Hit: Equatable, Sendable {
    public var rect: Rect
    public var target: HitTarget
}

/// One rendered frame: the cells, and the clickable regions drawn on them (the last drawn wins,
/// so an overlay covers what is under it).
public struct Frame: Equatable, Sendable {
    public var screen: Screen
    public var hits: [Hit] = []

    public init(screen: Screen) { self.screen = screen }

    public func target(x: Int, y: Int) -> HitTarget? {
        hits.last { $0.rect.contains(x: x, y: y) }?.target
    }
}

/// What widgets draw with: the frame plus the glyph set in use.
public struct Canvas {
    public var frame: Frame
    public let glyphs: Glyphs

    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, clip: Rect) -> Int {
        frame.screen.put(text, x: x, y: y, role: role, clip: clip)
    }

    /// Puts `text` fitted to `width` columns (`WordWrap.fit`: cut after a whole word, with the glyph
    /// set's ellipsis).
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, width: Int, role: StyleRole, clip: Rect) -> Int {
        put(WordWrap.fit(text, width: width, ellipsis: glyphs.ellipsis), x: x, y: y, role: role, clip: clip)
    }

    /// Puts `text` wrapped between words over the rows of `rect` (the last row shown ends with the
    /// ellipsis when words are left over); returns how many rows it took.
    @discardableResult
    mutating func putWrapped(_ text: String, in rect: Rect, role: StyleRole) -> Int {
        let rows = WordWrap.rows(text, width: rect.width, limit: max(0, rect.height), ellipsis: glyphs.ellipsis)
        for (i, row) in rows.enumerated() { put(row, x: rect.x, y: rect.y + i, role: role, clip: rect) }
        return rows.count
    }

    mutating func fill(_ rect: Rect, role: StyleRole) { frame.screen.fill(rect, role: role) }

    mutating func hit(_ rect: Rect, _ target: HitTarget) {
        guard !rect.isEmpty else { return }
        frame.hits.append(Hit(rect: rect, target: target))
    }

    /// `text` right-aligned so it ends at `clip.maxX`; returns where it starts.
    @discardableResult
    mutating func putRight(_ text: String, y: Int, role: StyleRole, clip: Rect) -> Int {
        let x = clip.maxX - CellWidth.of(text)
        put(text, x: x, y: y, role: role, clip: clip)
        return x
    }
}
