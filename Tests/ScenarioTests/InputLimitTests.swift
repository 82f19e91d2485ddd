import Flows
import Scenario
import Testing

/// Small files that stand for huge work are refused, and a file with many mistakes prints a
/// bounded list (issue 8 point 4; docs/scenario-format.md "Limits").
@Suite struct InputLimitTests {
    /// 4 KB: 100 keys merged 100 times into an entry that is listed 1,000 times, ten million
    /// expanded nodes, which used to keep `termccp check` busy for minutes.
    @Test func mergeKeysOfMergeKeysAreRefusedAtTheLimit() {
        var yaml = "m: &m {" + (0..<100).map { "k\($0): v" }.joined(separator: ", ") + "}\n"
        yaml += "n: &n {<<: [" + Array(repeating: "*m", count: 100).joined(separator: ", ") + "]}\n"
        yaml += "agents: [" + Array(repeating: "*n", count: 1000).joined(separator: ", ") + "]\n"
        let found = problems(yaml)
        #expect(found.map(\.location) == ["agents"])
        #expect(found.map(\.line) == [3])
    }

    /// A scenario just under the limit is read, however its nodes are spread.
    @Test func aLargeFlatScenarioUnderTheLimitLoads() {
        let queues = (0..<20_000).map { "  - { name: Q\($0) }" }.joined(separator: "\n")
        #expect(problems("queues:\n" + queues + "\n").isEmpty)
    }

    /// YAML handed straight to `load(yaml:)` (not read from a file, so not checked by `TextFile`) is held to
    /// the same byte limit as a scenario file, with one clear problem and nothing parsed.
    @Test func yamlTextOverTheFileLimitIsRefusedBeforeParsing() {
        let comment = "# " + String(repeating: "x", count: TextFile.maximumBytes) + "\n"
        let found = problems(comment + minimalScenario)
        #expect(found.count == 1)
        #expect(found.first?.message == "the scenario is \(comment.utf8.count + minimalScenario.utf8.count) bytes, more than the \(TextFile.maximumBytes) allowed")
        #expect(found.first?.line == nil)
    }

    @Test func yamlTextAtTheFileLimitIsRead() {
        let padding = TextFile.maximumBytes - minimalScenario.utf8.count - 3
        let comment = "# " + String(repeating: "x", count: padding) + "\n"
        #expect((comment + minimalScenario).utf8.count == TextFile.maximumBytes)
        #expect(problems(comment + minimalScenario).isEmpty)
    }

    @Test func everyProblemIsCountedButOnlyTheShownOnesCarryAFix() {
        let keys = (0..<5000).map { "  queueu\($0): 1" }.joined(separator: "\n")
        let found = problems("instance:\n" + keys + "\n")
        #expect(found.count == 5000)
        #expect(found.prefix(ProblemLimit.shownPerFile).allSatisfy { $0.fix != nil })
        #expect(found.dropFirst(ProblemLimit.shownPerFile).allSatisfy { $0.fix == nil })
        #expect(found.map { $0.line ?? 0 } == Array(2...5001), "in line order")
    }

    /// Unknown references of every kind work out their "did you mean" only for the shown problems.
    @Test func unknownReferencesCarryAFixOnlyWhenShown() {
        let flows = (0..<150).map { "  - { number: \"+1800555\(1000 + $0)\", flow: Missing\($0) }" }.joined(separator: "\n")
        let queues = (0..<150).map { "  - { name: P\($0), queues: [Nowhere\($0)] }" }.joined(separator: "\n")
        let found = problems("phoneNumbers:\n" + flows + "\nroutingProfiles:\n" + queues + "\n")
        #expect(found.count == 300)
        #expect(found.prefix(100).allSatisfy { $0.fix?.contains("declare") == true })
        #expect(found.dropFirst(100).allSatisfy { $0.fix == nil })
    }

    @Test func printingShowsAHundredProblemsAFileAndCountsTheRest() {
        var list = (0..<250).map { Problem(file: "a.yaml", line: $0 + 1, message: "bad \($0)") }
        list += (0..<3).map { Problem(file: "b.json", line: $0 + 1, message: "odd", severity: .warning) }
        list.append(Problem(file: "a.yaml", message: "late", severity: .warning))
        let lines = ProblemLimit.lines(list)
        #expect(lines.count == 100 + 3 + 1)
        #expect(lines.first == "a.yaml:1: bad 0")
        #expect(lines[99] == "a.yaml:100: bad 99")
        #expect(lines[100].hasPrefix("b.json:1: warning: odd"))
        #expect(lines.last == "a.yaml: … and 151 more problems (150 errors, 1 warning) not shown; fix these first and check again")
    }
}
