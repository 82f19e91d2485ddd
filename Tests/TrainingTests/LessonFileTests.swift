import Flows
import Scenario
import Telephony
import Testing
import Training

/// Lesson files (docs/lesson-format.md): what a good one gives, and every bad input named with
/// its line and key path, never a crash.
@Suite struct LessonFileTests {
    static let good = """
    title: First call
    story: Answer and finish.
    agent: john
    timeLimit: 2m
    targets: { answer: 5s }
    world:
      - at: 2s
        do: call +15555550123 -> +18005550100
      - when: banner Connected
        do: [customer says Hello]
    goals:
      - goal: Accept
        id: accept
        check: expect banner Connected
        hint: Press a
        hintAfter: 5s
      - goal: Finish
        check: [no contact, status Available]
    forbidden:
      - event: Missed it
        on: contact.missed
      - event: Heard nothing
        check: customer heard "Hello"
        until: accept
    """

    func load(_ yaml: String) throws(ProblemsError) -> Lesson {
        try LessonLoader.load(yaml: yaml, source: "lesson.yaml", baseDirectory: "/")
    }

    func problems(_ yaml: String) -> [Problem] {
        do {
            let lesson = try load(yaml)
            return LessonCheck.problems(lesson, engine: try LessonSetup.engine(for: lesson))
        } catch {
            return error.problems
        }
    }

    @Test func aGoodLessonReadsEveryPart() throws {
        let lesson = try load(Self.good)
        #expect(lesson.title == "First call")
        #expect(lesson.agent == "john")
        #expect(lesson.timeLimit == 120_000)
        #expect(lesson.targets.answer == 5000 && lesson.targets.hold == 60_000)
        #expect(lesson.world.count == 2)
        #expect(lesson.goals.map(\.id) == ["accept", "2"])
        #expect(lesson.goals[0].checks == [.banner(agent: nil, "Connected")])
        #expect(lesson.goals[1].checks.count == 2)
        #expect(lesson.goals[0].hintAfter == 5000)
        #expect(lesson.forbidden.count == 2)
        #expect(lesson.forbidden[1].until == "accept")
    }

    @Test(arguments: [
        ("title: T\nstory: S\ngoals:\n  - goal: A\n    chek: banner Connected\n", 5, "unknown key `chek`"),
        ("title: T\nstory: S\n", 1, "no `goals:`"),
        ("story: S\ngoals:\n  - goal: A\n    check: banner Connected\n", 1, "no `title:`"),
        ("title: T\nstory: S\ngoals:\n  - goal: A\n    check: banner\n", 5, "banner needs"),
        ("title: T\nstory: S\ngoals:\n  - goal: A\n    check: party customer sleeping\n", 5, "party state"),
        ("title: T\nstory: S\ntimeLimit: soon\ngoals:\n  - goal: A\n    check: banner Connected\n", 3, "not a duration"),
        ("title: T\nstory: S\ngoals:\n  - goal: A\n    check: banner Connected\nforbidden:\n  - event: X\n    on: contact.mised\n", 8, "unknown engine event"),
        ("title: T\nstory: S\ngoals:\n  - goal: A\n    check: banner Connected\nforbidden:\n  - event: X\n    check: customer hears maria\n    until: join\n", 9, "no goal has the id join"),
        ("title: T\nstory: S\nworld:\n  - at: 1s\n    do: expect banner Connected\ngoals:\n  - goal: A\n    check: banner Connected\n", 5, "does not act"),
        ("title: T\nstory: S\nworld:\n  - do: accept\ngoals:\n  - goal: A\n    check: banner Connected\n", 4, "needs `at:`"),
        ("title: T\nstory: S\ngoals: [\n", 3, "YAML syntax"),
        ("title: T\nstory: S\ngoals: []\n", 3, "no goals"),
        ("title: T\nstory: S\nscenario: missing.yaml\ngoals:\n  - goal: A\n    check: banner Connected\n", 3, "does not exist"),
        ("", 1, "empty"),
        ("title: T\nstory: S\nbots:\n  maria: { reject: 2s, miss: true }\ngoals:\n  - goal: A\n    check: banner Connected\n", 4, "either accepts, rejects or misses"),
        ("title: T\nstory: S\nbots:\n  zed: { reject: 2s }\ngoals:\n  - goal: A\n    check: banner Connected\n", 4, "no agent named \"zed\""),
    ])
    func badLessonFilesNameTheLine(yaml: String, line: Int, says: String) {
        let found = problems(yaml)
        #expect(found.contains { $0.line == line && $0.message.contains(says) && $0.file == "lesson.yaml" },
                "\(found.map(\.description))")
    }

    @Test(arguments: [
        ("agent: zed\n", 3, "no agent named \"zed\""),
        ("supervisor: zed\n", 3, "no agent named \"zed\""),
        ("agent: john\nsupervisor: John Doe\n", 4, "the supervisor is the trainee's own agent"),
        ("", 5, "banner \"Conected\""),
    ])
    func lessonsAreCheckedAgainstTheirScenario(extra: String, line: Int, says: String) {
        let yaml = "title: T\nstory: S\n" + extra + "goals:\n  - goal: A\n    check: " + (extra.isEmpty ? "banner Conected" : "banner Connected") + "\n"
        let found = problems(yaml)
        #expect(found.contains { $0.line == line && $0.message.contains(says) }, "\(found.map(\.description))")
    }

    @Test(arguments: [
        ("maria status Snoozing", "status \"Snoozing\""),
        ("caller Ringing", "never \"Ringing\""),
        ("zed banner Connected", "no agent named \"zed\""),
        ("heard \"x\" since start", "needs a mark"),
    ])
    func goalsThatCanNeverBeMetAreProblems(check: String, says: String) {
        let found = problems("title: T\nstory: S\ngoals:\n  - goal: A\n    check: \(check)\n")
        #expect(found.contains { $0.line == 5 && $0.message.contains(says) && $0.location == "goals[0].check" },
                "\(found.map(\.description))")
    }

    @Test func aMissingFileSaysSo() {
        do {
            _ = try LessonLoader.load(file: "/nonexistent/lesson.yaml")
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.problems.first?.file == "/nonexistent/lesson.yaml")
        }
    }
}
