import Training

/// The lesson menu `termccp learn` opens (issue 11 point 1): the lessons with their titles and
/// the first sentence of each story, one selected. Keys move the selection and start or quit; the
/// terminal backend only feeds it keys and sizes and puts its frames on the screen.
public struct LessonMenu: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// What `termccp learn NAME` takes.
        public var name: String
        public var title: String
        /// The whole story, shown beside the list when the terminal has room for it.
        public var story: String

        public init(name: String, title: String, story: String) {
            self.name = name
            self.title = title
            self.story = story
        }

        /// The story's first sentence: the one line the list shows under the title.
        public var storyLine: String {
            let prose = story.split(whereSeparator: { $0 == " " || $0.isNewline }).joined(separator: " ")
            guard let end = prose.range(of: ". ") else { return prose }
            return String(prose[..<end.lowerBound]) + "."
        }
    }

    /// What a key asks of the program around the menu.
    public enum Outcome: Equatable, Sendable {
        case stay
        /// Start the lesson with this name.
        case start(String)
        case quit
    }

    public let entries: [Entry]
    public private(set) var selected = 0
    public var size: Size
    /// One line under the list: the result of the lesson just played, or why one could not start.
    public var note: String?
    public var noteIsProblem = false

    public init(entries: [Entry], size: Size) {
        self.entries = entries
        self.size = size
    }

    /// The built-in lessons, in the order they ship (BuiltInLessons).
    public static func builtIn(size: Size) -> LessonMenu {
        LessonMenu(entries: BuiltInLessons.all().map { Entry(name: $0.name, title: $0.lesson.title, story: $0.lesson.story) },
                   size: size)
    }

    /// Up/k and Down/j move one lesson (stopping at the ends), PgUp/PgDn a page, Home/End to the
    /// ends, a digit 1–9 to that lesson; Enter starts the selected one; q, Q, Esc and Ctrl-C quit.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .up, .char("k"): move(by: -1)
        case .down, .char("j"): move(by: 1)
        case .pageUp: move(by: -max(1, LessonMenuView.visibleEntries(self)))
        case .pageDown: move(by: max(1, LessonMenuView.visibleEntries(self)))
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = max(0, entries.count - 1)
        case .char(let c) where c.isNumber:
            if let n = c.wholeNumberValue, entries.indices.contains(n - 1) { selected = n - 1 }
        case .enter:
            guard entries.indices.contains(selected) else { return .stay }
            return .start(entries[selected].name)
        case .char("q"), .char("Q"), .escape, .ctrl("c"):
            return .quit
        default:
            break
        }
        return .stay
    }

    private mutating func move(by step: Int) {
        guard !entries.isEmpty else { return }
        selected = min(max(0, selected + step), entries.count - 1)
    }

    public func render(glyphs: Glyphs = .unicode) -> Frame { LessonMenuView.render(self, glyphs: glyphs) }
}
