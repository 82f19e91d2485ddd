import Telephony
import TextFit
import Training

/// The end of a lesson: each goal with the time it was met, the measures, each forbidden event that
/// happened (which rule, when), and the score's parts.
enum LessonSummary {
    /// One row of the summary; `tail` (a goal's time or "not met") stays whole when the row is cut.
    struct Row {
        var text: String
        var tail: String?
        var role: StyleRole
        /// A refused move listed under the count: the first rows to go when the summary is too tall.
        var refusal = false

        init(_ text: String, _ role: StyleRole, tail: String? = nil, refusal: Bool = false) {
            self.text = text
            self.tail = tail
            self.role = role
            self.refusal = refusal
        }

        var whole: String { tail.map { "\(text)  \($0)" } ?? text }

        /// Whole when it fits, else cut after a whole word, a goal's tail kept (WordWrap.fit).
        func fitted(_ width: Int, ellipsis: String) -> String {
            guard let tail else { return WordWrap.fit(text, width: width, ellipsis: ellipsis) }
            return WordWrap.fit(text, "  ", keeping: tail, width: width, ellipsis: ellipsis)
        }
    }

    /// Each forbidden event under its count: the lesson time, the rule's text and its number in the lesson.
    static func forbiddenLines(_ p: LessonProgress, glyphs g: Glyphs) -> [Row] {
        p.forbidden.map { Row("  \(g.times) \(TimeText.clock($0.at))  \($0.title) (rule \($0.forbidden + 1))", .error) }
    }

    static func lines(_ p: LessonProgress, glyphs g: Glyphs) -> [Row] {
        var out: [Row] = []
        // A lesson stopped with Q Q says so at the top, as the lesson bar does: its unmet goals were not failed by time.
        if p.phase == .stopped {
            out.append(Row("Stopped at \(TimeText.clock(p.elapsed)) with \(p.metAt.count { $0 != nil }) of \(p.goalTitles.count) goals met", .error))
        }
        for (i, title) in p.goalTitles.enumerated() {
            if let at = p.metAt[i] {
                out.append(Row("\(g.bullet) \(title)", .overlay, tail: TimeText.clock(at)))
            } else {
                out.append(Row("\(g.times) \(title)", .error, tail: "not met"))
            }
        }
        let m = p.measures
        out.append(Row("", .overlay))
        out.append(Row("Time to answer      \(m.timeToAnswer.map { MeasureText.clockTenths($0) } ?? "none")", .overlay))
        // A measure the answer score uses: a miss the lesson did not ask for takes the answer points.
        out.append(Row("Missed offers       \(m.missedOffers)" + (m.askedMisses > 0 ? "  (\(m.askedMisses) asked for by the lesson)" : ""),
                    m.missedOffers > m.askedMisses ? .error : .overlay))
        out.append(Row("Handle time         \(TimeText.clock(m.handle * 1000))  (talk \(m.talk) s, hold \(m.customerHold) s, ACW \(m.afterContactWork) s)", .overlay))
        out.append(Row("Customer hold       \(m.customerHold) s in \(m.holds) hold\(m.holds == 1 ? "" : "s")", .overlay))
        out.append(Row("Transfers completed \(m.transfersCompleted)", .overlay))
        out.append(Row("Refused moves       \(m.refusedMoves)", m.refusedMoves > 0 ? .error : .overlay))
        // Which moves cost the conduct points, in the CCP's own words, so the trainee learns what not to press.
        out += p.refused.map { Row("  ! \(TimeText.clock($0.at))  \($0.what)", .hint, refusal: true) }
        out.append(Row("Forbidden events    \(m.forbiddenEvents)", m.forbiddenEvents > 0 ? .error : .overlay))
        out += forbiddenLines(p, glyphs: g)
        let s = p.score
        func n(_ v: Double) -> String { String(Int(v.rounded())) }
        out.append(Row("", .overlay))
        out.append(Row("Score \(s.total)/100", .overlayTitle))
        out.append(Row("  goals \(n(s.goals))/60, answer \(n(s.answer))/10, hold \(n(s.hold))/10, handle \(n(s.handle))/10,", .overlay))
        out.append(Row("  conduct \(n(s.conduct))/10" + (s.penalty > 0 ? ", forbidden events \(n(-s.penalty))" : ""), .overlay))
        return out
    }

    static func draw(_ p: LessonProgress, in area: Rect, on canvas: inout Canvas) {
        var content = lines(p, glyphs: canvas.glyphs)
        // Too tall for the terminal: blank lines go first, then the goals fold into one line.
        if content.count + 3 > area.height { content.removeAll { $0.text.isEmpty } }
        // Then the refused moves listed (their count stays; the report lists them all).
        if content.count + 3 > area.height { content.removeAll(where: \.refusal) }
        // Then the score's parts share one row when it is wide enough, before any goal is folded away.
        if content.count + 3 > area.height, content.count >= 2 {
            let joined = content[content.count - 2].text + " " + content[content.count - 1].text.drop { $0 == " " }
            if CellWidth.of(joined) <= area.width - 6 { content.replaceSubrange((content.count - 2)..., with: [Row(joined, .overlay)]) }
        }
        // Then the stopped row, which the lesson bar above also says ("Lesson stopped"), before the goals.
        if content.count + 3 > area.height, p.phase == .stopped { content.removeFirst() }
        if content.count + 3 > area.height {
            let met = p.metAt.count { $0 != nil }
            let first = content.firstIndex { $0.tail != nil } ?? 0
            content.replaceSubrange(first..<(first + p.goalTitles.count),
                                    with: [Row("Goals met \(met) of \(p.goalTitles.count)", met == p.goalTitles.count ? .overlay : .error)])
        }
        // Still too tall: the forbidden events listed keep the rows there are, the last saying how many more.
        let listed = forbiddenLines(p, glyphs: canvas.glyphs)
        if content.count + 3 > area.height, !listed.isEmpty, let first = content.firstIndex(where: { $0.text == listed[0].text }) {
            let room = max(1, listed.count - (content.count + 3 - area.height))
            let kept = room >= listed.count ? listed
                : Array(listed.prefix(room - 1)) + [Row("  \(canvas.glyphs.ellipsis) \(listed.count - room + 1) more", .error)]
            content.replaceSubrange(first..<(first + listed.count), with: kept)
        }
        // Wide enough for the lesson's title too where the terminal is: it names what the summary is of.
        let width = min(area.width - 2, max(50, (content.map { CellWidth.of($0.whole) }.max() ?? 0) + 4,
                                            CellWidth.of(p.title) + 8))
        let height = min(area.height, content.count + 3)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2),
                        width: width, height: height)
        canvas.fill(rect, role: .overlay)
        canvas.frame.screen.box(rect, role: .overlayTitle, glyphs: canvas.glyphs)
        canvas.put(" \(WordWrap.fit(p.title, width: rect.width - 6, ellipsis: canvas.glyphs.ellipsis)) ", x: rect.x + 2, y: rect.y,
                   width: rect.width - 4, role: .overlayTitle, clip: rect)
        let inner = rect.inset(by: 1)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        for (i, line) in content.prefix(body.height).enumerated() {
            canvas.put(line.fitted(body.width, ellipsis: canvas.glyphs.ellipsis), x: body.x, y: body.y + i, width: body.width,
                       role: line.role, clip: body)
        }
    }
}
