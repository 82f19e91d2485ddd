import Flows
import Scenario
import Script
import Telephony
import Testing

@Suite("termccp check on scripts: file:line:column, and lines refused for their form (issue 14, points 23 and 25)")
struct ScriptCheckProblems {
    static func problems(_ text: String) throws -> [Problem] {
        ScriptCheck.problems(in: text, file: "t.ccp", engine: try EngineBuilder.build(BuiltInScenario.load()))
    }

    @Test("Every problem has the line and the column of the word at fault")
    func problemsHaveLineAndColumn() throws {
        let found = try Self.problems("as john\n  wait 5q\nexpect bob banner Connected\nacept\n")
        #expect(found.map(\.description) == [
            "t.ccp:2:8: \"5q\" is not a duration (try 5s, 1m30s, 500ms)",
            "t.ccp:3:8: no agent named \"bob\" — agents: john, maria, sam",
            "t.ccp:4:1: unknown command \"acept\"; did you mean \"accept\"?",
        ])
    }

    @Test("A line the engine would refuse for its form alone is an error, unless `expect refused` follows it")
    func formRefusalsAreFlagged() throws {
        let found = try Self.problems("""
            dtmf 12x
            customer presses 1a
            dial 12ab
            call 555-CALL -> +18005550100
            dial 12ab
            expect refused "not a phone number"
            customer presses #
            dtmf 1#
            external 18OO answers
            customer +1555x says hi
            call +15555550123 -> 1-800
            """)
        #expect(found.map(\.line) == [1, 2, 3, 4, 9, 10, 11])
        #expect(found.map(\.column) == [6, 18, 6, 6, 10, 10, 22])
        #expect(found[0].message == "this line would be refused when it runs: Digits are 0–9, * and #.")
        #expect(found[2].message.contains("\"12ab\" is not a phone number"))
        #expect(found.allSatisfy { $0.isError })
    }

    @Test("The walkthrough scripts on the built-in scenario check clean")
    func walkthroughsCheckClean() throws {
        for name in ScriptFiles.all {
            let text = try String(contentsOf: ScriptFiles.folder.appendingPathComponent(name), encoding: .utf8)
            guard !text.hasPrefix("# scenario:") else { continue }
            #expect(try Self.problems(text).isEmpty, "\(name)")
        }
    }
}

@Suite("Name suggestions are bounded in cost and still find typos (issue 8, point 4)")
struct NameSuggestions {
    @Test func typosAreFound() {
        #expect(NameSuggestion.closest(to: "acept", among: ["accept", "reject"]) == "accept")
        #expect(NameSuggestion.closest(to: "BASICQUEUE", among: ["BasicQueue"]) == "BasicQueue")
        #expect(NameSuggestion.closest(to: "Bas", among: ["BasicQueue"]) == "BasicQueue")
        #expect(NameSuggestion.closest(to: "zzzzzz", among: ["accept"]) == nil)
    }

    @Test("A name far longer than every candidate is no typo of one: no suggestion, whatever its size")
    func aHugeNameHasNoSuggestion() {
        let huge = String(repeating: "accept", count: 500_000)
        #expect(NameSuggestion.closest(to: huge, among: ["accept", "reject"]) == nil)
        #expect(NameSuggestion.fix(for: huge, among: ["accept"], known: "verbs") == "known verbs: accept")
        #expect(NameSuggestion.closest(to: "acceptaccept", among: ["accept"]) == nil)
    }
}
