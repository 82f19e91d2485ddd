import Testing
import Training

/// A YAML input's kind comes from the documented top-level keys of each format: a lesson's
/// (docs/lesson-format.md) or a scenario's sections (docs/scenario-format.md). A file with only `title:`
/// is a lesson, not a scenario; keys of both or of neither are said plainly (issue 11 review point 8).
@Suite struct YAMLKindTests {
    @Test(arguments: ["title: T\n", "story: S\n", "goals: []\n", "title: T\nstory: S\ngoals:\n  - goal: A\n    check: banner Connected\n",
                      "title: T\nstory: S\ngoals: [\n"])
    func lessonKeysAloneMakeALesson(yaml: String) {
        #expect(YAMLKind.of(yaml: yaml) == .lesson)
        #expect(YAMLKind.of(yaml: yaml).problem(file: "f.yaml") == nil)
    }

    @Test(arguments: ["queues:\n  - name: Q\n", "agents: []\ncalls: []\n", "queues: [\n"])
    func scenarioSectionsAloneMakeAScenario(yaml: String) {
        #expect(YAMLKind.of(yaml: yaml) == .scenario)
    }

    @Test func keysOfBothAreAmbiguousAndSaidSo() throws {
        let kind = YAMLKind.of(yaml: "title: T\nstory: S\ngoals: []\nqueues: []\n")
        #expect(kind == .ambiguous(lessonKeys: ["title", "story", "goals"], scenarioKeys: ["queues"]))
        let problem = try #require(kind.problem(file: "f.yaml"))
        #expect(problem.isError && problem.file == "f.yaml")
        #expect(problem.message == "the file has lesson keys (`title`, `story`, `goals`) and scenario keys (`queues`), so it is neither a lesson nor a scenario")
        #expect(problem.fix?.contains("`scenario: FILE`") == true)
    }

    /// `agent` (a lesson key) in a scenario is most likely its `agents` misspelt: the fix says so.
    @Test func aMisspeltScenarioSectionThatIsALessonKeyIsNamed() throws {
        let problem = try #require(YAMLKind.of(yaml: "queues: []\ncalls: []\nagent: []\n").problem(file: "f.yaml"))
        #expect(problem.fix == "`agent`: did you mean the scenario's `agents`?")
        #expect(YAMLKind.of(yaml: "queues: []\ncalls: []\nagent: []\n").problem(file: "f.yaml", yaml: "queues: []\ncalls: []\nagent: []\n")?.line == 3)
    }

    @Test func keysOfNeitherAreSaidSoWithTheClosestKnownKey() throws {
        let kind = YAMLKind.of(yaml: "titel: T\nfoo: 1\n")
        #expect(kind == .neither(keys: ["titel", "foo"]))
        let problem = try #require(kind.problem(file: "f.yaml"))
        #expect(problem.message == "its top-level keys (`titel`, `foo`) are neither a lesson's nor a scenario's")
        #expect(problem.fix?.hasPrefix("`titel`: did you mean `title`?") == true)
        #expect(problem.fix?.contains("a lesson has `title:`, `story:` and `goals:`") == true)
    }

    /// Text with no top-level keys is left to the scenario reader, which says what it is.
    @Test(arguments: ["", "- a\n- b\n", "just words\n"])
    func textWithoutKeysIsNoKindProblem(yaml: String) {
        #expect(YAMLKind.of(yaml: yaml) == .neither(keys: []))
        #expect(YAMLKind.of(yaml: yaml).problem(file: "f.yaml") == nil)
    }

    /// `check` cannot tell which kind an empty file was meant to be: it says the file is empty and what each kind
    /// starts with, not "the scenario is empty" of what may be a lesson (issue 11 review 3). Comments and blank
    /// lines are nothing; a document of any shape is left to the readers.
    @Test(arguments: ["", "\n\n", "# a lesson for week 1\n", "  \n# later\n"])
    func anEmptyFileIsSaidToBeEmptyNotAnEmptyScenario(yaml: String) throws {
        let problem = try #require(YAMLKind.emptyProblem(file: "f.yaml", yaml: yaml))
        #expect(problem.message == "the file is empty" && problem.line == 1 && problem.isError)
        #expect(problem.fix?.hasPrefix("a lesson starts with `title:`, `story:` and `goals:`") == true)
        #expect(problem.fix?.contains("a scenario with `queues:`") == true)
    }

    @Test(arguments: ["- a\n", "just words\n", "title: T\n", "queues: [\n"])
    func aFileWithADocumentOrBrokenYAMLIsNotEmpty(yaml: String) {
        #expect(YAMLKind.emptyProblem(file: "f.yaml", yaml: yaml) == nil)
    }
}
