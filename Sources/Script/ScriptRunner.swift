import Foundation
import Telephony

/// Runs command-language lines against an engine on virtual time and checks expectations.
public final class ScriptRunner {
    public let engine: Engine
    /// The agent that verbs without a `name:` prefix act as.
    public private(set) var currentAgent: String?
    /// `expect` lines checked so far; `wait until` lines are waits, not expectations.
    public private(set) var expectationsChecked = 0
    private var pendingRefusal: (line: Int, text: String, reason: String)?
    /// `mark NAME` snapshots, by lowercased name.
    var marks: [String: Mark] = [:]
    /// The whole script, when lines are run one by one (`execute(_:)` with a line): a `call` line
    /// reads what follows it (`CallStory`).
    private var story: [ScriptLine]

    /// `story` is the script whose lines `execute(_ line:)` will run, for a `call` line to read ahead.
    public init(engine: Engine, agent: String? = nil, story: [ScriptLine] = []) {
        self.engine = engine
        self.currentAgent = agent ?? engine.agentUsernames.first
        self.story = story
    }

    public enum Outcome: Sendable, Equatable {
        case passed(expectations: Int)
        /// The failing lines: the first only, or every one with `keepGoing`.
        case failed([Failure])
        case badInput(line: Int, message: String)
    }

    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var text: String
        public var message: String
        public var description: String { "line \(line): \(text)\n  \(message)" }

        /// The line and the message are cut to a readable length: a line of junk echoes in part.
        init(line: Int, text: String, message: String) {
            self.line = line
            self.text = ScriptText.short(text, limit: 300)
            self.message = ScriptText.short(message, limit: 1000)
        }
    }

    /// What one statement did, for the CCP's `:` line.
    public enum StepResult: Sendable, Equatable {
        case done(String?)
        case refused(String)
        case failed(String)
    }

    /// Checks every name, then runs the lines in order. Stops at the first failure unless
    /// `keepGoing`, which runs every line and reports every failure.
    public func run(_ lines: [ScriptLine], keepGoing: Bool = false) -> Outcome {
        if let bad = unknownName(in: lines) { return .badInput(line: bad.line, message: bad.message) }
        story = lines
        var failures: [Failure] = []
        func fail(_ f: Failure) -> Bool {
            failures.append(f)
            return !keepGoing
        }
        run: for line in lines {
            if let pending = pendingRefusal {
                pendingRefusal = nil
                if case .expectRefused(let text) = line.statement {
                    expectationsChecked += 1
                    if let text, !pending.reason.lowercased().contains(text.lowercased()),
                       fail(Failure(line: line.number, text: line.text,
                                    message: "expected the refusal to say \"\(text)\", it said \"\(pending.reason)\"")) { break run }
                    continue
                }
                if fail(Failure(line: pending.line, text: pending.text, message: "refused: \(pending.reason)")) { break run }
            }
            if case .expectRefused = line.statement {
                expectationsChecked += 1
                if fail(Failure(line: line.number, text: line.text, message: "expected the previous command to be refused, but it was carried out")) { break run }
                continue
            }
            switch execute(line) {
            case .done: continue
            case .refused(let reason): pendingRefusal = (line.number, line.text, reason)
            case .failed(let message):
                if fail(Failure(line: line.number, text: line.text, message: message)) { break run }
            }
        }
        if let pending = pendingRefusal {
            pendingRefusal = nil
            failures.append(Failure(line: pending.line, text: pending.text, message: "refused: \(pending.reason)"))
        }
        return failures.isEmpty ? .passed(expectations: expectationsChecked) : .failed(failures)
    }

    /// Runs one line of the script (`story`) now. A call it places is told which of its parties the
    /// script gives words to, so their own lines stay unsaid (`CallStory`).
    public func execute(_ line: ScriptLine) -> StepResult {
        let result = execute(line.statement)
        if case .done = result, case .world(.call(let from, _)) = line.statement,
           let index = story.firstIndex(where: { $0.number == line.number }), let call = engine.resolveCaller(from) {
            let voices = CallStory.voices(after: index, in: story, caller: from, agent: currentAgent,
                                          resolve: engine.resolveAgent)
            for voice in voices { engine.scriptSpeaks(for: voice, on: call) }
        }
        return result
    }

    /// Runs one statement now.
    public func execute(_ statement: Statement) -> StepResult {
        switch statement {
        case .actAs(let name):
            guard let u = engine.resolveAgent(name) else { return .failed("No agent named \(name).") }
            currentAgent = u
            return .done("Acting as \(u).")
        case .agent(let name, let command):
            guard let u = (name ?? currentAgent).flatMap(engine.resolveAgent) else {
                return .failed("No agent to act as: start with `as NAME`.")
            }
            if let refusal = engine.perform(command, as: u) { return .refused(refusal.reason) }
            return .done(nil)
        case .world(let command):
            if let refusal = engine.perform(command) { return .refused(refusal.reason) }
            return .done(nil)
        case .wait(let d):
            engine.advance(by: d)
            return .done(nil)
        case .waitUntil(let e, let limit):
            let deadline = engine.now + limit
            while true {
                let check = evaluate(e)
                if check.ok { return .done(nil) }
                guard engine.now < deadline else {
                    return .failed("waited \(TimeText.clock(limit)) and still \(check.message)")
                }
                engine.advance(to: min(engine.nextEventTime ?? deadline, deadline))
            }
        case .expect(let e):
            expectationsChecked += 1
            let check = evaluate(e)
            return check.ok ? .done("✓") : .failed(check.message)
        case .expectRefused:
            return .failed("expect refused follows a command that should be refused")
        case .mark(let name):
            marks[name.lowercased()] = takeMark()
            return .done("Marked \(name).")
        case .pause:
            return .done("pause waits for the presenter in termccp demo; here it does nothing.")
        }
    }

    /// The first line that names an agent the scenario does not have, and the message saying so.
    public func unknownName(in lines: [ScriptLine]) -> (line: Int, message: String)? {
        for line in lines {
            if let problem = unknownName(in: line.statement) { return (line.number, problem) }
        }
        return nil
    }

    private func unknownName(in statement: Statement) -> String? {
        ScriptNames.unknownAgent(in: statement, engine: engine).map {
            "no agent named \"\(ScriptText.short($0))\"; agents: \(engine.agentUsernames.joined(separator: ", "))"
        }
    }
}

extension Expectation {
    /// Every agent the expectation names, listeners on both sides of `hears` included.
    var agentNames: [String] {
        switch self {
        case .banner(let a, _), .noContact(let a), .status(let a, _), .nextStatus(let a, _), .party(let a, _, _),
             .control(let a, _, _, _):
            return a.map { [$0] } ?? []
        case .heard(let l, _, _, _, _): return l.agentName.map { [$0] } ?? []
        case .hears(let a, let b, _): return [a.agentName, b.agentName].compactMap { $0 }
        default: return []
        }
    }
}

extension Expectation.Listener {
    var agentName: String? {
        if case .agent(let a) = self { return a }
        return nil
    }
}
