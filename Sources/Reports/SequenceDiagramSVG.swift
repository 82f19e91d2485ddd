/// A `SequenceModel` drawn as a standalone SVG 1.1 document, for `termccp script --diagram OUT.svg`: no Mermaid
/// renderer runs here, so the program lays the diagram out itself (W3C SVG 1.1, https://www.w3.org/TR/SVG11/).
///
/// Layout, in SVG user units (px): a box per participant at the top and again at the bottom, joined by its
/// dashed lifeline; one row of `rowHeight` per step, top to bottom in the order they happened; a message is a
/// line with an arrowhead from one lifeline to the other with its text above it (a message to oneself loops
/// to the right); a note is a box over its one or two lifelines. Lifelines are spaced so that every text fits
/// between the lifelines it joins, measured at `charWidth` per character of a monospace font.
///
/// Each element carries a class a reader can count: `participant` (a `g` with a `rect` and a `text`, top and
/// bottom), `lifeline` (one `line` per participant), `message` (a `g` with a `line` or `path` and a `text`),
/// `note` (a `g` with a `rect` and a `text`). Text is escaped for XML and cut to `maxText` characters.
struct SequenceDiagramSVG {
    var maxText: Int

    private let charWidth = 7.0
    private let fontSize = 12
    private let rowHeight = 34.0
    private let boxHeight = 30.0
    private let margin = 20.0
    private let minGap = 140.0

    func document(_ model: SequenceModel) -> String {
        let cutter = SequenceDiagram(maxText: maxText)
        let labels = model.participants.map { cutter.oneLine($0.label) }
        let texts = model.steps.map { step -> String in
            switch step {
            case .message(_, _, let text), .note(_, let text): return cutter.oneLine(text)
            }
        }
        let boxWidths = labels.map { width(of: $0) + 20 }
        var xs = lifelineXs(model, boxWidths: boxWidths, texts: texts)
        // A note wider than the room left of the first lifeline moves every lifeline right.
        let leftmost = zip(model.steps, texts).compactMap { step, text -> Double? in
            guard case .note(let over, _) = step else { return nil }
            return noteBox(over.map { xs[$0] }, text).x
        }.min() ?? margin
        if leftmost < margin { xs = xs.map { $0 + margin - leftmost } }
        let rightmost = zip(xs, boxWidths).map { $0 + $1 / 2 }.max() ?? 0
        let widestRight = zip(model.steps, texts).map { step, text -> Double in
            switch step {
            case .message(let from, let to, _) where from == to: return xs[from] + 36 + width(of: text)
            case .note(let over, _):
                let box = noteBox(over.map { xs[$0] }, text)
                return box.x + box.width
            default: return 0
            }
        }.max() ?? 0
        let totalWidth = (max(rightmost, widestRight) + margin).rounded(.up)
        let top = margin
        let firstRow = top + boxHeight + rowHeight
        let bottomBox = firstRow + Double(model.steps.count) * rowHeight
        let totalHeight = bottomBox + boxHeight + margin

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(n(totalWidth))" height="\(n(totalHeight))" \
            viewBox="0 0 \(n(totalWidth)) \(n(totalHeight))" font-family="monospace" font-size="\(fontSize)">
              <defs>
                <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto">
                  <path d="M 0 0 L 10 5 L 0 10 z" fill="#333"/>
                </marker>
              </defs>
              <rect width="100%" height="100%" fill="#fff"/>

            """
        for (i, x) in xs.enumerated() {
            out += "  <line class=\"lifeline\" x1=\"\(n(x))\" y1=\"\(n(top + boxHeight))\" x2=\"\(n(x))\" y2=\"\(n(bottomBox))\" "
                + "stroke=\"#999\" stroke-dasharray=\"4 3\"/>\n"
            for y in [top, bottomBox] {
                out += participant(labels[i], x: x, y: y, width: boxWidths[i])
            }
        }
        for (row, (step, text)) in zip(model.steps, texts).enumerated() {
            let y = firstRow + Double(row) * rowHeight
            switch step {
            case .message(let from, let to, _) where from == to:
                let x = xs[from]
                out += "  <g class=\"message\"><path d=\"M \(n(x)) \(n(y - 8)) H \(n(x + 30)) V \(n(y)) H \(n(x))\" "
                    + "fill=\"none\" stroke=\"#333\" marker-end=\"url(#arrow)\"/>"
                    + "<text x=\"\(n(x + 36))\" y=\"\(n(y - 4))\">\(XMLText.content(text))</text></g>\n"
            case .message(let from, let to, _):
                let (x1, x2) = (xs[from], xs[to])
                out += "  <g class=\"message\"><line x1=\"\(n(x1))\" y1=\"\(n(y))\" x2=\"\(n(x2))\" y2=\"\(n(y))\" "
                    + "stroke=\"#333\" marker-end=\"url(#arrow)\"/>"
                    + "<text x=\"\(n((x1 + x2) / 2))\" y=\"\(n(y - 6))\" text-anchor=\"middle\">\(XMLText.content(text))</text></g>\n"
            case .note(let over, _):
                let box = noteBox(over.map { xs[$0] }, text)
                out += "  <g class=\"note\"><rect x=\"\(n(box.x))\" y=\"\(n(y - 20))\" width=\"\(n(box.width))\" height=\"24\" "
                    + "fill=\"#fff8c4\" stroke=\"#b8a640\"/>"
                    + "<text x=\"\(n(box.x + box.width / 2))\" y=\"\(n(y - 4))\" text-anchor=\"middle\">\(XMLText.content(text))</text></g>\n"
            }
        }
        return out + "</svg>\n"
    }

    private func participant(_ label: String, x: Double, y: Double, width: Double) -> String {
        "  <g class=\"participant\"><rect x=\"\(n(x - width / 2))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(boxHeight))\" "
            + "rx=\"3\" fill=\"#eaeaf7\" stroke=\"#666\"/>"
            + "<text x=\"\(n(x))\" y=\"\(n(y + boxHeight / 2 + 4))\" text-anchor=\"middle\">\(XMLText.content(label))</text></g>\n"
    }

    /// Left to right: each gap wide enough for both boxes beside it, and widened at its right end until every
    /// message's text fits between the two lifelines it joins.
    private func lifelineXs(_ model: SequenceModel, boxWidths: [Double], texts: [String]) -> [Double] {
        guard !boxWidths.isEmpty else { return [] }
        var gaps: [Double] = []
        for i in boxWidths.indices.dropFirst() {
            let halves: Double = (boxWidths[i - 1] + boxWidths[i]) / 2
            gaps.append(max(minGap, halves + 20))
        }
        for (step, text) in zip(model.steps, texts) {
            guard case .message(let from, let to, _) = step, from != to else { continue }
            let (lo, hi) = (min(from, to), max(from, to))
            let need = width(of: text) + 24
            let have = gaps[lo..<hi].reduce(0, +)
            if have < need { gaps[hi - 1] += need - have }
        }
        var xs = [margin + boxWidths[0] / 2]
        for gap in gaps { xs.append(xs[xs.count - 1] + gap) }
        return xs
    }

    /// A note's box: centred on its lifelines, wide enough for its text and for the lifelines it spans.
    private func noteBox(_ lines: [Double], _ text: String) -> (x: Double, width: Double) {
        let span = (lines.max() ?? 0) - (lines.min() ?? 0)
        let w = max(width(of: text) + 16, span + 40)
        let centre = lines.reduce(0, +) / Double(max(1, lines.count))
        return (centre - w / 2, w)
    }

    private func width(of text: String) -> Double { Double(text.count) * charWidth }

    /// A coordinate as SVG writes it: whole, or to one decimal.
    private func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
