/// One action of a flow, with its parameters kept as JSON so that unknown keys survive. Fixed once
/// read, and shared rather than copied as the interpreter steps through it.
public final class FlowAction: Sendable, Equatable {
    public let identifier: String
    public let type: String
    public let kind: ActionKind
    public let parameters: JSONValue
    public let transitions: FlowTransitions
    /// 1-based line of the action in its source file, when known (for messages).
    public let line: Int?

    public init(identifier: String, type: String, parameters: JSONValue = .object([:], order: []),
                transitions: FlowTransitions = FlowTransitions(), line: Int? = nil) {
        self.identifier = identifier
        self.type = type
        self.kind = ActionKind(type: type)
        self.parameters = parameters
        self.transitions = transitions
        self.line = line
    }

    public static func == (a: FlowAction, b: FlowAction) -> Bool {
        a.identifier == b.identifier && a.type == b.type && a.parameters == b.parameters
            && a.transitions == b.transitions && a.line == b.line
    }

    public func parameter(_ key: String) -> JSONValue? { parameters[key] }

    /// The parameter as text ("True", "5", "$.Attributes.x"), whatever its JSON scalar type.
    public func text(_ key: String) -> String? { parameters[key]?.scalarText }
}

public struct FlowTransitions: Sendable, Equatable {
    public var nextAction: String?
    public var errors: [FlowErrorTransition]
    public var conditions: [FlowCondition]

    public init(nextAction: String? = nil, errors: [FlowErrorTransition] = [], conditions: [FlowCondition] = []) {
        self.nextAction = nextAction
        self.errors = errors
        self.conditions = conditions
    }

    public func errorTarget(_ errorType: String) -> String? {
        errors.first { $0.errorType == errorType }?.nextAction
    }

    public var isTerminal: Bool { nextAction == nil && errors.isEmpty && conditions.isEmpty }
}

public struct FlowErrorTransition: Sendable, Equatable {
    public var errorType: String
    public var nextAction: String
    public init(errorType: String, nextAction: String) {
        self.errorType = errorType
        self.nextAction = nextAction
    }
}

public struct FlowCondition: Sendable, Equatable {
    public var nextAction: String
    /// Equals, TextStartsWith, TextEndsWith, TextContains, NumberGreaterThan, NumberGreaterOrEqualTo,
    /// NumberLessThan, NumberLessOrEqualTo (docs §3.1).
    public var operatorName: String
    public var operands: [String]

    public init(nextAction: String, operatorName: String, operands: [String]) {
        self.nextAction = nextAction
        self.operatorName = operatorName
        self.operands = operands
    }
}
