import Telephony

/// Where a test case's simulated call comes from and goes to (docs/connect-testing-language.md §3
/// `EntryPoint`). A bare test case names none: it calls the scenario's first claimed number.
public struct TestEntry: Sendable, Equatable {
    /// The caller's number when the test case gives none.
    public static let defaultCaller = "+15555550123"

    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// The entry point of `testCase` in `config`, or what to change. `VOICE_CALL` with a
    /// `DestinationPhoneNumber` calls that number (it must be claimed); with only a `FlowId` it calls the claimed
    /// number whose flow that is (by name, id or the last segment of an ARN); `CHAT` is refused (termccp is
    /// voice only).
    public static func resolve(_ testCase: TestCase, config: InstanceConfig) -> Result<TestEntry, EntryProblem> {
        let claimed = config.phoneNumbers
        let list = claimed.isEmpty ? "it claims none" : "it claims \(claimed.prefix(8).map(\.number).joined(separator: ", "))\(claimed.count > 8 ? ", …" : "")"
        switch testCase.api?.entryPoint {
        case .chat?:
            return .failure(EntryProblem(path: "EntryPoint.Type", message: "CHAT test cases cannot run: termccp simulates voice calls only",
                                         fix: "use a VOICE_CALL entry point"))
        case .voiceCall(let source, let destination, let flowId)?:
            let from = source ?? defaultCaller
            if let destination {
                guard claimed.contains(where: { $0.number == destination }) else {
                    return .failure(EntryProblem(path: "EntryPoint.VoiceCallEntryPointParameters.DestinationPhoneNumber",
                                                 message: "\(destination) is not a number the scenario claims (\(list))",
                                                 fix: "add it under phoneNumbers: with the flow to run, or call a claimed number"))
                }
                return .success(TestEntry(from: from, to: destination))
            }
            if let flowId {
                let key = flowId.split(separator: "/").last.map(String.init) ?? flowId
                guard let number = claimed.first(where: { $0.flow == flowId || $0.flow == key }) else {
                    return .failure(EntryProblem(path: "EntryPoint.VoiceCallEntryPointParameters.FlowId",
                                                 message: "no phone number of the scenario starts flow \(key)",
                                                 fix: "add a number under phoneNumbers: with flow: \(key)"))
                }
                return .success(TestEntry(from: from, to: number.number))
            }
            return firstClaimed(config, from: from, list: list)
        case nil:
            return firstClaimed(config, from: defaultCaller, list: list)
        }
    }

    private static func firstClaimed(_ config: InstanceConfig, from: String, list: String) -> Result<TestEntry, EntryProblem> {
        guard let first = config.phoneNumbers.first else {
            return .failure(EntryProblem(path: nil, message: "the scenario claims no phone number for the test's call to dial",
                                         fix: "add one under phoneNumbers: with the flow to test"))
        }
        return .success(TestEntry(from: from, to: first.number))
    }
}

/// Why a test case has nowhere to call.
public struct EntryProblem: Error, Sendable, Equatable {
    public var path: String?
    public var message: String
    public var fix: String
}
