import Foundation
import Training

/// A lesson's opening: its title, the story, and the goals to meet; time starts when it closes.
enum StoryOverlay {
    static func lines(_ p: LessonProgress, width: Int) -> [(text: String, role: StyleRole)] {
        var out: [(text: String, role: StyleRole)] = []
        // Lines of a paragraph are joined and wrapped to the overlay; a blank line starts a new one.
        let paragraphs = p.story.components(separatedBy: "\n\n").map {
            $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }
        for (i, paragraph) in paragraphs.enumerated() {
            if i > 0 { out.append(("", .overlay)) }
            let run: TranscriptView.Run = paragraph.map { ($0, .overlay) }
            for row in TranscriptView.wrap(run, width: width) { out.append((String(row.map(\.0)), .overlay)) }
        }
        while out.last?.text.isEmpty == true { out.removeLast() }
        out.append(("", .overlay))
        out.append(("Goals", .overlayTitle))
        for (i, goal) in p.goalTitles.enumerated() { out.append(("  \(i + 1). \(goal)", .overlay)) }
        return out
    }

    /// Centred over `area`: the CCP panels' columns, the whole height of the screen. The side panels
    /// beside the CCP (call map, flow view, records) keep their borders (issue 11 review: at 120×40
    /// the story covered them).
    static func draw(_ p: LessonProgress, toMenu: Bool = false, in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 2, 76)
        let content = lines(p, width: width - 4)
        let height = min(area.height - 2, content.count + 4)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(rect, role: .overlay)
        canvas.frame.screen.box(rect, role: .overlayTitle, glyphs: canvas.glyphs)
        canvas.hit(rect, .help)
        canvas.put(" \(p.title) ", x: rect.x + 2, y: rect.y, width: rect.width - 4, role: .overlayTitle, clip: rect)
        let inner = rect.inset(by: 1)
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1)
        for (i, line) in content.prefix(body.height).enumerated() {
            canvas.put(line.text, x: body.x, y: body.y + i, width: body.width, role: line.role, clip: body)
        }
        canvas.put("Enter starts the lesson (the clock starts then) \(canvas.glyphs.separator) \(QuitHelp.closes(toMenu: toMenu))", x: body.x,
                   y: inner.maxY - 1, width: body.width, role: .overlayTitle, clip: inner)
    }
}
