import Telephony
import TextFit

/// The flow view, the live form of `--trace`: each flow running on the call (which flow, for whom,
/// the action running: identifier, type, the text it plays), then the last branches taken, newest
/// first. Without a call it shows every flow running (a caller still in the inbound flow).
enum FlowPanel {
    static func draw(_ flows: FlowActivity, contacts: [ContactID]?, names: [PartyKey: String], reason: String,
                     in area: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        let ours = { (c: ContactID) in contacts?.contains(c) ?? true }
        let running = flows.running.filter { ours($0.run.contact) }
        let branches = flows.branches.filter { ours($0.action.run.contact) }
        var rows: [(String, StyleRole)] = []
        // Prose wraps between words over a few rows; the one-line rows below are fitted to the width.
        func wrapped(_ text: String, indent: Int, limit: Int, _ role: StyleRole) {
            let pad = String(repeating: " ", count: indent)
            for line in WordWrap.rows(text, width: area.width - indent, limit: limit, ellipsis: g.ellipsis) {
                rows.append((pad + line, role))
            }
        }
        if running.isEmpty { wrapped(reason, indent: 0, limit: 2, .hint) }
        // A row too wide for the panel goes on two rather than lose its last part (issue 12 review point 1):
        // whom the flow plays to under the flow's name, the action's type under its identifier.
        func oneOrTwo(_ whole: String, else first: String, _ second: String, indent: Int, _ role: StyleRole) {
            if CellWidth.of(whole) <= area.width { return rows.append((whole, role)) }
            rows.append((first, role))
            rows.append((String(repeating: " ", count: indent) + second, role))
        }
        for run in running {
            let role = roleName(run.run.role)
            let title = run.run.flow.lowercased().contains(role) ? run.run.flow : "\(run.run.flow) (\(role))"
            if let to = run.playingTo {
                let whom = "\(g.arrow) \(names[to] ?? to.description)"
                oneOrTwo("\(title) \(whom)", else: title, whom, indent: 2, .title)
            } else {
                rows.append((title, .title))
            }
            if let action = run.action {
                let type = run.actionType ?? ""
                oneOrTwo("  \(g.running) \(type) \(g.separator) \(action)", else: "  \(g.running) \(action)", type, indent: 4, .text)
            }
            if let text = run.playing { wrapped("\u{201C}\(text)\u{201D}", indent: 4, limit: 3, .transcriptPrompt) }
        }
        if !branches.isEmpty {
            rows.append(("", .text))
            rows.append(("Last branches", .title))
            // The flow's name says where the branch was taken: it stays whole; the action type gives way
            // first, then the time, then the branch is cut. Each gives way on every row at once, so the rows
            // read as one list: chosen row by row, a time showed beside a short flow's name and not beside a
            // long one's, as if those branches had none. Only the rows the panel has room for count.
            let separator = " \(g.separator) "
            let heads = branches.reversed().prefix(max(0, area.height - rows.count)).map { b in
                let branch = "\(g.arrow) \(b.branch)"
                return (flow: b.action.flow, forms: ["\(TimeText.clock(b.at)) \(b.action.actionType) \(branch)",
                                                     "\(TimeText.clock(b.at)) \(branch)", branch])
            }
            let form = (0..<2).first { k in heads.allSatisfy { CellWidth.of($0.forms[k] + separator + $0.flow) <= area.width } } ?? 2
            for head in heads {
                rows.append((WordWrap.fit(head.forms[form], separator, keeping: head.flow, width: area.width, ellipsis: g.ellipsis),
                             .hint))
            }
        }
        for (i, row) in rows.prefix(area.height).enumerated() {
            canvas.put(row.0, x: area.x, y: area.y + i, width: area.width, role: row.1, clip: area)
        }
    }

    static func roleName(_ role: FlowRole) -> String {
        switch role {
        case .inbound: return "inbound"
        case .customerQueue: return "customer queue"
        case .customerHold: return "customer hold"
        case .customerWhisper: return "customer whisper"
        case .agentWhisper: return "agent whisper"
        case .agentHold: return "agent hold"
        case .outboundWhisper: return "outbound whisper"
        case .transfer: return "transfer"
        }
    }
}
