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

    @Test("Goals of the wrong shape are reported once, without a follow-on unknown goal id (issue 12 review point 5)",
          arguments: ["goals: accept the call\n", "goals:\n  goal: A\n  id: accept\n  check: banner Connected\n",
                      "goals:\n  - accept\n"])
    func wrongShapedGoalsHaveNoFollowOnProblems(goals: String) {
        let found = problems("title: T\nstory: S\n" + goals + "forbidden:\n  - event: X\n    check: customer hears maria\n    until: accept\n")
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(found.first?.location?.hasPrefix("goals") == true)
    }

    @Test("A quote never closed is reported at the line where it opens (issue 12 review point 4)")
    func anUnclosedQuoteIsReportedAtItsOpening() {
        let found = problems("title: \"A lesson\nstory: S\ngoals:\n  - goal: A\n    check: banner Connected\n")
        #expect(found.map(\.description) == [
            "lesson.yaml:1:8: YAML syntax: the quote (\") opened here is never closed — close it where the text ends; write \\\" for a quote inside double-quoted text",
        ])
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
        ("heard \"x\" since start", "`since` counts from a mark, and lessons set none"),
        ("party bob connected", "no party named \"bob\""),
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

/// Every duration in a lesson is read as scripts' and scenarios' are (DurationReader): a value out of its
/// key's range (negative, too large, infinite, NaN) names the range, at its line and key path
/// (docs/lesson-format.md, Durations).
@Suite struct LessonDurationRangeTests {
    static let outOfRange = ["-5s", "99999999999h", "1e999s", ".nan", "NaN", "-.inf", "25h", "-1"]

    /// The lesson with `VALUE` where the duration goes, the value's line, its key path and the range as worded.
    static let keys: [(yaml: String, line: Int, location: String, range: String)] = [
        ("timeLimit: VALUE\n", 3, "timeLimit", "from 1s to 24h"),
        ("targets: { hold: VALUE }\n", 3, "targets.hold", "from 1s to 24h"),
        ("world:\n  - at: VALUE\n    do: customer says hi\n", 4, "world[0].at", "from 0s to 24h"),
        ("bots:\n  maria: { accept: VALUE }\n", 4, "bots.maria.accept", "from 0s to 1h"),
    ]

    private func problems(_ yaml: String) -> [Problem] {
        do {
            _ = try LessonLoader.load(yaml: yaml, source: "lesson.yaml", baseDirectory: "/")
            return []
        } catch {
            return error.problems
        }
    }

    @Test("an out-of-range duration names the key's range, for each form and each duration key", arguments: keys)
    func outOfRangeDurationsNameTheRange(yaml: String, line: Int, location: String, range: String) {
        for value in Self.outOfRange {
            let text = "title: T\nstory: S\n" + yaml.replacingOccurrences(of: "VALUE", with: value)
                + "goals:\n  - goal: A\n    check: banner Connected\n"
            let found = problems(text).filter { $0.location == location }
            #expect(found.count == 1, "\(location): \(value)")
            #expect(found.first?.message == "\(value) is out of range: it must be \(range)", "\(location): \(value)")
            #expect(found.first?.line == line, "\(location): \(value)")
        }
    }

    @Test("hintAfter, on a goal's line of its own, says the same")
    func hintAfterOutOfRange() {
        for value in Self.outOfRange {
            let found = problems("title: T\nstory: S\ngoals:\n  - goal: A\n    check: banner Connected\n    hint: h\n    hintAfter: \(value)\n")
            #expect(found.map(\.description) == ["lesson.yaml:7: goals[0].hintAfter: \(value) is out of range: it must be from 0s to 24h"
                + " — write a duration from 0s to 24h, like 30s, 2m or 1m30s"], "\(value)")
        }
    }

    @Test("words that are no duration say so, naming the range in the fix; the bounds themselves are accepted")
    func wordsAndBounds() throws {
        let found = problems("title: T\nstory: S\ntimeLimit: soon\ngoals:\n  - goal: A\n    check: banner Connected\n")
        #expect(found.first?.message == "\"soon\" is not a duration")
        #expect(found.first?.fix == "write a duration from 1s to 24h, like 30s, 2m or 1m30s")
        let lesson = try LessonLoader.load(yaml: "title: T\nstory: S\ntimeLimit: 24h\ntargets: { answer: 1s }\n"
            + "world:\n  - at: 0s\n    do: customer says hi\ngoals:\n  - goal: A\n    check: banner Connected\n",
            source: "lesson.yaml", baseDirectory: "/")
        #expect(lesson.timeLimit == 86_400_000 && lesson.targets.answer == 1000)
        #expect(problems("title: T\nstory: S\ntimeLimit: 999ms\ngoals:\n  - goal: A\n    check: banner Connected\n").first?.message
            == "999ms is out of range: it must be from 1s to 24h")
    }
}
