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
        #expect(problem.line == 5 && problem.location == "world")
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
