import Telephony

/// How a run ended, in the API's execution status words (docs/connect-testing-language.md §3).
public enum ExecutionStatus: String, Sendable, Equatable, Codable {
    case passed = "PASSED"
    case failed = "FAILED"
}

/// What became of one observation: the API's execution record (`ObservationId`, `Status`, `Timestamp`,
/// `Record`) with the record's details kept structured for the report.
public struct ObservationRecord: Sendable, Equatable {
    public var observationId: String
    public var status: ExecutionStatus
    /// Virtual ms since the run began, of the last match, or of the end for one that never matched.
    public var at: Millis
    /// What the observation waited for.
    public var expected: String
    /// What happened: the event that matched, or why none did.
    public var happened: String
    /// How many times it matched.
    public var matches: Int
    /// What its actions did, in order ("sent DTMF 1", "Assert $.Queue.Name Equals Sales: passed").
    public var actions: [String]
    /// The failing check, when one failed.
    public var failedCheck: FailedCheck?
}

/// A failing Assert, as the run reports it (§1 rule 6): the attribute checked, the expected value, the
/// actual value and the operator.
public struct FailedCheck: Sendable, Equatable {
    public var attribute: String
    public var comparison: String
    public var expected: String?
    public var actual: String?
    public var reason: String

    public var description: String {
        let shown = actual.map { "\"\($0)\"" } ?? "no value"
        return "\(attribute) \(comparison)\(expected.map { " \"\($0)\"" } ?? ""): actual \(shown) (\(reason))"
    }
}

/// One `LogData` expression as it was evaluated.
public struct LoggedValue: Sendable, Equatable {
    public var observationId: String
    public var label: String
    public var value: String
    public var at: Millis
}

/// The outcome of one test case run (GetTestCaseExecutionSummary plus ListTestCaseExecutionRecords, §3).
public struct TestCaseResult: Sendable, Equatable {
    public var status: ExecutionStatus
    /// Virtual ms from the start to the end of the run.
    public var duration: Millis
    /// Why the run failed, in one line; nil when it passed.
    public var failure: String?
    /// The observation the failure is about (the failing check, the refused instruction, the first one still
    /// waiting at the end, or, when all matched but no EndTest ran, the last one that ran), and the file line
    /// it is written on when known.
    public var failingObservation: String? = nil
    public var failureLine: Int? = nil
    /// One per observation, in execution order; observations that never matched last, in document order.
    public var records: [ObservationRecord]
    public var logs: [LoggedValue]

    public var total: Int { records.count }
    public var passed: Int { records.filter { $0.status == .passed }.count }
    public var failed: Int { total - passed }
}
