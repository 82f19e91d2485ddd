import Telephony
import TextFit

/// Completed contact records as trees: the segments of one call share an InitialContactId, and each
/// segment names the one it came from as PreviousContactId (docs §2.1, §2.5). A segment can be the
/// PreviousContactId of several others (every quick-connect attempt from one contact makes its own
/// TRANSFER record, the contact's NextContactId naming only the newest), so siblings are drawn at one
/// depth and only a segment's own children under it; newest InitialContactId group last. ContactIds
/// are shortened to their last 8 characters (termccp's count up there).
enum RecordsPanel {
    static func draw(_ groups: [[ContactRecord]], in area: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        guard !groups.isEmpty else {
            canvas.putWrapped("No contact record completed yet (a record completes after Clear contact)", in: area,
                              role: .hint)
            return
        }
        // The newest groups matter most: when they do not all fit, the oldest rows go, so rows are made from the
        // newest group back only until they fill the area (the CCP keeps up to a thousand records).
        var newestFirst: [[(String, StyleRole)]] = []
        var filled = 0
        for group in groups.reversed() where filled < area.height {
            var rows = [("InitialContactId \(short(group[0].InitialContactId, g))", StyleRole.title)]
            let outline = RecordChains.outline(group)
            for (i, row) in outline.enumerated() {
                let hasChildren = i + 1 < outline.count && outline[i + 1].depth > row.depth
                for line in lines(row, hasChildren: hasChildren, width: area.width, g) { rows.append((line, .text)) }
            }
            newestFirst.append(rows)
            filled += rows.count
        }
        let rows = Array(newestFirst.reversed().joined())
        for (i, row) in rows.suffix(area.height).enumerated() {
            canvas.put(row.0, x: area.x, y: area.y + i, width: area.width, role: row.1, clip: area)
        }
    }

    /// A record's rows. The chain (tree, ContactId, InitiationMethod) and the DisconnectReason are what
    /// the panel is for: when the whole row is wider than the panel, the agent gives way first; when the
    /// chain and the reason still do not fit (at 40 columns they mostly do not), the agent and the reason
    /// go on a second row under the ContactId, the reason kept whole (issue 12 review: the reason was cut
    /// off at 40 columns).
    static func lines(_ row: RecordChains.Row, hasChildren: Bool, width: Int, _ g: Glyphs) -> [String] {
        let tree = " \(branch(row, g))\(g.arrow) "
        let chain = "\(tree)\(short(row.record.ContactId, g)) \(row.record.InitiationMethod)"
        let who = row.record.Agent?.Username ?? "no agent", reason = row.record.DisconnectReason ?? "—"
        let separator = " \(g.separator) "
        let whole = chain + separator + who + separator + reason
        guard CellWidth.of(whole) > width else { return [whole] }
        let withoutAgent = chain + separator + reason
        guard CellWidth.of(withoutAgent) > width else { return [withoutAgent] }
        // Under the ContactId, or one column past a guide line that runs down to the record's children.
        let under = String(continuation(row, hasChildren: hasChildren, g).reversed().drop { $0 == " " }.reversed())
        let column = max(CellWidth.of(tree), CellWidth.of(under) + 1)
        let indent = under + String(repeating: " ", count: column - CellWidth.of(under))
        let room = width - CellWidth.of(indent)
        return [WordWrap.fit(chain, width: width, ellipsis: g.ellipsis),
                indent + WordWrap.fit(who, separator, keeping: reason, width: room, ellipsis: g.ellipsis)]
    }

    /// The tree lines left of a record's second row: its ancestors' guides, its own branch line going on
    /// to a later sibling, and the line down to its own children.
    static func continuation(_ row: RecordChains.Row, hasChildren: Bool, _ g: Glyphs) -> String {
        let line = g == .ascii ? "|" : "│"
        var out = " "
        for more in row.ancestorsContinue { out += more ? line + " " : "  " }
        if row.depth > 0 { out += (row.isLastSibling ? " " : line) + " " }
        return out + (hasChildren ? line : " ")
    }

    /// The tree lines left of a record: a guide for each ancestor with siblings still to come, then
    /// the record's own branch (none for a group's first segment).
    static func branch(_ row: RecordChains.Row, _ g: Glyphs) -> String {
        let ascii = g == .ascii
        var out = ""
        for more in row.ancestorsContinue { out += more ? (ascii ? "| " : "│ ") : "  " }
        guard row.depth > 0 else { return out }
        return out + (row.isLastSibling ? (ascii ? "`" : "└") : (ascii ? "|" : "├"))
    }

    static func short(_ id: String, _ g: Glyphs) -> String { g.ellipsis + String(id.suffix(8)) }
}

/// Contact records linked into the trees Amazon Connect's ids describe (docs §2.1, §2.5).
public enum RecordChains {
    /// Records grouped by InitialContactId, groups in the order their first record came; inside a
    /// group, each segment is followed by the segments naming it as PreviousContactId (depth first),
    /// siblings in InitiationTimestamp order (ties: the order given). A segment whose
    /// PreviousContactId has no record in the group (not completed yet, or dropped by retention)
    /// starts a tree of its own.
    public static func of(_ records: [ContactRecord]) -> [[ContactRecord]] {
        var order: [ContactID] = []
        var groups: [ContactID: [ContactRecord]] = [:]
        for r in records {
            if groups[r.initialContactId] == nil { order.append(r.initialContactId) }
            groups[r.initialContactId, default: []].append(r)
        }
        return order.map { outline(groups[$0]!).map(\.record) }
    }

    /// One record's place in its group's tree.
    public struct Row: Equatable, Sendable {
        public var record: ContactRecord
        /// 0 for a segment with no PreviousContactId in the group, else its parent's depth + 1.
        public var depth: Int
        /// No later segment shares this one's parent.
        public var isLastSibling: Bool
        /// For each ancestor between the root and this record's parent (depth − 1 entries): whether
        /// that ancestor has later siblings, so its guide line runs on past this row.
        public var ancestorsContinue: [Bool]
    }

    /// `group` (records of one InitialContactId) in tree order with each record's depth. Every record
    /// appears once, even where links are missing or loop.
    public static func outline(_ group: [ContactRecord]) -> [Row] {
        let ids = Set(group.map(\.contactId))
        let ordered = group.indices.sorted { (group[$0].initiatedAt, $0) < (group[$1].initiatedAt, $1) }
        var children: [ContactID: [Int]] = [:]
        var roots: [Int] = []
        for i in ordered {
            if let p = group[i].previousContactId, ids.contains(p), p != group[i].contactId {
                children[p, default: []].append(i)
            } else {
                roots.append(i)
            }
        }
        var rows: [Row] = []
        var placed = Set<Int>()
        func visit(_ i: Int, depth: Int, last: Bool, guides: [Bool]) {
            guard placed.insert(i).inserted else { return }
            rows.append(Row(record: group[i], depth: depth, isLastSibling: last, ancestorsContinue: guides))
            let kids = (children[group[i].contactId] ?? []).filter { !placed.contains($0) }
            let below = depth == 0 ? guides : guides + [!last]
            for (n, k) in kids.enumerated() { visit(k, depth: depth + 1, last: n == kids.count - 1, guides: below) }
        }
        for r in roots { visit(r, depth: 0, last: true, guides: []) }
        // Records on a PreviousContactId loop have no root: each unplaced one starts a tree.
        for i in ordered where !placed.contains(i) { visit(i, depth: 0, last: true, guides: []) }
        return rows
    }
}
