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
