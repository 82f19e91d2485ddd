import Telephony
import TextFit
import Training

/// The end of a lesson: each goal with the time it was met, the measures, each forbidden event that
/// happened (which rule, when), and the score's parts.
enum LessonSummary {
    /// Each forbidden event under its count: the lesson time, the rule's text and its number in the lesson.
    static func forbiddenLines(_ p: LessonProgress, glyphs g: Glyphs) -> [(text: String, role: StyleRole)] {
        p.forbidden.map { ("  \(g.times) \(TimeText.clock($0.at))  \($0.title) (rule \($0.forbidden + 1))", .error) }
    }

    static func lines(_ p: LessonProgress, glyphs g: Glyphs) -> [(text: String, role: StyleRole)] {
        var out: [(text: String, role: StyleRole)] = []
        for (i, title) in p.goalTitles.enumerated() {
            if let at = p.metAt[i] {
                out.append(("\(g.bullet) \(title)  \(TimeText.clock(at))", .overlay))
            } else {
                out.append(("\(g.times) \(title)  not met", .error))
            }
        }
        let m = p.measures
        out.append(("", .overlay))
        out.append(("Time to answer      \(m.timeToAnswer.map { MeasureText.clockTenths($0) } ?? "none")"
            + (m.missedOffers > 0 ? "  (\(m.missedOffers) missed)" : ""), .overlay))
        out.append(("Handle time         \(TimeText.clock(m.handle * 1000))  (talk \(m.talk) s, hold \(m.customerHold) s, ACW \(m.afterContactWork) s)", .overlay))
        out.append(("Customer hold       \(m.customerHold) s in \(m.holds) hold\(m.holds == 1 ? "" : "s")", .overlay))
        out.append(("Transfers completed \(m.transfersCompleted)", .overlay))
        out.append(("Refused moves       \(m.refusedMoves)", .overlay))
        out.append(("Forbidden events    \(m.forbiddenEvents)", m.forbiddenEvents > 0 ? .error : .overlay))
        out += forbiddenLines(p, glyphs: g)
        let s = p.score
        func n(_ v: Double) -> String { String(Int(v.rounded())) }
        out.append(("", .overlay))
        out.append(("Score \(s.total)/100", .overlayTitle))
        out.append(("  goals \(n(s.goals))/60, answer \(n(s.answer))/10, hold \(n(s.hold))/10, handle \(n(s.handle))/10,", .overlay))
        out.append(("  conduct \(n(s.conduct))/10" + (s.penalty > 0 ? ", forbidden events \(n(-s.penalty))" : ""), .overlay))
        return out
    }

    static func draw(_ p: LessonProgress, in area: Rect, on canvas: inout Canvas) {
        var content = lines(p, glyphs: canvas.glyphs)
        // Too tall for the terminal: blank lines go first, then the goals fold into one line.
        if content.count + 3 > area.height { content.removeAll { $0.text.isEmpty } }
        if content.count + 3 > area.height {
            let met = p.metAt.count { $0 != nil }
            content = [("Goals met \(met) of \(p.goalTitles.count)", met == p.goalTitles.count ? .overlay : .error)]
                + content.dropFirst(p.goalTitles.count)
        }
        // Still too tall: the forbidden events listed keep the rows there are, the last saying how many more.
        let listed = forbiddenLines(p, glyphs: canvas.glyphs)
        if content.count + 3 > area.height, !listed.isEmpty, let first = content.firstIndex(where: { $0.text == listed[0].text }) {
            let room = max(1, listed.count - (content.count + 3 - area.height))
            let kept = room >= listed.count ? listed
                : Array(listed.prefix(room - 1)) + [("  \(canvas.glyphs.ellipsis) \(listed.count - room + 1) more", .error)]
            content.replaceSubrange(first..<(first + listed.count), with: kept)
        }
        let width = min(area.width - 2, max(50, (content.map { CellWidth.of($0.text) }.max() ?? 0) + 4))
        let height = min(area.height, content.count + 3)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2),
                        width: width, height: height)
        canvas.fill(rect, role: .overlay)
        canvas.frame.screen.box(rect, role: .overlayTitle, glyphs: canvas.glyphs)
        canvas.put(" \(p.title) ", x: rect.x + 2, y: rect.y, width: rect.width - 4, role: .overlayTitle, clip: rect)
        let inner = rect.inset(by: 1)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        for (i, line) in content.prefix(body.height).enumerated() {
            canvas.put(line.text, x: body.x, y: body.y + i, width: body.width, role: line.role, clip: body)
        }
    }
}
