import Telephony

/// Completed contact records as chains: the segments of one call share an InitialContactId and are
/// linked by PreviousContactId / NextContactId (docs §2), so each chain is drawn from its initial
/// contact down its NextContactId links, newest chain last. ContactIds are shortened to their last 8
/// characters (termccp's count up there).
enum RecordsPanel {
    static func draw(_ chains: [[ContactRecord]], in area: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        guard !chains.isEmpty else {
            canvas.put("No contact record completed yet (a record completes after Clear contact)", x: area.x,
                       y: area.y, width: area.width, role: .hint, clip: area)
            return
        }
        // The newest chains matter most: when they do not all fit, the oldest rows go, so rows are made from the
        // newest chain back only until they fill the area (the CCP keeps up to a thousand records).
        var newestFirst: [[(String, StyleRole)]] = []
        var filled = 0
        for chain in chains.reversed() where filled < area.height {
            var rows = [("InitialContactId \(short(chain[0].InitialContactId, g))", StyleRole.title)]
            for (i, r) in chain.enumerated() {
                let link = i == 0 ? " " : (canvas.glyphs == .ascii ? "`" : "└")
                let who = r.Agent?.Username ?? "no agent"
                let reason = r.DisconnectReason ?? "—"
                rows.append(("\(String(repeating: " ", count: i))\(link)\(g.arrow) \(short(r.ContactId, g)) \(r.InitiationMethod) \(g.separator) \(who) \(g.separator) \(reason)",
                             .text))
            }
            newestFirst.append(rows)
            filled += rows.count
        }
        let rows = Array(newestFirst.reversed().joined())
        for (i, row) in rows.suffix(area.height).enumerated() {
            canvas.put(row.0, x: area.x, y: area.y + i, width: area.width, role: row.1, clip: area)
        }
    }

    static func short(_ id: String, _ g: Glyphs) -> String { g.ellipsis + String(id.suffix(8)) }
}

/// Contact records linked into the chains Amazon Connect's ids describe (docs §2).
public enum RecordChains {
    /// Records grouped by InitialContactId, each chain in NextContactId order (records whose link is
    /// missing follow in the order given), chains in the order their first record came.
    public static func of(_ records: [ContactRecord]) -> [[ContactRecord]] {
        var order: [String] = []
        var groups: [String: [ContactRecord]] = [:]
        for r in records {
            if groups[r.InitialContactId] == nil { order.append(r.InitialContactId) }
            groups[r.InitialContactId, default: []].append(r)
        }
        return order.map { id in
            var rest = groups[id]!
            var chain: [ContactRecord] = []
            var next: ContactRecord? = rest.first { $0.PreviousContactId == nil || !rest.map(\.ContactId).contains($0.PreviousContactId!) }
            while let current = next, let i = rest.firstIndex(of: current) {
                chain.append(rest.remove(at: i))
                next = current.NextContactId.flatMap { n in rest.first { $0.ContactId == n } }
            }
            return chain + rest
        }
    }

}
