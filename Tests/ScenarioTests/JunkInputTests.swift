import Flows
import Foundation
import Scenario
@testable import Telephony
import Testing

/// Whatever the file holds, loading it ends in a scenario or in problems, never in a crash.
@Suite struct JunkInputTests {
    @Test(arguments: [
        "\u{0}\u{1}\u{2}binary\u{7F}",
        "\u{FEFF}queues: [{ name: Q }]\u{0}",
        "queues: *nowhere",
        "a: &a [1, 2]\nqueues: *a",
        "---\nqueues: []\n---\nagents: []\n",
        "? [complex, key]\n: value\n",
        "queues:\n  - !!binary aGVsbG8=\n",
        "agents: [{ username: john, routingProfile: { nested: [deep] }, bot: [accept] }]",
        "lambdas: [{ function: f, response: { list: [1, 2], map: { a: b } } }]",
        "prompts: [beep]\ndefaultFlows: [x]\ninstance: 3\nstatuses: { a: b }",
        "hours: [{ name: H, open: { Mon: [[\"08:00-09:00\"]] } }]",
        "calls: [{ at: 1e999, from: 1e999, to: .nan }]",
        "customers: [{ number: \"+15555550123\", says: [[a], { b: c }], patience: .inf }]",
        "quickConnects: [{ name: ~, type: ~, user: ~ }]",
        "\t\t\t",
        ":::",
        "'unterminated",
    ])
    func nastyInputsEndInProblemsNotCrashes(yaml: String) {
        let found = problems(yaml)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !$0.message.isEmpty && $0.file == "test.yaml" })
    }

    /// Kept out of the parameterised test so the test log stays readable.
    @Test func deepNestingAndHugeLinesEndInProblems() {
        for yaml in [String(repeating: "[", count: 5000), String(repeating: "- ", count: 3000) + "x",
                     String(repeating: "x", count: 100_000), "queues: [" + String(repeating: "{ name: Q },", count: 5000) + "]"] {
            #expect(!problems(yaml).isEmpty)
        }
    }

    /// The document is refused at the first top-level key whose expansion passes the limit
    /// (docs/scenario-format.md "Limits"): here a4, whose 111,111 nodes bring the count past
    /// 100,000, before the reader visits any.
    @Test func anchorsExpandingExponentiallyAreRefusedAtTheLimit() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "queues: *a9\n"
        let found = problems(yaml)
        #expect(found.map(\.location) == ["a4"])
        #expect(found.map(\.line) == [5])
        #expect(found.first?.message == "the scenario is larger than 100000 YAML nodes once its aliases are expanded")
    }

    @Test func randomTextOfYAMLPunctuationNeverCrashes() {
        var generator = SeededRandom(seed: 7)
        let alphabet = Array("agentsqueuname: -[]{},'\"\n\t#&*!|>?%@`+0123456789.~\u{0}é")
        for _ in 0..<2000 {
            let length = Int(generator.next() % 80)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            _ = problems(text)
        }
    }

    @Test func aFileThatIsNotUTF8IsReportedWithItsLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("latin1.yaml")
        try Data("queues:\n  - name: Caf".utf8 + [0xE9] + Array("\n".utf8)).write(to: file)
        #expect(throws: ProblemsError.self) { try ScenarioLoader.load(file: file.path) }
        do {
            _ = try ScenarioLoader.load(file: file.path)
        } catch {
            #expect(error.problems.map(\.line) == [2])
            #expect(error.problems.first?.message == "the file is not UTF-8 text: byte 0xE9 at byte offset 21")
        }
    }

    /// "Cannot read" says which cause it is (issue 8 point 5).
    @Test func aMissingFileOrAFolderIsAProblemNamingThePathAndTheCause() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, message) in [(folder.appendingPathComponent("nope.yaml").path, "cannot read the file: it does not exist"),
                                (folder.path, "cannot read the file: it is a folder"),
                                (fifo, "cannot read the file: it is not a regular file (a FIFO, device or socket)"),
                                ("/dev/zero", "cannot read the file: it is not a regular file (a FIFO, device or socket)")] {
            do {
                _ = try ScenarioLoader.load(file: path)
                Issue.record("\(path) loaded")
            } catch {
                #expect(error.problems.map(\.file) == [path])
                #expect(error.problems.first?.message == message)
            }
        }
    }
}
