import Telephony

/// One parsed line of the command language.
public struct ScriptLine: Sendable, Equatable {
    public var number: Int
    public var text: String
    public var statement: Statement

    public init(number: Int, text: String, statement: Statement) {
        self.number = number
        self.text = text
        self.statement = statement
    }
}

public enum Statement: Sendable, Equatable {
    /// `as maria`: later agent verbs act as maria.
    case actAs(String)
    /// An agent verb; the agent is the line's `name:` prefix or the current one.
    case agent(String?, AgentCommand)
    case world(WorldCommand)
    case wait(Millis)
    /// `wait until EXPECTATION [within DURATION]`: runs time until it holds.
    case waitUntil(Expectation, limit: Millis)
    case expect(Expectation)
    /// `expect refused [TEXT]`: the previous command was refused (with this text in the reason).
    case expectRefused(String?)
}

/// Something a script checks about the world.
public enum Expectation: Sendable, Equatable {
    case banner(agent: String?, String)
    case noContact(agent: String?)
    case status(agent: String?, String)
    case nextStatus(agent: String?, String?)
    case party(agent: String?, handle: String, state: String)
    case control(agent: String?, Control, enabled: Bool, reason: String?)
    case heard(Listener, String, negated: Bool)
    case hears(Listener, Listener, negated: Bool)
    case caller(String)
    case record(index: Int, field: String, value: RecordValue)
    case recordCount(Int)

    public enum Listener: Sendable, Equatable, CustomStringConvertible {
        case agent(String)
        case customer(String?)
        case external(String)

        public var description: String {
            switch self {
            case .agent(let a): return a
            case .customer(let n): return n.map { "customer \($0)" } ?? "customer"
            case .external(let n): return n
            }
        }
    }

    public enum RecordValue: Sendable, Equatable {
        case text(String)
        case null
        /// Any value but null.
        case present
        /// The same as another record's field: `record 1 ContactId`.
        case field(index: Int, field: String)
    }
}
