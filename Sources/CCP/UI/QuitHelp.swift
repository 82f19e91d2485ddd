import Training

/// What the quit key does in this mode, for the help overlay and the footer (issue 11 review 2, point
/// 10e: help said "Quit" while a lesson runs, where Q asks first and Q Q stops the lesson and shows its
/// summary, where Q quits or, for a lesson opened from `termccp learn`'s menu, goes back to the menu). The reducer's `quit` decides
/// what happens; this says it in words.
enum QuitHelp {
    static func help(_ lesson: LessonProgress?, toMenu: Bool) -> String {
        guard let lesson else { return "Quit" }
        guard lesson.phase == .running else { return toMenu ? "Back to the lesson menu" : "Quit" }
        // Short enough to read whole in the overlay at 80 columns; the question, then the summary's own
        // line ("Q back to the menu" or "Q quits"), say the rest.
        return "Stop the lesson (asks first) and show its summary"
    }

    /// The quit key where a lesson has not begun or has ended (its story, its summary): it closes the lesson.
    static func closes(toMenu: Bool) -> String {
        let key = Keymap.binding(for: .quit, in: .global)?.keys.first?.label ?? "Q"
        return toMenu ? "\(key) back to the menu" : "\(key) quits"
    }

    /// The footer's word for the key.
    static func footer(_ lesson: LessonProgress?, toMenu: Bool) -> String {
        guard let lesson else { return "quit" }
        if lesson.phase == .running { return "stop lesson" }
        return toMenu ? "menu" : "quit"
    }
}
