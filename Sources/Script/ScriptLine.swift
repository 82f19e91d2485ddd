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
    /// `mark NAME`: remembers how much every party has heard, for `heard … since NAME`.
    case mark(String)
    /// `pause`: `termccp demo` waits here for the presenter; headless there is no one to wait for.
    case pause
}

/// Something a script checks about the world.
public enum Expectation: Sendable, Equatable {
    case banner(agent: String?, String)
    case noContact(agent: String?)
    case status(agent: String?, String)
    case nextStatus(agent: String?, String?)
    case party(agent: String?, handle: String, state: String)
    case control(agent: String?, Control, enabled: Bool, reason: String?)
    /// `heard TEXT [N times] [since MARK]`: part of a line the listener heard; with `times`, how
    /// often exactly (a loop's repeats count one each); with `since`, only what came after the mark.
    case heard(Listener, String, negated: Bool, times: Int?, since: String?)
    case hears(Listener, Listener, negated: Bool)
    /// The caller's phone; `number` picks one caller when several are on calls.
    case caller(number: String?, String)
    case record(index: Int, field: String, value: RecordValue, set: RecordSet)
    case recordCount(Int, set: RecordSet)

    public enum Listener: Sendable, Equatable, CustomStringConvertible {
        case agent(String)
        /// No name given: the agent the script acts as.
        case currentAgent
        case customer(String?)
        /// A phone number: an external party on a call, or else a caller or outbound callee with it.
        case number(String)

        public var description: String {
            switch self {
            case .agent(let a): return a
            case .currentAgent: return "the current agent"
            case .customer(let n): return n.map { "customer \($0)" } ?? "customer"
            case .number(let n): return n
            }
        }
    }

    /// Which records `record N` numbers: every segment so far in the order it was created, open or
    /// not (`record`), or only the completed ones, as `--records` writes them (`completed record`).
    public enum RecordSet: Sendable, Equatable {
        case all
        case completed
    }

    public enum Comparison: String, Sendable, Equatable, CaseIterable {
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    public enum RecordValue: Sendable, Equatable {
        case text(String)
        case null
        /// Any value but null.
        case present
        /// The same as another record's field: `record 1 ContactId`.
        case field(index: Int, field: String)
        /// `>= 5`: numbers compare as numbers; `=` and `!=` compare text when either side is not a number.
        case compare(Comparison, String)
    }
}
