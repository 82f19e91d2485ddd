import Telephony
import TextFit

/// What one party heard, newest at the bottom, time-stamped m:ss; a loop heard several times in a
/// row is one line with ×N. Long lines wrap under their text, not under the time.
enum TranscriptView {
    static func role(_ kind: TranscriptLine.Kind) -> StyleRole {
        switch kind {
        case .prompt, .recording: return .transcriptPrompt
        case .whisper: return .transcriptWhisper
        case .speech: return .transcriptSpeech
        case .dtmf: return .transcriptDTMF
        case .system: return .transcriptSystem
        }
    }

    typealias Run = [(Character, StyleRole)]

    static func segments(_ line: TranscriptLine, glyphs: Glyphs) -> Run {
        var text = line.text
        switch line.kind {
        case .system: break
        case .dtmf: text = "\(line.source) pressed \(line.text)"
        default: if !line.source.isEmpty { text = "\(line.source): \(line.text)" }
        }
        var run: Run = text.map { ($0, role(line.kind)) }
        if line.count > 1 { run += " \(glyphs.times)\(line.count)".map { ($0, .info) } }
        return run
    }

    /// Breaks a run into rows of at most `width` columns, preferring a space in the second half of a row.
    static func wrap(_ run: Run, width: Int) -> [Run] {
        guard width > 0 else { return [] }
        var rows: [Run] = [], rest = run[...]
        while !rest.isEmpty {
            var used = 0, end = rest.startIndex
            while end < rest.endIndex, used + CellWidth.of(rest[end].0) <= width {
                used += CellWidth.of(rest[end].0)
                end += 1
            }
            if end == rest.startIndex { end += 1 }
            if end < rest.endIndex, rest[end].0 != " ",
               let space = rest[rest.startIndex..<end].lastIndex(where: { $0.0 == " " }),
               space - rest.startIndex > width / 2 {
                end = space + 1
            }
            rows.append(Array(rest[rest.startIndex..<end]))
            rest = rest[end...]
            while rest.first?.0 == " " { rest = rest.dropFirst() }
        }
        return rows
    }

    /// A row that is followed by more of its line: the ellipsis after its last whole word that leaves room.
    static func cut(_ row: Run, width: Int, ellipsis: String) -> Run {
        let room = width - CellWidth.of(ellipsis)
        var end = row.count
        while end > 0, row[..<end].reduce(0, { $0 + CellWidth.of($1.0) }) > room { end -= 1 }
        if end < row.count, end > 0, let space = row[..<end].lastIndex(where: { $0.0 == " " }), row[end].0 != " " {
            end = space
        }
        while end > 0, row[end - 1].0 == " " { end -= 1 }
        let role = row.last?.1 ?? .text
        return Array(row[..<end]) + ellipsis.map { ($0, role) }
    }

    static func draw(_ lines: [TranscriptLine], title: String, scroll: Int, in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        let g = canvas.glyphs
        let head = "\(g.horizontal) \(title) "
        let x = canvas.put(head, x: rect.x, y: rect.y, width: rect.width, role: .hint, clip: rect)
        if x < rect.maxX {
            canvas.put(String(repeating: g.horizontal, count: rect.maxX - x), x: x, y: rect.y, role: .hint, clip: rect)
        }
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        guard body.height > 0 else { return }
        if lines.isEmpty {
            canvas.put("Nothing heard yet", x: body.x, y: body.y, width: body.width, role: .hint, clip: body)
            return
        }
        let shown = lines.dropLast(min(scroll, lines.count - 1))
        // A clock is never narrower for a later time, so the latest one sets the column's width.
        let timeWidth = max(4, CellWidth.of(TimeText.clock(shown.lazy.map(\.at).max() ?? 0)))
        // Only the newest lines that fill the body are wrapped: a transcript keeps up to thousands of lines.
        var newestFirst: [[(time: String, run: Run)]] = []
        var filled = 0
        let textWidth = body.width - timeWidth - 1
        for line in shown.reversed() where filled < body.height {
            var wrapped = wrap(segments(line, glyphs: g), width: textWidth)
            // The oldest line shown, when only part of it fits, shows its beginning with its time, cut after a
            // whole word: its last rows alone ("     call hears them") say nothing (issue 11 review 2, point 7).
            if filled + wrapped.count > body.height {
                wrapped = Array(wrapped.prefix(body.height - filled))
                wrapped[wrapped.count - 1] = cut(wrapped[wrapped.count - 1], width: textWidth, ellipsis: g.ellipsis)
            }
            newestFirst.append(wrapped.enumerated().map { i, run in (i == 0 ? TimeText.clock(line.at) : "", run) })
            filled += wrapped.count
        }
        let rows = Array(newestFirst.reversed().joined())
        for (i, row) in rows.suffix(body.height).enumerated() {
            let y = body.y + i
            canvas.put(CellWidth.pad(row.time, to: timeWidth, ellipsis: g.ellipsis), x: body.x, y: y,
                       role: .transcriptTime, clip: body)
            var cx = body.x + timeWidth + 1
            for (c, role) in row.run { cx = canvas.put(String(c), x: cx, y: y, role: role, clip: body) }
        }
        if scroll > 0 {
            canvas.putRight(" \(scroll) newer below ", y: rect.y, role: .info, clip: rect)
        }
    }
}
