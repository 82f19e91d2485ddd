/// What a test does when its observation's event matches (docs/connect-testing-language.md §2.4).
public struct Action: Sendable, Equatable {
    /// `Identifier` (the API Reference skeleton writes `Id`); unique within its observation.
    public var identifier: String
    public var kind: Kind
    /// `Transitions.NextAction`: the action of the same observation that runs next; nil for none or `""`.
    public var nextAction: String?

    public enum Kind: Sendable, Equatable {
        /// `SendInstruction` as the customer.
        case sendInstruction(Instruction)
        /// `OverrideSystemBehavior`: a single-use override of the next invocation of one resource.
        case overrideSystemBehavior(Override)
        /// `Assert`: a check of one value at the moment the observation matched.
        case assert(Assertion)
        /// `TestControl` `EndTest`: ends the run here, so it completes instead of timing out.
        case endTest
        /// `TestControl` `LogData`: label → value template (text with `$.` paths), in document order.
        case logData([LogExpression])
    }

    public init(identifier: String, kind: Kind, nextAction: String? = nil) {
        self.identifier = identifier
        self.kind = kind
        self.nextAction = nextAction
    }
}

/// One `LogData` expression: a label and a value that is a JSONPath or text mixing paths.
public struct LogExpression: Sendable, Equatable {
    public var label: String
    public var value: String
    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// `Instruction` of a `SendInstruction` (§2.4); the actor is always `Customer`.
public enum Instruction: Sendable, Equatable {
    /// `DtmfInput`: keys 0-9, `*`, `#` (a JSON number is read as its digits).
    case dtmfInput(String)
    /// `TextUtterance` (also spelled `Utterance`): text or SSML sent to Lex as text, with a language code.
    case textUtterance(text: String?, ssml: String?, languageCode: String?)
    /// `Disconnect`: the customer hangs up.
    case disconnect
}

/// An `OverrideSystemBehavior` action: which flow action and resource, and what to do instead (§2.4 table).
public struct Override: Sendable, Equatable {
    public var target: FlowActionTarget
    public var strategy: Strategy

    public enum Strategy: Sendable, Equatable {
        /// `SubstituteResource`: use the resource at `SubstituteArn` instead.
        case substituteResource(arn: String)
        /// `MockResponse` of type `ExecutionResult`.
        case executionResult(MockResult)
        /// `MockResponse` of type `Error`, with its `Value` and an optional delay in seconds.
        case error(MockError, delaySeconds: Double)
    }

    public init(target: FlowActionTarget, strategy: Strategy) {
        self.target = target
        self.strategy = strategy
    }
}

/// The `ExecutionResult` of a mocked response.
public enum MockResult: Sendable, Equatable {
    /// Lambda and Lex: `DelaySeconds` (seconds, ≥ 0) and `LoadedData`, the response as serialized JSON
    /// (kept as the text written; it was checked to be JSON).
    case loadedData(delaySeconds: Double, json: String?)
    /// Hours of operation: `InHours` or `OutOfHours`.
    case hours(HoursResult)
}

public enum HoursResult: String, Sendable, Equatable, CaseIterable {
    case inHours = "InHours"
    case outOfHours = "OutOfHours"
}

/// `Error.Value` of a mocked response; which ones each action type takes is in §2.4's table.
public enum MockError: String, Sendable, Equatable, CaseIterable {
    case timeLimitExceeded = "TimeLimitExceeded"
    case noMatchingError = "NoMatchingError"
    case queueAtCapacity = "QueueAtCapacity"

    /// The errors an action type may be mocked with (§2.4 table).
    public static func allowed(for actionType: String) -> [MockError] {
        switch actionType {
        case "InvokeLambdaFunction", "ConnectParticipantWithLexBot": return [.timeLimitExceeded, .noMatchingError]
        case "CheckHoursOfOperation": return [.noMatchingError]
        case "TransferContactToQueue", "DequeueAndTransferToQueue": return [.queueAtCapacity, .noMatchingError]
        default: return []
        }
    }
}

/// An `Assert` action: `Namespace` (a JSONPath to one value), `Operator`, `Operand` (§2.4).
public struct Assertion: Sendable, Equatable {
    public var namespace: String
    public var comparison: Comparison
    /// Absent for `Exists`.
    public var operand: String?

    public enum Comparison: String, Sendable, Equatable, CaseIterable {
        case equals = "Equals"
        case textStartsWith = "TextStartsWith"
        case textEndsWith = "TextEndsWith"
        case textContains = "TextContains"
        case numberGreaterThan = "NumberGreaterThan"
        case numberGreaterOrEqualTo = "NumberGreaterOrEqualTo"
        case numberLessThan = "NumberLessThan"
        case numberLessOrEqualTo = "NumberLessOrEqualTo"
        case exists = "Exists"

        public var isNumeric: Bool { rawValue.hasPrefix("Number") }
    }

    public init(namespace: String, comparison: Comparison, operand: String?) {
        self.namespace = namespace
        self.comparison = comparison
        self.operand = operand
    }
}
