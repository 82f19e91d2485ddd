import Flows
import Foundation
import Testing
import Training

/// `termccp check LESSON.yaml` reports every problem of a lesson in one run, as scenario checks do
/// (docs/lesson-format.md; the checker's promise in LessonLoader): its own shape, a world line the engine would
/// refuse, names its scenario lacks, each at its own line.
@Suite struct LessonCheckAtOnceTests {
    /// The problems `termccp check` prints for this lesson text, written to a file first.
    private func check(_ yaml: String) throws -> [Problem] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-\(UUID().uuidString).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return LessonLoader.problems(file: file.path)
    }

    @Test("a shape problem and a scenario-name problem come out together, not one round after the other")
    func shapeAndNameProblemsTogether() throws {
        let problems = try check("""
        title: Two faults
        story: Fix both at once.
        timeLimit: soon
        goals:
          - goal: Answer
            check: expect banner Conected
        """)
        #expect(problems.map(\.line) == [3, 6], "\(problems.map(\.description))")
        #expect(problems[0].location == "timeLimit")
        #expect(problems[1].message.contains("never shows the banner \"Conected\""))
        #expect(problems[1].fix?.contains("did you mean Connected?") == true)
    }

    @Test("a world line with a number that is no phone number is reported at its line: at run time it would do nothing")
    func worldLineWithABadNumberIsReported() throws {
        let problems = try check("""
        title: Bad number
        story: A caller who cannot call.
        world:
          - at: 2s
            do: call +1 -> +18005550100
        goals:
          - goal: Answer
            check: expect banner Connected
        """)
        let problem = try #require(problems.first)
        #expect(problems.count == 1, "\(problems.map(\.description))")
        // The key path names the step and its `do:` (it said only `world`).
        #expect(problem.line == 5 && problem.location == "world[0].do")
        #expect(problem.message.contains("\"+1\" is not a phone number"))
    }

    @Test("an unknown built-in scenario is reported on the scenario: line, not line 1")
    func unknownBuiltInScenarioAtItsLine() throws {
        let problems = try check("""
        title: No such scenario
        story: It names a scenario that is not bundled.
        scenario: built-in:nope
        goals:
          - goal: Answer
            check: expect banner Connected
        """)
        #expect(problems.count == 1, "\(problems.map(\.description))")
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message == "no built-in scenario named nope")
        #expect(throws: ProblemsError.self) {
            try LessonLoader.load(yaml: "title: t\nstory: s\nscenario: built-in:nope\ngoals: []\n", source: "l.yaml", baseDirectory: "/")
        }
    }
}

/// `termccp learn` refuses a lesson with exactly the problems `termccp check` reports for it (one validation
/// path, LessonLoader.validate), and neither stops at a problem of one kind when others can still be found
/// (README "Lessons"; docs/lesson-format.md, Checks).
@Suite struct LessonOneValidationPathTests {
    private func write(_ yaml: String, name: String = "lesson") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(name).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// What `learn` refuses the file with (LessonLoader.load), and what `check` prints for it.
    private func both(_ yaml: String) throws -> (learn: [String], check: [String]) {
        let file = try write(yaml)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        var learn: [String] = []
        do {
            _ = try LessonLoader.load(file: file.path)
        } catch {
            learn = error.problems.map(\.description)
        }
        let check = LessonLoader.problems(file: file.path).map(\.description)
        return (learn.map { $0.replacingOccurrences(of: file.path, with: "F") }, check.map { $0.replacingOccurrences(of: file.path, with: "F") })
    }

    static let broken: [(String, [String])] = [
        // An agent the scenario lacks and a misspelt banner, which `learn` used to leave out.
        ("""
         title: T
         story: S
         agent: nobody
         goals:
           - goal: Accept
             check: banner Conected
         """, ["F:3: agent:", "F:6: goals[0].check:"]),
        // An unknown bot used to hide every check against the scenario.
        ("""
         title: T
         story: S
         bots:
           zed: { reject: 2s }
         goals:
           - goal: Accept
             check: banner Conected
           - goal: Free
             check: status Snoozing
         """, ["F:4: bots.zed:", "F:7: goals[0].check:", "F:9: goals[1].check:"]),
        // A missing scenario file used to hide the checks that need no scenario.
        ("""
         title: T
         story: S
         scenario: nowhere.yaml
         world:
           - at: 1s
             do: call +1 -> +18005550100
         goals:
           - goal: Accept
             check: banner Conected
           - goal: Caller
             check: caller Ringing
         """, ["F:3: scenario:", "F:6: world[0].do:", "F:9: goals[0].check:", "F:11: goals[1].check:"]),
        // Own problems and problems against the scenario together.
        ("""
         title: T
         story: S
         timeLimit: soon
         agent: nobody
         goals:
           - goal: Accept
             chek: banner Connected
           - goal: Talk
             check: banner Conected
         """, ["F:3: timeLimit:", "F:4: agent:", "F:6: goals[0]:", "F:7: goals[0].chek:", "F:9: goals[1].check:"]),
    ]

    @Test("learn and check give the same problems, every one of them, each at its line", arguments: broken)
    func learnAndCheckAgree(yaml: String, expected: [String]) throws {
        let (learn, check) = try both(yaml)
        #expect(learn == check)
        #expect(check.count == expected.count, "\(check)")
        for (found, prefix) in zip(check, expected) { #expect(found.hasPrefix(prefix), "\(check)") }
    }

    @Test("a built-in lesson's name goes the same path: a good one loads, and every check problem would stop it")
    func builtInLessonsLoadThroughTheSamePath() throws {
        for name in BuiltInLessons.names {
            let lesson = try #require(try BuiltInLessons.load(name))
            #expect(LessonSetup.checked(lesson).problems.isEmpty, "\(name)")
        }
    }
}

/// Each problem is reported at the line of the value at fault, not at its list item or its section's key
/// (docs/lesson-format.md, Checks: `file:line: key.path`).
@Suite struct LessonProblemLineTests {
    private func check(_ yaml: String) throws -> [Problem] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-\(UUID().uuidString).yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return LessonLoader.problems(file: file.path)
    }

    @Test("a refused world line is reported at its own line in a do: list, with the step's key path")
    func refusedWorldLineAtItsDoLine() throws {
        let problems = try check("""
        title: T
        story: S
        world:
          - at: 2s
            do:
              - call +15555550123 -> +18005550100
              - customer presses 12x
        goals:
          - goal: Answer
            check: banner Connected
        """)
        #expect(problems.map(\.line) == [7], "\(problems.map(\.description))")
        #expect(problems.first?.location == "world[0].do")
    }

    @Test("a world step's when: is checked at the when: line, even when do: comes first in the step")
    func worldWhenAtItsLine() throws {
        let problems = try check("""
        title: T
        story: S
        world:
          - do: customer says hello
            when: zed banner Connected
        goals:
          - goal: Answer
            check: banner Connected
        """)
        #expect(problems.map(\.line) == [5], "\(problems.map(\.description))")
        #expect(problems.first?.location == "world[0].when")
    }

    @Test("a forbidden check is reported at its check: line, not at the event: line that opens the item")
    func forbiddenCheckAtItsLine() throws {
        let problems = try check("""
        title: T
        story: S
        goals:
          - goal: Answer
            check: banner Connected
        forbidden:
          - event: The caller waits
            check: caller Waitng
        """)
        #expect(problems.map(\.line) == [8], "\(problems.map(\.description))")
        #expect(problems.first?.location == "forbidden[0].check")
    }

    @Test("an empty list of checks is reported even after a problem elsewhere; a list whose item is bad is only that item's problem")
    func emptyListsAreReportedWhateverCameBefore() throws {
        let problems = try check("""
        title: T
        story: S
        timeLimit: soon
        goals:
          - goal: Answer
            check: []
          - goal: Talk
            check:
              - [nested]
        """)
        #expect(problems.map(\.line) == [3, 6, 9], "\(problems.map(\.description))")
        #expect(problems[1].message == "the list is empty")
        #expect(problems[2].message == "expected text, found a list of 1 item")
    }
}

/// Lines of a literal block and lessons that are not YAML (docs/lesson-format.md, Checks).
@Suite struct LessonBlockAndSyntaxTests {
    @Test("a literal block of world lines is one command a line, each problem at its own line")
    func literalBlockLinesAtTheirLines() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-\(UUID().uuidString).yaml")
        try """
        title: T
        story: S
        world:
          - at: 2s
            do: |
              call +15555550123 -> +18005550100
              customer presses 12x
        goals:
          - goal: Answer
            check: banner Connected
        """.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let problems = LessonLoader.problems(file: file.path)
        #expect(problems.map(\.line) == [7], "\(problems.map(\.description))")
        #expect(problems.first?.location == "world[0].do")
        #expect(problems.first?.message.contains("\"12x\"") == true || problems.first?.message.contains("0–9") == true,
                "\(problems.map(\.description))")
    }

    @Test("a lesson whose YAML does not parse is still a lesson, so check reports it as learn does")
    func brokenYAMLWithLessonKeysIsALesson() {
        let broken = "title: T\nstory: S\nworld:\n  - when: banner Connected\n    do: maria: join\ngoals: []\n"
        #expect(LessonLoader.isLesson(yaml: broken))
        #expect(!LessonLoader.isLesson(yaml: "queues: [\n"))
    }
}

/// A problem with a lesson's scenario as a whole is reported at the lesson's `scenario:` line.
@Suite struct LessonScenarioLineTests {
    @Test("a scenario with no agents is reported at the scenario: line")
    func aScenarioWithoutAgentsAtTheScenarioLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "queues: [{ name: Q }]\n".write(to: folder.appendingPathComponent("empty.yaml"), atomically: true, encoding: .utf8)
        let lesson = folder.appendingPathComponent("lesson.yaml")
        try "title: T\nstory: S\n\nscenario: empty.yaml\ngoals:\n  - goal: A\n    check: banner Connected\n"
            .write(to: lesson, atomically: true, encoding: .utf8)
        let problems = LessonLoader.problems(file: lesson.path)
        let found = try #require(problems.first { $0.message.contains("no agents") }, "\(problems.map(\.description))")
        #expect(found.line == 4 && found.location == "scenario")
    }
}

/// Every key of a lesson with a fault in it, each on a line of its own: each problem is reported at the
/// line of the value at fault, with its key path (docs/lesson-format.md, Checks).
@Suite struct LessonEveryKeyLineTests {
    static let everyKeyWrong = """
    title: T
    story: S
    scenario: built-in
    agent: nobody
    supervisor: zed
    timeLimit: -5s
    targets:
      answer: soon
    bots:
      zed: { reject: 2s }
      maria:
        accept: 2h
    world:
      - do: customer says hi
        when: zed banner Connected
      - at: 1s
        do:
          - customer says hello
          - customer presses 1x
    goals:
      - goal: A
        id: a
        check: banner Conected
        hint: h
        hintAfter: 1e999s
      - goal: B
        id: a
        check: [banner Connected, status Snoozing]
    forbidden:
      - event: E
        on: contact.mised
      - event: F
        check: caller Waitng
        until: nope
    """

    @Test("each problem at its value's line and key path")
    func everyKeyAtItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-\(UUID().uuidString).yaml")
        try Self.everyKeyWrong.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let found = LessonLoader.problems(file: file.path).map { "\($0.line ?? 0) \($0.location ?? "")" }
        #expect(found == [
            "4 agent", "5 supervisor", "6 timeLimit", "8 targets.answer", "10 bots.zed", "12 bots.maria.accept",
            "15 world[0].when", "19 world[1].do", "23 goals[0].check", "25 goals[0].hintAfter", "27 goals[1].id",
            "28 goals[1].check", "31 forbidden[0].on", "33 forbidden[1].check", "34 forbidden[1].until",
        ])
    }
}
