/// One action of a flow, with its parameters kept as JSON so that unknown keys survive.
public struct FlowAction: Sendable, Equatable {
    public var identifier: String
    public var type: String { didSet { kind = ActionKind(type: type) } }
    public private(set) var kind: ActionKind
    public var parameters: JSONValue
    public var transitions: FlowTransitions
    /// 1-based line of the action in its source file, when known (for messages).
    public var line: Int?

    public init(identifier: String, type: String, parameters: JSONValue = .object([:], order: []),
                transitions: FlowTransitions = FlowTransitions(), line: Int? = nil) {
        self.identifier = identifier
        self.type = type
        self.kind = ActionKind(type: type)
        self.parameters = parameters
        self.transitions = transitions
        self.line = line
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
