import Flows
import Testing
import Training

/// A value of the wrong shape, or a known word in the wrong place, is reported as what it is: what was
/// found, what the key expects, and where (file:line, key path) (issue 11 review point 5).
@Suite struct LessonMessageTests {
    static let goal = "goals:\n  - goal: A\n    check: banner Connected\n"

    func problems(_ yaml: String) -> [Problem] {
        LessonLoader.validate(yaml: yaml, source: "lesson.yaml", baseDirectory: "/").problems
    }

    @Test(arguments: [
        // `since` in a check is no unknown status, banner or party state: lessons set no marks.
        ("goals:\n  - goal: A\n    check: status Available since start\n", 5, "goals[0].check", "`since start`", "drop `since …`"),
        ("goals:\n  - goal: A\n    check: banner Connected since m\n", 5, "goals[0].check", "`since m`", "drop `since …`"),
        ("goals:\n  - goal: A\n    check: party customer connected since m\n", 5, "goals[0].check", "`since m`", "drop `since …`"),
        // A list where one expectation is taken.
        (goal + "forbidden:\n  - event: X\n    check: [customer hears maria, banner Missed]\n", 8, "forbidden[0].check",
         "expected one expectation as text, found a list of 2 items", "a rule under `forbidden:` for each"),
        ("world:\n  - when: [banner Connected]\n    do: customer says hi\n" + goal, 4, "world[0].when",
         "expected one expectation, found a list of 1 item", "its one `when:`"),
        (goal + "forbidden:\n  - event: X\n    on: [contact.missed]\n", 8, "forbidden[0].on",
         "expected one engine event type, found a list", "a rule under `forbidden:` for each event"),
        // Known words in the wrong place.
        ("hint: Press a\n" + goal, 3, "hint", "`hint` is a key of a goal (`goals:` item), not of the lesson's top level", "move it"),
        ("goals:\n  - goal: A\n    check: banner Connected\n    timeLimit: 2m\n", 6, "goals[0].timeLimit",
         "`timeLimit` is a key of the lesson's top level, not of a goal", "move it"),
        ("world:\n  - at: 1s\n    check: banner Connected\n    do: customer says hi\n" + goal, 5, "world[0].check",
         "`check` is a key of a goal", "move it"),
        (goal + "forbidden:\n  - event: X\n    on: banner Missed contact\n", 8, "forbidden[0].on",
         "expected an engine event type, found the expectation \"banner Missed contact\"", "goes in `check:`"),
        ("goals:\n  - goal: A\n    check: contact.missed\n", 5, "goals[0].check", "\"contact.missed\" is an engine event, not an expectation",
         "`on: contact.missed`"),
        ("goals:\n  - goal: A\n    check: call +15555550123 -> +18005550100\n", 5, "goals[0].check", "is a command, not an expectation",
         "`world:` under `do:`"),
        ("world:\n  - at: 1s\n    do: banner Connected\n" + goal, 5, "world[0].do", "\"banner Connected\" is an expectation, not a command",
         "with `when:`"),
        ("world:\n  - at: banner Connected\n    do: customer says hi\n" + goal, 4, "world[0].at", "\"banner Connected\" is not a duration",
         "has `when:`"),
        ("goals:\n  - goal: Accept the call\n    check: banner Connected\nforbidden:\n  - event: X\n    on: contact.missed\n    until: Accept the call\n",
         9, "forbidden[0].until", "expected a goal id, found the text of the goal with the id 1", "`until: 1`"),
        // Values of the wrong shape say what they are.
        ("agent: { name: john }\n" + goal, 3, "agent", "expected text, found a mapping (`name`)", nil),
        ("targets: 10s\n" + goal, 3, "targets", "expected a mapping of `answer`, `hold`, `handle`, found \"10s\"", nil),
        ("goals:\n  goal: A\n  check: banner Connected\n", 4, "goals", "expected a list, found a mapping (`goal`, `check`)", "`- `"),
        ("goals:\n  - goal: A\n    check: { banner: Connected }\n", 5, "goals[0].check", "expected text or a list of text, found a mapping (`banner`)", nil),
        ("goals:\n  - goal: A\n    check: banner Connected\n    asksForMiss: sometimes\n", 6, "goals[0].asksForMiss",
         "expected `true` or `false`, found \"sometimes\"", "asksForMiss: true"),
        ("bots:\n  maria: { miss: no }\n" + goal, 4, "bots.maria.miss", "expected `true`, found \"no\"", nil),
        ("bots:\n  [maria]: { miss: true }\n" + goal, 4, "bots", "expected an agent's name as the key, found a list of 1 item", nil),
        ("timeLimit: [2m]\n" + goal, 3, "timeLimit", "expected a duration, found a list of 1 item", "like 30s"),
    ] as [(String, Int, String, String, String?)])
    func messagesSayWhatWasFoundWhatIsExpectedAndWhere(body: String, line: Int, location: String, says: String, fix: String?) {
        let found = problems("title: T\nstory: S\n" + body)
        let match = found.first { $0.file == "lesson.yaml" && $0.line == line && $0.location == location && $0.message.contains(says) }
        #expect(match != nil, "\(found.map(\.description))")
        if let fix { #expect(match?.fix?.contains(fix) == true, "\(found.map(\.description))") }
        // Reported as what it is, and not also as an unknown status or banner.
        #expect(!found.contains { $0.message.contains("no agent can have the status") || $0.message.contains("never shows the banner") },
                "\(found.map(\.description))")
    }

    @Test("an asked-for miss is read from the goal (`asksForMiss: true`)")
    func asksForMissIsRead() throws {
        let lesson = try LessonLoader.load(yaml: "title: T\nstory: S\ngoals:\n  - goal: A\n    check: status Missed\n    asksForMiss: true\n"
            + "  - goal: B\n    check: status Available\n", source: "lesson.yaml", baseDirectory: "/")
        #expect(lesson.goals.map(\.asksForMiss) == [true, false])
    }
}

/// A goal that asks for a miss while a forbidden rule counts `contact.missed` would cost 20 points for
/// doing as told: `termccp check` warns at the rule, and says how to close its window (issue 11 review
/// point 3).
@Suite struct AskedMissForbiddenTests {
    static let goals = "goals:\n  - goal: Let it ring out\n    id: ring\n    check: status Missed\n    asksForMiss: true\n"
        + "  - goal: Clear\n    id: clear\n    check: status Available\n"

    func problems(_ forbidden: String) -> [Problem] {
        LessonLoader.validate(yaml: "title: T\nstory: S\n" + Self.goals + "forbidden:\n  - event: Missed\n    on: contact.missed\n" + forbidden,
                              source: "lesson.yaml", baseDirectory: "/").problems
    }

    @Test func aRuleOpenDuringTheAskedGoalIsWarnedAtItsLine() throws {
        let found = problems("")
        let warning = try #require(found.first { $0.location == "forbidden[0].on" })
        #expect(!warning.isError && warning.line == 13)
        #expect(warning.message == "forbidden rule 1 counts the miss that goal 1 asks for (`asksForMiss: true`)")
        #expect(warning.fix == "close the rule when that goal is met with `until: ring`, or open it then with `from: ring`")
    }

    @Test(arguments: ["    from: ring\n", "    until: ring\n"])
    func aRuleClosedDuringTheAskedGoalIsFine(window: String) {
        #expect(problems(window).isEmpty, "\(problems(window).map(\.description))")
    }

    /// `until:` the asking goal closes the rule in time: the miss meets the goal, and forbidden events are
    /// counted after the goals.
    @Test func untilTheAskingGoalDoesNotCountTheAskedMiss() throws {
        let lesson = try LessonLoader.load(yaml: "title: T\nstory: S\nagent: john\nworld:\n  - at: 1s\n    do: call +15555550123 -> +18005550100\n"
            + Self.goals + "forbidden:\n  - event: Missed\n    on: contact.missed\n    until: ring\n", source: "lesson.yaml", baseDirectory: "/")
        let t = try Trainee(lesson: lesson)
        t.waitForBanner(.missed)
        #expect(t.run.goalsMet == 1)
        #expect(t.run.occurrences.isEmpty)
        #expect(t.run.measures.askedMisses == 1)
    }
}
