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

    @Test("An expectation that can never hold is an error at its word, judged as a lesson's goal is (issue 11 point 5, issue 12 review)")
    func expectationsThatCanNeverHoldAreFlagged() throws {
        let found = try Self.problems("""
            as john
            expect banner Conected
            expect status Dinner
            expect caller ringing
            expect party bob connected
            wait until party maria connected within 5s
            expect party +18005550199 absent
            expect party Maria connected
            expect party customer connected
            expect party nobody absent
            """)
        #expect(found.map(\.line) == [2, 3, 4, 5, 10])
        #expect(found.map(\.column) == [15, 15, 15, 14, 14])
        #expect(found[0].message == "the CCP never shows the banner \"Conected\", so this expectation can never hold")
        #expect(found[0].fix?.contains("did you mean Connected?") == true)
        #expect(found[1].message.hasPrefix("no agent can have the status \"Dinner\""))
        #expect(found[2].message.hasPrefix("a caller is never \"ringing\""))
        #expect(found[3].message == "no party named \"bob\" can be on a call in this scenario, so this expectation can never hold")
        #expect(found[4].message.hasSuffix("so this always holds and checks nothing"))
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

    /// The bounded distance agrees with the plain Levenshtein distance wherever that is within the limit.
    @Test func boundedDistanceIsTheEditDistanceWithinItsLimit() {
        let words = ["", "a", "queue", "qeueu", "BasicQueue", "basicqueue", "Sales", "Support", "kitten", "sitting", "flaw", "lawn"]
        for a in words {
            for b in words {
                let full = Self.levenshtein(Array(a), Array(b))
                for limit in 0...4 {
                    #expect(NameSuggestion.distance(a, b, limit: limit) == (full <= limit ? full : nil), "\(a) / \(b) within \(limit)")
                }
            }
        }
    }

    /// Thousands of long names: a typo of one is still found; names whose length differs from the
    /// typo's by more than the edits allowed are never compared; at most `comparedCandidates` are.
    @Test func thousandsOfLongNamesStillGiveTheTypo() {
        let names = (0..<5000).map { "Customer-Queue-For-Region-\($0)-" + String(repeating: "x", count: 60) }
        let typo = String(names[1234].dropLast(2)).replacingOccurrences(of: "Region", with: "Regoin")
        #expect(NameSuggestion.closest(to: typo, among: names) == names[1234])
        let sameLength = (0..<NameSuggestion.comparedCandidates).map { "Queue-\(String(String(1000000 + $0).reversed()))-zzzzzzzzzzzzzzzzzzzz" }
        let beyondTheCap = "Queue-AAAAAAA-zzzzzzzzzzzzzzzzzzzz"
        #expect(NameSuggestion.closest(to: "Queue-AAAAAAB-zzzzzzzzzzzzzzzzzzzz", among: [beyondTheCap]) == beyondTheCap)
        #expect(NameSuggestion.closest(to: "Queue-AAAAAAB-zzzzzzzzzzzzzzzzzzzz", among: sameLength + [beyondTheCap]) != beyondTheCap,
                "only the first \(NameSuggestion.comparedCandidates) candidates of a fitting length are compared")
        let differentLengths = (0..<5000).map { String(repeating: "q", count: 100 + $0 % 50) } + [beyondTheCap]
        #expect(NameSuggestion.closest(to: "Queue-AAAAAAB-zzzzzzzzzzzzzzzzzzzz", among: differentLengths) == beyondTheCap,
                "candidates far from the name's length are skipped without counting against the cap")
    }

    static func levenshtein(_ x: [Character], _ y: [Character]) -> Int {
        var table = (0...x.count).map { i in (0...y.count).map { j in i == 0 ? j : (j == 0 ? i : 0) } }
        for i in stride(from: 1, through: x.count, by: 1) {
            for j in stride(from: 1, through: y.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
        }
        return table[x.count][y.count]
    }

    @Test("A name far longer than every candidate is no typo of one: no suggestion, whatever its size")
    func aHugeNameHasNoSuggestion() {
        let huge = String(repeating: "accept", count: 500_000)
        #expect(NameSuggestion.closest(to: huge, among: ["accept", "reject"]) == nil)
        #expect(NameSuggestion.fix(for: huge, among: ["accept"], known: "verbs") == "known verbs: accept")
        #expect(NameSuggestion.closest(to: "acceptaccept", among: ["accept"]) == nil)
    }
}
