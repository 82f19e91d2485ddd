import ConnectTests
import Foundation
import Testing

/// A failing test case points at the file line of the observation the failure is about, as a failing script
/// points at its line (README "QA", Results: the JUnit `<failure>` carries file:line).
@Suite struct FailureLineTests {
    /// The 1-based line of `file` holding `text`, read from the file itself.
    private func line(of text: String, in file: String) throws -> Int {
        let lines = try String(contentsOfFile: Cases.path(file), encoding: .utf8).components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test("an observation still waiting at the 5-minute limit: the line naming it")
    func timedOutObservationGivesItsLine() throws {
        let file = "run/fail-menu-press-2-times-out.json"
        let (result, _) = try Runs.run(file)
        #expect(result.failingObservation == "queued")
        #expect(result.failureLine == (try line(of: #""Identifier": "queued""#, in: file)))
    }

    @Test("a failing check in the API shape: the line of the Content string that holds the observation")
    func failingCheckInContentStringGivesTheContentLine() throws {
        let file = "run/fail-assert-reports-the-check.json"
        let (result, _) = try Runs.run(file)
        #expect(result.failingObservation == "done")
        #expect(result.failureLine == (try line(of: #""Content":"#, in: file)))
    }

    @Test("an AtMost observation matched once too often: its line")
    func usageExceededGivesItsLine() throws {
        let file = "run/fail-usage-atmost-exceeded.json"
        let (result, _) = try Runs.run(file)
        let id = try #require(result.failingObservation)
        let testCase = try TestCaseLoader.load(file: Cases.path(file))
        #expect(result.failureLine == testCase.lines[id])
        #expect(result.failureLine != nil)
    }

    @Test("every observation matched but no EndTest ran: the last observation that ran, where the EndTest belongs")
    func noEndTestGivesTheLastObservationsLine() throws {
        let file = "run/fail-no-endtest-times-out.json"
        let (result, _) = try Runs.run(file)
        let last = try #require(result.records.last { $0.matches > 0 })
        #expect(result.failingObservation == last.observationId)
        #expect(result.failureLine == (try line(of: "\"Identifier\": \"\(last.observationId)\"", in: file)))
    }

    @Test("a passing run names no failing observation")
    func passingRunHasNoFailureLine() throws {
        let (result, _) = try Runs.run("good/doc-a-welcome-menu-queue.json")
        #expect(result.status == .passed)
        #expect(result.failingObservation == nil && result.failureLine == nil)
    }
}
