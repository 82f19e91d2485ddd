import Script
import Telephony
import TextFit

/// A demo's three rows under the header: the caption (the script's comments, wrapped over two
/// rows), then a status row: the step running or what the script waits for, or the latest failed
/// line; on the right the checks so far and the presenter's keys. At the end, the summary and the
/// first failed line in place of the caption.
enum CaptionBar {
    static let rows = 3

    static func draw(_ p: DemoProgress, in rect: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        let text = Rect(x: rect.x, y: rect.y, width: rect.width, height: 2)
        canvas.fill(text, role: .info)
        let inner = max(1, rect.width - 2)
        if p.hold == .finished {
            canvas.put("Demo finished \(g.separator) \(p.summary)", x: text.x + 1, y: text.y, width: inner, role: .info, clip: text)
            if let first = p.failures.first {
                canvas.put(failure(first, glyphs: g), x: text.x + 1, y: text.y + 1, width: inner, role: .error, clip: text)
            }
        } else {
            let wrapped = WordWrap.rows(p.caption ?? "", width: inner, limit: 2, ellipsis: g.ellipsis)
            for (i, line) in wrapped.enumerated() {
                canvas.put(line, x: text.x + 1, y: text.y + i, role: .info, clip: text)
            }
        }
        drawStatus(p, in: rect.row(2), on: &canvas)
    }

    private static func drawStatus(_ p: DemoProgress, in row: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        let shownFailure = p.hold == .finished ? nil : p.recentFailure
        let left = shownFailure.map { failure($0, glyphs: g) } ?? state(p, glyphs: g)
        var keys: [(String, String)] = p.hold == .finished
            ? [(key(.quit), "quits")]
            : [(key(.nextStep), "next"), (key(.stepMode), p.mode == .step ? "continuous" : "step mode")]
        let checks = "\(p.passed) ok" + (p.failures.isEmpty ? "" : " \(g.separator) \(p.failures.count) failed")
        func right() -> String { checks + keys.map { "  \($0.0) \($0.1)" }.joined() + " " }
        // What the script does or waits for, or what failed, is worth more than the keys, which help
        // (?) also lists: they give way from the last, so the left part fits whole where it can (the
        // line Space runs next, after a takeover at 80 columns); what still does not fit is cut after
        // a whole word (`WordWrap.fit`, by `put(width:)` below).
        while !keys.isEmpty, CellWidth.of(left) + 2 + CellWidth.of(right()) > row.width { keys.removeLast() }
        var clip = row
        if row.width - CellWidth.of(right()) >= 30 {
            var x = row.maxX - CellWidth.of(right())
            clip.width = x - row.x - 1
            x = canvas.put(checks, x: x, y: row.y, role: p.failures.isEmpty ? .hint : .error, clip: row)
            for (key, word) in keys {
                x = canvas.put("  " + key, x: x, y: row.y, role: .key, clip: row)
                x = canvas.put(" " + word, x: x, y: row.y, role: .hint, clip: row)
            }
        }
        canvas.put(left, x: row.x + 1, y: row.y, width: clip.width - 1, role: shownFailure == nil ? .text : .error, clip: clip)
    }

    private static func failure(_ f: DemoPlayer.Failure, glyphs g: Glyphs) -> String {
        "\(g.times) line \(f.line): \(f.message)"
    }

    /// What the script is doing or waiting for.
    static func state(_ p: DemoProgress, glyphs g: Glyphs) -> String {
        func numbered(_ line: ScriptLine) -> String { "\(line.number): \(line.text)" }
        switch p.hold {
        case .beat:
            return p.current.map { "\(g.running) \(numbered($0))" } ?? "\(g.running) Starting"
        case .clock(let until, let line):
            return "\(g.running) \(numbered(line)) (\(TimeText.clock(max(0, until - p.now) + 999)) left)"
        case .condition(_, _, let line):
            return "\(g.running) \(numbered(line))"
        case .pauseLine(let line):
            return "\(g.paused) Paused at line \(line.number) \(g.separator) " + goesOn(p, glyphs: g)
        case .nextStep:
            return "\(g.paused) Step mode \(g.separator) " + nextStep(p)
        case .presenter:
            return "\(g.paused) You have the panels \(g.separator) " + goesOn(p, glyphs: g)
        case .finished:
            return (p.failures.isEmpty ? "Every expectation held" : "The script has run") + " \(g.separator) the CCP stays live"
        }
    }

    /// What the next-step key does after a pause or the presenter's turn: play goes on, or in step
    /// mode the one step it runs.
    private static func goesOn(_ p: DemoProgress, glyphs g: Glyphs) -> String {
        p.mode == .step ? nextStep(p) : "\(key(.nextStep)) goes on"
    }

    /// Step mode: exactly what the next-step key runs: one more caption, or a line with the lines
    /// that run with it (`next 4: accept (with 5-6)`), or the end of the demo.
    private static func nextStep(_ p: DemoProgress) -> String {
        if p.captionNext { return "next: the next caption" }
        guard let next = p.next else { return "next: the end" }
        return "next \(next.number): \(next.text)" + (p.nextWith.isEmpty ? "" : " (with \(lineNumbers(p.nextWith)))")
    }

    /// Line numbers as a reader writes them: `5`, `5-7`, `5, 7`.
    private static func lineNumbers(_ lines: [ScriptLine]) -> String {
        let numbers = lines.map(\.number)
        guard let first = numbers.first, let last = numbers.last else { return "" }
        if numbers.count > 1, numbers == Array(first...last) { return "\(first)-\(last)" }
        return numbers.map(String.init).joined(separator: ", ")
    }

    /// The action's first key, as help spells it.
    private static func key(_ action: Action) -> String {
        Keymap.binding(for: action, in: .global)?.keys.first?.label ?? ""
    }
}
