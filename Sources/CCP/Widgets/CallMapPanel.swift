import Telephony
import TextFit

/// The call map: each party of the focused CCP's call as a node with its state, and a line between
/// every two parties who hear each other (an arrow head where only one hears the other: at the one who
/// hears and is heard by no one, muted or monitoring silently). Lines run in columns left of the nodes,
/// the longest outermost, joined with box drawing. Legs that left earlier are folded into one line
/// above the legend (CallMapShown).
enum CallMapPanel {
    /// Rows the panel needs to draw `map` roomily: a blank row after each node, the folded line, the legend.
    static func rows(_ map: CallMapView?) -> Int {
        guard let map else { return 1 }
        let shown = CallMapShown(map)
        return shown.nodes.count * 2 + (shown.folded.isEmpty ? 0 : 1) + 1
    }

    static func draw(_ map: CallMapView?, reason: String, in area: Rect, on canvas: inout Canvas) {
        guard let map, !map.nodes.isEmpty else {
            canvas.putWrapped(reason, in: area, role: .hint)
            return
        }
        let shown = CallMapShown(map)
        let foldedText = shown.foldedText(canvas.glyphs, width: area.width)
        let footRows = foldedText == nil ? 1 : 2
        let room = area.height - footRows
        let step = shown.nodes.count * 2 - 1 <= room ? 2 : 1
        let nodes = Array(shown.nodes.prefix(max(0, (room + step - 1) / step)))
        let lines = shown.lines.filter { $0.a < nodes.count && $0.b < nodes.count }
            .sorted { abs($0.a - $0.b) > abs($1.a - $1.b) }
        let nodeX = area.x + lines.count + 1
        var grid = Junctions()
        for (k, line) in lines.enumerated() {
            let x = area.x + k
            let (top, bottom) = (min(line.a, line.b) * step, max(line.a, line.b) * step)
            for y in top...bottom {
                if y > top { grid.connect(x, y, .up) }
                if y < bottom { grid.connect(x, y, .down) }
            }
            for y in [top, bottom] {
                grid.connect(x, y, .right)
                for sx in (x + 1)..<nodeX {
                    grid.connect(sx, y, .left)
                    grid.connect(sx, y, .right)
                }
            }
        }
        grid.draw(at: area.y, glyphs: canvas.glyphs, clip: area, on: &canvas)
        // Where only one hears the other, an arrow points at the one who hears.
        for line in lines where line.oneWay {
            canvas.put(canvas.glyphs == .ascii ? ">" : "▸", x: nodeX - 1, y: area.y + line.a * step,
                       role: .partyConnected, clip: area)
        }
        for (i, node) in nodes.enumerated() {
            let row = Rect(x: nodeX, y: area.y + i * step, width: area.maxX - nodeX, height: 1)
            let role = nodeRole(node)
            let state = node.muted ? "\(node.state), muted" : node.state
            let stateX = canvas.putRight(state, y: row.y, role: role, clip: row)
            let room = max(0, stateX - row.x - 1)
            canvas.put(nodeName(node, room: room, glyphs: canvas.glyphs), x: row.x, y: row.y, width: room,
                       role: node.onCall ? .text : .hint, clip: row)
        }
        if let foldedText, area.height >= 2 {
            let row = area.row(area.height - 2)
            canvas.put(foldedText, x: row.x, y: row.y, width: row.width, role: .hint, clip: row)
        }
        let legend = area.row(area.height - 1)
        let g = canvas.glyphs
        let both = "\(g.horizontal)\(g.horizontal) hear each other"
        // The arrow marks the party who hears and whom no one hears: a muted party or a supervisor monitoring
        // silently ("hears a muted party" read the other way round, and named no monitor). The rarer mark stays
        // whole and "hear each other" gives way first (issue 11 review 2, point 7).
        let text = lines.isEmpty ? "No one hears anyone now"
            : lines.contains(where: \.oneWay)
            ? WordWrap.fit(both, "  ", keeping: "\(g == .ascii ? ">" : "▸") hears, unheard", width: legend.width,
                           ellipsis: g.ellipsis)
            : both
        canvas.put(map.ended ? "The call has ended" : text, x: legend.x, y: legend.y, width: legend.width, role: .hint,
                   clip: legend)
    }

    /// A node's name row in `room` columns. The name is what the audience reads: the handle, then the
    /// role (a supervisor's) give way whole before it, and a name is cut only when it alone is wider
    /// than the row (issue 12 review point 4: "Sue Park…" at 120 columns, the role cut instead).
    static func nodeName(_ node: CallMapView.Node, room: Int, glyphs g: Glyphs) -> String {
        var name = "\(g.bullet) \(node.label)"
        var extras: [String] = []
        if let role = node.role { extras.append(" (\(role))") }
        if node.label != node.handle, node.kind != .customer { extras.append(" (\(node.handle))") }
        for extra in extras where CellWidth.of(name + extra) <= room { name += extra }
        return name
    }

    static func nodeRole(_ node: CallMapView.Node) -> StyleRole {
        guard node.onCall else { return .partyDisconnected }
        switch node.state {
        case ConnectionState.connected.label, CallerView.State.connected.rawValue: return .partyConnected
        case ConnectionState.hold.label: return .partyHold
        case ConnectionState.disconnected.label, CallerView.State.disconnected.rawValue: return .partyDisconnected
        default: return .partyConnecting
        }
    }
}

/// Box-drawing junctions: each cell knows which of its four sides a line leaves by, and gets the
/// glyph that joins them (ASCII: `|`, `-` and `+`).
struct Junctions {
    enum Side: UInt8 {
        case up = 1, down = 2, left = 4, right = 8
    }

    private var cells: [Int: [Int: UInt8]] = [:]

    mutating func connect(_ x: Int, _ y: Int, _ side: Side) { cells[y, default: [:]][x, default: 0] |= side.rawValue }

    func draw(at top: Int, glyphs: Glyphs, clip: Rect, on canvas: inout Canvas) {
        for (y, row) in cells {
            for (x, sides) in row {
                canvas.put(Self.glyph(sides, ascii: glyphs == .ascii), x: x, y: top + y, role: .partyConnected, clip: clip)
            }
        }
    }

    static func glyph(_ s: UInt8, ascii: Bool) -> String {
        let vertical = s & 3, horizontal = s & 12
        if ascii { return vertical != 0 && horizontal != 0 ? "+" : vertical != 0 ? "|" : "-" }
        switch s {
        case 3, 1, 2: return "│"
        case 12, 4, 8: return "─"
        case 10: return "┌"
        case 9: return "└"
        case 6: return "┐"
        case 5: return "┘"
        case 11: return "├"
        case 7: return "┤"
        case 14: return "┬"
        case 13: return "┴"
        default: return "┼"
        }
    }
}
