import Telephony
import TextFit
import Training

/// The lesson's rows under the header: the current goal with the time left, then a note (a forbidden
/// event just seen, the summary's place, what to do about a missed contact, or the goal's hint, after
/// its delay or on the hint key) wrapped at word boundaries over as many rows as it needs (at most
/// `maxNoteRows`), or the key that shows a hint.
enum LessonBar {
    static let maxNoteRows = 3
    /// A forbidden event stays on the second row this long (virtual ms).
    static let forbiddenShownFor: Millis = 8000

    /// The note under the goal, with its role; nil when that row offers the hint key (or nothing).
    /// `toMenu`: the lesson was opened from `termccp learn`'s menu, where Q goes back.
    static func note(_ p: LessonProgress, toMenu: Bool = false, glyphs g: Glyphs) -> (text: String, role: StyleRole)? {
        if let last = p.lastForbidden, p.elapsed - last.at < forbiddenShownFor { return ("\(g.times) \(last.title)", .error) }
        if p.phase != .running { return ("Summary below \(g.separator) \(QuitHelp.closes(toMenu: toMenu))", .hint) }
        // A hint written for a ringing call is stale once it was missed: say what applies now.
        if p.missed {
            let clear = Keymap.mnemonic(.clear, in: .agent), next = Keymap.mnemonic(.callIn, in: .global)
            return ("Missed contact: press \(clear) (Clear contact); the caller rings again, or \(next) brings the next caller.", .hint)
        }
        // The hint may speak of a caller who is gone; what brings one is said with it, for any goal that needs one.
        if let hint = p.hint, p.noCallComing {
            let next = Keymap.mnemonic(.callIn, in: .global)
            return ("Hint: \(hint) No call is on its way: \(next) brings a caller if this goal needs one.", .hint)
        }
        if let hint = p.hint { return ("Hint: \(hint)", .hint) }
        return nil
    }

    /// The note as at most `limit` rows of at most `width` columns, broken between words; the last
    /// ends with the ellipsis when words are left over.
    static func noteRows(_ text: String, width: Int, limit: Int = maxNoteRows, glyphs: Glyphs) -> [String] {
        WordWrap.rows(text, width: width, limit: limit, ellipsis: glyphs.ellipsis)
    }

    /// The rows the bar takes at this width: the goal row and the note's rows (at least one).
    static func rows(_ p: LessonProgress, toMenu: Bool = false, width: Int, glyphs: Glyphs) -> Int {
        guard let note = note(p, toMenu: toMenu, glyphs: glyphs) else { return 2 }
        return 1 + max(1, noteRows(note.text, width: width - 1, glyphs: glyphs).count)
    }

    static func draw(_ p: LessonProgress, toMenu: Bool = false, in rect: Rect, on canvas: inout Canvas) {
        let g = canvas.glyphs
        let top = rect.row(0)
        canvas.fill(top, role: .info)
        var right = "\(TimeText.clock(p.elapsed)) "
        if let left = p.timeLeft, p.phase == .running { right = "\(TimeText.clock(left)) left " }
        let rightX = canvas.putRight(right, y: top.y, role: .info, clip: top)
        let clip = Rect(x: top.x, y: top.y, width: max(0, rightX - top.x - 1), height: 1)
        let goal: String
        switch p.phase {
        case .running:
            let i = p.currentGoal ?? 0
            goal = " Goal \(i + 1)/\(p.goalTitles.count) \(g.arrow) \(p.goalTitles[i])"
        case .passed: goal = " Lesson complete \(g.separator) score \(p.score.total)/100"
        case .timedOut: goal = " Time is up \(g.separator) \(p.goalTitles.count - (p.metAt.count { $0 == nil })) of \(p.goalTitles.count) goals \(g.separator) score \(p.score.total)/100"
        case .stopped: goal = " Lesson stopped \(g.separator) score \(p.score.total)/100"
        case .notStarted: goal = " Lesson not started \(g.separator) no score"
        }
        canvas.put(goal, x: top.x, y: top.y, width: clip.width, role: .info, clip: clip)
        let second = rect.row(1)
        if let note = note(p, toMenu: toMenu, glyphs: g) {
            let rows = noteRows(note.text, width: second.width - 1, limit: min(maxNoteRows, rect.height - 1), glyphs: g)
            for (i, text) in rows.enumerated() {
                let row = rect.row(i + 1)
                canvas.put(text, x: row.x + 1, y: row.y, width: row.width - 1, role: note.role, clip: row)
            }
        } else if p.phase == .running, p.hintAvailable {
            let key = Keymap.mnemonic(.hint, in: .global)
            let x = canvas.put(key, x: second.x + 1, y: second.y, role: .key, clip: second)
            canvas.put(" shows a hint", x: x, y: second.y, role: .hint, clip: second)
        }
    }
}
