import Foundation
import Telephony

/// `--results OUT.json`: each run as the API reports it (docs/connect-testing-language.md §3):
/// GetTestCaseExecutionSummary's `Status`, `StartTime`, `EndTime` and `ObservationSummary`, and
/// ListTestCaseExecutionRecords' `ExecutionRecords` (`ObservationId`, `Status`, `Timestamp`, `Record`). The API
/// leaves `Record`'s format undocumented; here it is a JSON object as a string: `Expected`, `Happened`,
/// `Matches`, `Actions` and, for a failed check, `FailedCheck` (`Attribute`, `Operator`, `Expected`, `Actual`).
/// Times are virtual: the scenario's `instance.start` plus the run's elapsed time, ISO 8601 in UTC.
public struct ExecutionJSON: Encodable, Sendable {
    public var testCaseExecutions: [Execution]

    enum CodingKeys: String, CodingKey { case testCaseExecutions = "TestCaseExecutions" }

    public init(_ executions: [Execution]) { testCaseExecutions = executions }

    public struct Execution: Encodable, Sendable {
        var file: String
        var testCaseName: String
        var testCaseId: String?
        var status: String
        var startTime: String
        var endTime: String
        var failureReason: String?
        var observationSummary: Summary
        var executionRecords: [Record]
        var logs: [Log]

        enum CodingKeys: String, CodingKey {
            case file = "File", testCaseName = "TestCaseName", testCaseId = "TestCaseId", status = "Status"
            case startTime = "StartTime", endTime = "EndTime", failureReason = "FailureReason"
            case observationSummary = "ObservationSummary", executionRecords = "ExecutionRecords", logs = "Logs"
        }

        /// `startMillis`: the run's start as ms since 1970 (virtual).
        public init(file: String, testCase: TestCase, result: TestCaseResult, startMillis: Int) {
            self.file = file
            testCaseName = testCase.api?.name ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            testCaseId = testCase.api?.id
            status = result.status.rawValue
            startTime = ExecutionJSON.time(startMillis)
            endTime = ExecutionJSON.time(startMillis + result.duration)
            failureReason = result.failure
            observationSummary = Summary(totalObservations: result.total, observationsPassed: result.passed, observationsFailed: result.failed)
            executionRecords = result.records.map { Record($0, startMillis: startMillis) }
            logs = result.logs.map { Log(observationId: $0.observationId, label: $0.label, value: $0.value, timestamp: ExecutionJSON.time(startMillis + $0.at)) }
        }
    }

    struct Summary: Encodable, Sendable {
        var totalObservations: Int
        var observationsPassed: Int
        var observationsFailed: Int
        enum CodingKeys: String, CodingKey {
            case totalObservations = "TotalObservations", observationsPassed = "ObservationsPassed", observationsFailed = "ObservationsFailed"
        }
    }

    struct Record: Encodable, Sendable {
        var observationId: String
        var status: String
        var timestamp: String
        var record: String
        enum CodingKeys: String, CodingKey { case observationId = "ObservationId", status = "Status", timestamp = "Timestamp", record = "Record" }

        init(_ r: ObservationRecord, startMillis: Int) {
            observationId = r.observationId
            status = r.status.rawValue
            timestamp = ExecutionJSON.time(startMillis + r.at)
            let details = Details(expected: r.expected, happened: r.happened, matches: r.matches, actions: r.actions,
                                  failedCheck: r.failedCheck.map { Check(attribute: $0.attribute, comparison: $0.comparison, expected: $0.expected, actual: $0.actual) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            record = (try? encoder.encode(details)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
        }
    }

    struct Details: Encodable {
        var expected: String
        var happened: String
        var matches: Int
        var actions: [String]
        var failedCheck: Check?
        enum CodingKeys: String, CodingKey { case expected = "Expected", happened = "Happened", matches = "Matches", actions = "Actions", failedCheck = "FailedCheck" }
    }

    struct Check: Encodable {
        var attribute: String
        var comparison: String
        var expected: String?
        var actual: String?
        enum CodingKeys: String, CodingKey { case attribute = "Attribute", comparison = "Operator", expected = "Expected", actual = "Actual" }
    }

    struct Log: Encodable, Sendable {
        var observationId: String
        var label: String
        var value: String
        var timestamp: String
        enum CodingKeys: String, CodingKey { case observationId = "ObservationId", label = "Label", value = "Value", timestamp = "Timestamp" }
    }

    /// The document, pretty-printed.
    public var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    /// ISO 8601 in UTC with milliseconds. A formatter per call: results are written once per run, and a
    /// shared one would be touched by the threads of `-j`.
    static func time(_ millis: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
    }
}
