import Telephony
import TextFit

/// What the call map draws of a call, so that after many attempts it still shows the call as it is
/// now (README "How it behaves", call map): every party on the call with its connection state and
/// who hears whom; the caller always; of the legs that left, only the one that left last whose party is
/// not back on the call (the last thing that happened), under the parties on the call; every other leg
/// that left folded into one "Left earlier" line, a name and a count per party. A party is its kind and
/// handle (an agent's username, an external number, a queue), so five legs to one number count as one party.
struct CallMapShown: Equatable {
    struct Folded: Equatable {
        var label: String
        var count: Int
    }

    var nodes: [CallMapView.Node]
    /// The map's lines with their ends renumbered into `nodes` (only parties on the call have lines).
    var lines: [CallMapView.Line]
    /// Parties whose legs that left are not drawn, in the order they first joined, with how many.
    var folded: [Folded]

    init(_ map: CallMapView) {
        func party(_ n: CallMapView.Node) -> String { "\(n.kind)|\(n.handle)" }
        let onCallNow = Set(map.nodes.filter(\.onCall).map(party))
        // The last to leave, not the last to join: an agent who rejected a transfer joined after the agent who
        // then ended the call, who is the story's last step.
        let lastLeft = map.nodes.indices.filter {
            !map.nodes[$0].onCall && map.nodes[$0].kind != .customer && !onCallNow.contains(party(map.nodes[$0]))
        }.max { (map.nodes[$0].leftAt ?? .min, $0) < (map.nodes[$1].leftAt ?? .min, $1) }
        var kept: [Int] = []
        var counts: [String: Int] = [:]
        var foldedOrder: [(key: String, label: String)] = []
        for (i, node) in map.nodes.enumerated() {
            if node.onCall || node.kind == .customer {
                kept.append(i)
                continue
            }
            if i == lastLeft { continue }
            let key = party(node)
            if counts[key] == nil { foldedOrder.append((key, node.label)) }
            counts[key, default: 0] += 1
        }
        // The leg that left goes under the parties on the call: between two of them, the line joining
        // them ran past it and drew it into their conversation (a caller back from Acme Shipping with John).
        if let lastLeft { kept.append(lastLeft) }
        let newIndex = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        nodes = kept.map { map.nodes[$0] }
        lines = map.lines.compactMap { line in
            guard let a = newIndex[line.a], let b = newIndex[line.b] else { return nil }
            var renumbered = line
            (renumbered.a, renumbered.b) = (a, b)
            return renumbered
        }
        folded = foldedOrder.map { Folded(label: $0.label, count: counts[$0.key]!) }
    }

    /// The folded line, e.g. "Left earlier: Maria Garcia ×4, +18005550199"; nil when nothing is folded.
    /// A party's name is never cut: the parties that do not fit in `width` columns are counted instead
    /// ("Left earlier: Maria Garcia ×4, +1 more"), newest given way first (issue 12 review point 4).
    func foldedText(_ g: Glyphs, width: Int = .max) -> String? {
        guard !folded.isEmpty else { return nil }
        let parties = folded.map { $0.count > 1 ? "\($0.label) \(g.times)\($0.count)" : $0.label }
        for shown in stride(from: parties.count, to: 0, by: -1) {
            let rest = parties.count - shown
            let text = "Left earlier: " + parties.prefix(shown).joined(separator: ", ") + (rest > 0 ? ", +\(rest) more" : "")
            if CellWidth.of(text) <= width { return text }
        }
        return "Left earlier: \(parties.count) \(parties.count == 1 ? "party" : "parties")"
    }
}
