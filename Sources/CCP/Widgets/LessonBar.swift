import Telephony
import Training

/// The lesson's two rows under the header: the current goal with the time left, then its hint
/// (after its delay or on the hint key), a forbidden event just seen, or the key that shows a hint.
enum LessonBar {
    static let rows = 2
    /// A forbidden event stays on the second row this long (virtual ms).
    static let forbiddenShownFor: Millis = 8000

    static func draw(_ p: LessonProgress, in rect: Rect, on canvas: inout Canvas) {
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
        }
        canvas.put(goal, x: top.x, y: top.y, width: clip.width, role: .info, clip: clip)
        let second = rect.row(1)
        if let last = p.lastForbidden, p.elapsed - last.at < forbiddenShownFor {
            canvas.put("\(g.times) \(last.title)", x: second.x + 1, y: second.y, width: second.width - 1, role: .error,
                       clip: second)
        } else if p.phase != .running {
            canvas.put("Summary below \(g.separator) Q quits", x: second.x + 1, y: second.y, width: second.width - 1,
                       role: .hint, clip: second)
        } else if let hint = p.hint {
            canvas.put("Hint: \(hint)", x: second.x + 1, y: second.y, width: second.width - 1, role: .hint, clip: second)
        } else if p.hintAvailable {
            let key = Keymap.mnemonic(.hint, in: .global)
            var x = canvas.put(key, x: second.x + 1, y: second.y, role: .key, clip: second)
            x = canvas.put(" shows a hint", x: x, y: second.y, role: .hint, clip: second)
        }
    }
}
