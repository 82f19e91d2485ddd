import Script
import Telephony

/// A guided exercise: a story, a scenario with its simulated parties, ordered goals written in the
/// expectation language, hints, forbidden events and an optional time limit (docs/lesson-format.md).
public struct Lesson: Sendable {
    /// Where the lesson's scenario comes from.
    public enum ScenarioSource: Sendable, Equatable {
        /// The built-in scenario (Sources/Scenario/Resources/default.yaml).
        case builtIn
        /// A scenario file, its path resolved against the lesson file's folder.
        case file(String)
        /// A scenario shipped with the built-in lessons, by resource name.
        case bundled(String)
    }

    /// One step the simulated world takes: lines of the command language run at a time, or once a
    /// condition first holds.
    public struct WorldStep: Sendable {
        public enum Trigger: Sendable {
            /// Virtual time since the lesson started, in ms.
            case at(Millis)
            /// The first moment this expectation holds.
            case when(Expectation, text: String)
        }
        public var trigger: Trigger
        public var lines: [ScriptLine]
        /// The line of the step (its list item).
        public var line: Int
        /// The line of its `at:` or `when:` value, where a problem with the trigger is reported.
        public var triggerLine: Int
        /// Its key path in the file (`world[2]`), for messages.
        public var path: String
    }

    public struct Goal: Sendable {
        /// What the trainee reads.
        public var title: String
        /// A name `forbidden` entries refer to (`until:`, `from:`); defaults to the goal's number.
        public var id: String
        /// Every one must hold at the same moment.
        public var checks: [Expectation]
        /// The checks as written, for reports and messages.
        public var checkText: [String]
        /// The line of each check.
        public var checkLines: [Int]
        public var hint: String?
        /// Shown by itself this long (ms) after the goal became the current one; nil: only on the hint key.
        public var hintAfter: Millis?
        /// The goal asks the trainee to let an offer ring out (`asksForMiss: true`): the first offer
        /// missed while it is the current goal is what was asked, so it does not cost the answer points.
        public var asksForMiss = false
        public var line: Int
        /// Its key path in the file (`goals[1]`), for messages.
        public var path: String
    }

    /// Something that must not happen. Counted each time it starts to hold (a check) or occurs (an event).
    public struct Forbidden: Sendable {
        public enum Condition: Sendable {
            case check(Expectation, text: String)
            /// An engine event with this name (as `--events` writes it), for the trainee's agent when
            /// the event names an agent.
            case event(EventName)
        }
        public var title: String
        public var condition: Condition
        /// Only counted once this goal is met.
        public var from: String?
        /// Only counted until this goal is met.
        public var until: String?
        public var line: Int
        /// The line of its `check:` or `on:` value, where a problem with the condition is reported.
        public var conditionLine: Int
        /// Its key path in the file (`forbidden[0]`), for messages.
        public var path: String
    }

    /// How a simulated agent answers offers in this lesson, replacing the scenario's `bot:` offer
    /// behaviour (a colleague who rejects the transfer, one who lets it ring out).
    public struct BotOverride: Sendable {
        public var agent: String
        public var offer: BotBehaviour.Offer
        public var greeting: String?
        public var line: Int
    }

    /// Measures the score compares against (Scoring); absent ones take the defaults.
    public struct Targets: Sendable, Equatable {
        /// Time to answer at or under this scores in full, in ms.
        public var answer: Millis = 10_000
        /// Customer hold time at or under this scores in full; twice it scores nothing.
        public var hold: Millis = 60_000
        /// Handle time at or under this scores in full; twice it scores nothing.
        public var handle: Millis = 300_000
        public init() {}
    }

    public var title: String
    public var story: String
    public var scenario: ScenarioSource
    /// The trainee's agent, resolved against the scenario when the lesson starts (nil: its first agent).
    public var agent: String?
    /// The line of `agent:` (or 1), for messages.
    public var agentLine: Int
    public var world: [WorldStep]
    public var bots: [BotOverride]
    public var goals: [Goal]
    public var forbidden: [Forbidden]
    /// Virtual ms from the start; nil: no limit.
    public var timeLimit: Millis?
    public var targets: Targets
    /// The file it was read from (or `built-in:NAME`), for messages.
    public var source: String
    /// A supervisor shown beside the trainee's CCP, whose panel lists the live contacts to monitor
    /// or barge (`run --supervisor`); its simulated behaviour is off. Nil: no supervisor panel.
    public var supervisor: String? = nil
    /// The line of `supervisor:` (or 1), for messages.
    public var supervisorLine = 1
    /// The line of `scenario:` (or 1), where a problem with the scenario as a whole is reported.
    public var scenarioLine = 1
}
