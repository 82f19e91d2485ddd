/// A number outside the instance (a shipping company, a supplier) and how it answers.
public struct ExternalConfig: Sendable, Equatable {
    public enum Answer: Sendable, Equatable {
        case after(Millis)
        case busy
        case noAnswer
    }

    /// What an IVR at the number says when it has read a given string of digits.
    public struct IVRRule: Sendable, Equatable {
        public var digits: String
        public var says: String
        public var hangsUp: Bool
        public init(digits: String, says: String, hangsUp: Bool = false) {
            self.digits = digits
            self.says = says
            self.hangsUp = hangsUp
        }
    }

    public var number: String
    public var name: String
    public var answer: Answer
    public var greeting: String?
    public var ivr: [IVRRule]
    /// Hangs up this long after answering; nil means never by itself.
    public var hangUpAfter: Millis?

    public init(number: String, name: String, answer: Answer = .after(2000), greeting: String? = nil,
                ivr: [IVRRule] = [], hangUpAfter: Millis? = nil) {
        self.number = number
        self.name = name
        self.answer = answer
        self.greeting = greeting
        self.ivr = ivr
        self.hangUpAfter = hangUpAfter
    }
}

/// A caller the world knows: what they say once they reach someone, and how long they wait.
public struct CustomerConfig: Sendable, Equatable {
    public var number: String
    public var name: String?
    /// Said, one a few seconds after the other, once the caller is connected to an agent.
    public var says: [String]
    /// Hangs up after waiting this long in queue; nil means waits forever.
    public var patience: Millis?
    /// Answers an outbound call after this long; nil means does not answer.
    public var answersAfter: Millis?

    public init(number: String, name: String? = nil, says: [String] = [], patience: Millis? = nil,
                answersAfter: Millis? = 2000) {
        self.number = number
        self.name = name
        self.says = says
        self.patience = patience
        self.answersAfter = answersAfter
    }
}

public struct ScheduledCall: Sendable, Equatable {
    public var at: Millis
    public var from: String
    public var to: String
    public init(at: Millis, from: String, to: String) {
        self.at = at
        self.from = from
        self.to = to
    }
}
