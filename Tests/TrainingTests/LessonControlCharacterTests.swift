import Flows
import Testing
import Training

/// A lesson's text is printed to the trainee's terminal (the result when the CCP closes) and written
/// into the report's CSV: a control character written as a quoted escape ("\u001b[2J") would be carried
/// out there, clearing or recolouring the terminal, so `check` and `learn` refuse it at its line and key,
/// like every bad input (issue 11 review 3: a title "\u001b[2J" cleared the screen when the lesson
/// closed). Line breaks and tabs stay allowed: a story is several lines.
@Suite struct LessonControlCharacterTests {
    static func lesson(title: String = "First call", story: String = "Answer.", goal: String = "Accept",
                       hint: String = "Press a", event: String = "Missed it", id: String = "accept") -> String {
        """
        title: "\(title)"
        story: "\(story)"
        goals:
          - goal: "\(goal)"
            id: "\(id)"
            check: banner Connected
            hint: "\(hint)"
        forbidden:
          - event: "\(event)"
            on: contact.missed
        """
    }

    static func problems(_ yaml: String) -> [Problem] {
        do {
            _ = try LessonLoader.load(yaml: yaml, source: "lesson.yaml", baseDirectory: "/")
            return []
        } catch {
            return error.problems
        }
    }

    static let cases: [(yaml: String, line: Int, location: String, code: String)] = [
        (lesson(title: #"Clear\u001b[2J"#), 1, "title", "U+001B"),
        (lesson(story: #"Ring\a the bell"#), 2, "story", "U+0007"),
        (lesson(goal: #"\e[31mRed"#), 4, "goals[0].goal", "U+001B"),
        (lesson(id: #"a\rb"#), 5, "goals[0].id", "U+000D"),
        (lesson(hint: #"\x9b2J"#), 7, "goals[0].hint", "U+009B"),
        (lesson(event: #"Del\x7f"#), 9, "forbidden[0].event", "U+007F"),
    ]

    @Test(arguments: cases.indices)
    func aControlCharacterInLessonTextIsRefusedAtItsLineAndKey(_ i: Int) {
        let c = Self.cases[i]
        let found = Self.problems(c.yaml)
        #expect(found.contains { $0.line == c.line && $0.location == c.location && $0.message.contains(c.code) },
                "\(found.map(\.description))")
    }

    @Test func lineBreaksAndTabsInTextAreKept() throws {
        let lesson = try LessonLoader.load(yaml: Self.lesson(story: #"One line.\nAnother,\tindented."#),
                                           source: "lesson.yaml", baseDirectory: "/")
        #expect(lesson.story == "One line.\nAnother,\tindented.")
    }
}

/// `check`'s own messages quote the file's keys and values: a control character in one is written as
/// its escape, so printing a problem never runs it (issue 11 review 3).
@Suite struct LessonProblemQuoteTests {
    static func printed(_ yaml: String) -> [String] {
        LessonLoader.validate(yaml: yaml, source: "lesson.yaml", baseDirectory: "/").problems.map(\.description)
    }

    static let quoting: [(name: String, yaml: String, quoted: String)] = [
        ("an unknown key", "title: t\nstory: s\n\"\\e[2Jk\": 1\ngoals:\n  - goal: g\n    check: banner Connected\n", #"\u{1B}[2Jk"#),
        ("a value of the wrong shape", "title: t\nstory: s\ngoals: \"\\e[2J\"\n", #"\u{1B}[2J"#),
        ("a world line", "title: t\nstory: s\nworld:\n  - at: 1s\n    do: \"bogus\\e[31m\"\ngoals:\n  - goal: g\n    check: banner Connected\n", "U+001B"),
    ]

    @Test(arguments: quoting.indices)
    func aProblemQuotingAControlCharacterPrintsItsEscape(_ i: Int) {
        let c = Self.quoting[i]
        let lines = Self.printed(c.yaml)
        #expect(lines.contains { $0.contains(c.quoted) }, "\(c.name): \(lines)")
        #expect(lines.allSatisfy { line in !line.unicodeScalars.contains { $0.value == 0x1B } }, "\(c.name): \(lines)")
    }

    @Test func aFileOfNeitherKindQuotesItsKeysVisibly() throws {
        let text = "\"\\e[2Jk\": 1\n"
        let problem = try #require(YAMLKind.of(yaml: text).problem(file: "x.yaml", yaml: text))
        #expect(problem.message.contains(#"\u{1B}[2Jk"#), "\(problem.message)")
        #expect(!problem.description.unicodeScalars.contains { $0.value == 0x1B })
    }
}
