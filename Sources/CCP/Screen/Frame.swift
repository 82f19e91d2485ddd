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

    /// Puts `text` cut to fit `width` columns, with the glyph set's ellipsis.
    @discardableResult
    mutating func put(_ text: String, x: Int, y: Int, width: Int, role: StyleRole, clip: Rect) -> Int {
        put(CellWidth.truncate(text, to: width, ellipsis: glyphs.ellipsis), x: x, y: y, role: role, clip: clip)
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
