import Script
import Telephony

/// Plays a demo script against an engine on the engine's virtual time, at a pace an audience can
/// follow: a state machine fed by `advance(to:)` (the clock) and the presenter's keys (`next`,
/// `toggleMode`, `presenterActed`). It never sleeps and knows no terminal, so tests drive it on
/// virtual time exactly as the terminal loop does.
///
/// What runs when: a caption shows when its step plays (the first line after it, a `pause` between
/// them aside), so the audience reads it beside what it tells; it stays up at least `captionHold`
/// before the next caption's step, and a caption with no line of its own (the next thing is
/// another caption, or the end) shows by itself for that long. An agent or world command is
/// followed by a `beat`. The `expect`, `as`, `mark` and already-holding `wait until`
/// lines after a command run with it, captions between them or not, so a check sees the state the
/// command left, as in `termccp script`; elsewhere they run when reached, taking no time. `wait 5s`
/// lets 5 s of virtual time pass; `wait until` lets time pass until its expectation holds or its
/// limit is reached. `pause` waits for the presenter.
///
/// Step mode: each press of the next-step key runs one step, with its caption, and then waits for
/// the key again; the status row names what the key does next (a caption with no line of its own,
/// else `nextLines`). A step is one line with the
/// `expect`, `expect refused`, `as` and `mark` lines right after it (captions between or not),
/// which see the state it left. A `wait` passes at once (virtual time jumps to its end) and a
/// `wait until` runs at once until it holds or its limit: the presenter sets the pace, and the
/// engine's clock still runs between two presses. A `pause` is a step that does nothing, every step
/// waiting for the key already. A failed line is kept and shown, and the script goes on.
public final class DemoPlayer {
    public enum Mode: Sendable, Equatable {
        /// Steps follow each other after their beat.
        case continuous
        /// Each step waits for the presenter's next-step key: one line with the lines that run with
        /// it (and its caption), or a caption with no line of its own.
        case step
    }

    /// What the player waits for before its next step.
    public enum Hold: Sendable, Equatable {
        /// The readable pace: the next step runs at this virtual time (ms).
        case beat(until: Millis)
        /// A `wait` line: until this virtual time (ms).
        case clock(until: Millis, line: ScriptLine)
        /// A `wait until` line: until the expectation holds, or fails at `deadline` (virtual ms).
        case condition(Expectation, deadline: Millis, line: ScriptLine)
        /// A `pause` line: the presenter's next-step key.
        case pauseLine(ScriptLine)
        /// Step mode: the presenter's next-step key.
        case nextStep
        /// The presenter acted on a panel: the script waits until they let it continue.
        case presenter
        /// Every step has run.
        case finished
    }

    /// A line that failed: an expectation that did not hold, a refused command, a `wait until` that
    /// ran out, a refusal that was expected but did not come.
    public struct Failure: Sendable, Equatable {
        public var line: Int
        public var text: String
        public var message: String
        /// Virtual time (ms) it failed at.
        public var at: Millis
    }

    /// An agent verb the script carried out, for the agent's transcript ("You joined everyone").
    public struct Move: Sendable, Equatable {
        public var agent: String
        public var command: AgentCommand
        /// Virtual time (ms).
        public var at: Millis
        /// How many lines stamped `at` the agent had heard before the move, so its transcript line
        /// goes after them and before what the move brought (ActionLog).
        public var heardAtInstant: Int
        /// The mover was a supervisor monitoring or barged in, whom the engine tells its own moves (ActionLog).
        public var supervising: Bool
    }

    /// The pause after a command before the next step (virtual ms).
    public static let beat: Millis = 1500
    /// A failure stays on the status row this long (virtual ms), unless another replaces it.
    public static let failureShownFor: Millis = 8000

    /// How long a caption stays up before the next one (virtual ms): two seconds and a quarter
    /// second a word, at most eight seconds, so a long caption can be read to its end.
    public static func captionHold(_ text: String) -> Millis {
        let words = text.split(separator: " ").count
        return min(8000, 2000 + 250 * Millis(words))
    }

    public let script: DemoScript
    private let runner: ScriptRunner
    public private(set) var mode: Mode
    public private(set) var hold: Hold
    /// The caption on screen: the latest one whose step has played.
    public private(set) var caption: String?
    /// A caption reached whose step (the next line) has not played yet.
    private var pendingCaption: String?
    /// Continuous play: the virtual time (ms) the caption on screen has been up long enough to read.
    private var readUntil: Millis = 0
    /// The latest line that made the player wait (a command, a `wait`, a `pause`).
    public private(set) var current: ScriptLine?
    /// Expectations that held (`expect` lines, and `expect refused` after a refusal).
    public private(set) var passed = 0
    /// No line that acts or waits has run since the latest failure: while the player waits for the
    /// presenter, that failure is still what the audience should read (DemoProgress.recentFailure).
    public private(set) var failureIsLatest = false
    public private(set) var failures: [Failure] = []
    /// The agent verbs carried out so far, oldest first.
    public private(set) var moves: [Move] = []
    /// The username the script last acted as: an `as NAME` line, or an agent verb (`NAME:` or the
    /// current agent's); nil until it does. The CCP focuses that agent's panel.
    public private(set) var actingAs: String?
    /// The index in `script.steps` of the step to run next.
    public private(set) var index = 0
    /// Lines already run with the command before them (`checkAfter`).
    private var consumed: Set<Int> = []

    /// `agent` is the one verbs act as until an `as` line (default: the scenario's first agent).
    /// The first step runs at the first `advance`; in step mode the first line waits for the
    /// next-step key.
    public init(script: DemoScript, engine: Engine, agent: String? = nil, mode: Mode = .continuous) {
        self.script = script
        runner = ScriptRunner(engine: engine, agent: agent, story: script.lines)
        self.mode = mode
        hold = .beat(until: engine.now)
        if mode == .step { waitForKey() }
    }

    public var engine: Engine { runner.engine }
    public var finished: Bool { hold == .finished }

    /// The virtual time (ms) the player next has something to do by itself; nil when it waits for
    /// the presenter or for a condition (which the engine's own timers wake).
    public var nextDue: Millis? {
        switch hold {
        case .beat(let until), .clock(let until, _): return until
        case .condition(_, let deadline, _): return deadline
        case .pauseLine, .nextStep, .presenter, .finished: return nil
        }
    }

    /// Runs virtual time to `time` (ms), with every step that falls due on the way run at its own
    /// moment: a step due at 1.2 s runs with the engine at 1.2 s, whatever the loop's frame rate.
    public func advance(to time: Millis) {
        while true {
            switch hold {
            case .beat(let until):
                guard until <= time else { engine.advance(to: time); return }
                engine.advance(to: until)
                proceed()
            case .clock(let until, let line):
                guard until <= time else { engine.advance(to: time); return }
                engine.advance(to: until)
                waitEnded(line)
            case .condition(let expectation, let deadline, let line):
                guard runCondition(expectation, deadline: deadline, line: line, until: time) else { return }
                waitEnded(line)
            case .pauseLine, .nextStep, .presenter, .finished:
                engine.advance(to: time)
                return
            }
        }
    }

    /// The next-step key: runs the next step now (in step mode that one step, then waits for the
    /// key again). During a `wait` virtual time jumps to its end; during a `wait until`, time runs
    /// until it holds or its limit, as `termccp script` runs it; that ends the step.
    public func next() {
        // The presenter has read enough: the next caption need not wait for this one.
        readUntil = min(readUntil, engine.now)
        switch hold {
        case .beat, .nextStep, .pauseLine, .presenter:
            proceed()
        case .clock(let until, let line):
            engine.advance(to: until)
            waitEnded(line)
        case .condition(let expectation, let deadline, let line):
            _ = runCondition(expectation, deadline: deadline, line: line, until: deadline)
            waitEnded(line)
        case .finished:
            break
        }
    }

    /// Step mode on or off. Turned on, a beat being waited out becomes a wait for the key; turned
    /// off, a step waiting for the key runs at once. Waits the script asked for keep waiting.
    public func toggleMode() {
        mode = mode == .continuous ? .step : .continuous
        switch (mode, hold) {
        case (.step, .beat): waitForKey()
        case (.continuous, .nextStep): hold = .beat(until: engine.now)
        default: break
        }
    }

    /// The presenter moved something on a panel: the script holds so it does not act under their
    /// hands, and goes on from its next step when they press the next-step key.
    public func presenterActed() {
        guard hold != .finished else { return }
        hold = .presenter
    }

    /// In step mode, whether the next-step key shows a caption with no line of its own instead of
    /// running `nextLine`.
    var captionNext: Bool {
        guard let i = script.steps.indices.dropFirst(index).first(where: { !consumed.contains($0) }) else { return false }
        return standsAlone(i)
    }

    /// Whether the caption at `i` has no line of its own: the next line that is not yet run and not
    /// a `pause` comes after another caption, or there is none. Such a caption shows by itself.
    private func standsAlone(_ i: Int) -> Bool {
        guard case .caption = script.steps[i] else { return false }
        for j in script.steps.indices.dropFirst(i + 1) where !consumed.contains(j) {
            switch script.steps[j] {
            case .caption: return true
            case .line(let line):
                if case .pause = line.statement { continue }
                if runsWithPrevious(j) { continue }
                return false
            }
        }
        return true
    }

    /// Whether the line at `i` is a check that runs with the step before it: an `expect`, `expect
    /// refused`, `as` or `mark` line after a line of another kind, with only captions and such checks
    /// between. It sees the state that step left and is no step of its own, so a caption before it
    /// belongs to the step after it (issue 12 review point 7: after a `wait`, the caption between it
    /// and its `expect` showed with the check, and held it back for the previous caption's reading time).
    private func runsWithPrevious(_ i: Int) -> Bool {
        guard case .line(let line) = script.steps[i], Self.isCheck(line) else { return false }
        for j in script.steps.indices[..<i].reversed() {
            guard case .line(let before) = script.steps[j] else { continue }
            if !Self.isCheck(before) { return true }
        }
        return false
    }

    private static func isCheck(_ line: ScriptLine) -> Bool {
        switch line.statement {
        case .expect, .expectRefused, .actAs, .mark: return true
        default: return false
        }
    }

    /// Puts a caption up, with its reading time from now.
    private func show(_ text: String) {
        caption = text
        readUntil = later(Self.captionHold(text))
    }

    /// Continuous play: the caption on screen is still being read (a new one would replace it).
    private var stillReading: Bool { mode == .continuous && engine.now < readUntil }

    /// The index in `script.steps` of the line the next step runs, skipping captions and lines already done.
    private var nextLineIndex: Int? {
        script.steps.indices.dropFirst(index).first { i in
            guard !consumed.contains(i), case .line = script.steps[i] else { return false }
            return true
        }
    }

    /// The line the next step runs, skipping captions and lines already done.
    var nextLine: ScriptLine? {
        nextLineIndex.flatMap { if case .line(let line) = script.steps[$0] { return line } else { return nil } }
    }

    /// In step mode, the lines the next-step key runs (after any caption): `nextLine` and the lines
    /// that run with it; empty at the end.
    var nextLines: [ScriptLine] {
        guard let i = nextLineIndex else { return [] }
        return ([i] + linesRunWith(i)).compactMap { if case .line(let line) = script.steps[$0] { return line } else { return nil } }
    }

    /// Runs steps from `index` until one makes the player wait; in step mode, one step. A caption
    /// waits for its line and shows when it plays; one with no line of its own shows by itself
    /// (step mode: on its own key). In continuous play a new caption, and the end, wait until the
    /// one on screen has been up its reading time.
    private func proceed() {
        while index < script.steps.count {
            let i = index
            switch script.steps[i] {
            case .caption(let text, _):
                guard standsAlone(i) else {
                    pendingCaption = text
                    index += 1
                    continue
                }
                if stillReading { hold = .beat(until: readUntil); return }
                index += 1
                pendingCaption = nil
                show(text)
                hold = mode == .step ? .nextStep : .beat(until: readUntil)
                return
            case .line(let line):
                if consumed.contains(i) { index += 1; continue }
                if case .pause = line.statement {} else if !Self.isCheck(line) { failureIsLatest = false }
                if case .pause = line.statement {} else if !runsWithPrevious(i), let text = pendingCaption {
                    if stillReading { hold = .beat(until: readUntil); return }
                    pendingCaption = nil
                    show(text)
                }
                index += 1
                if mode == .step {
                    runStep(line, at: i)
                    return
                }
                if run(line, at: i) { return }
            }
        }
        hold = stillReading ? .beat(until: readUntil) : .finished
    }

    /// A `wait` or `wait until` is over: play goes on, or in step mode the lines that run with it
    /// run and the key is awaited (step mode turned on during the wait).
    private func waitEnded(_ line: ScriptLine) {
        guard mode == .step else { proceed(); return }
        // The wait is the step just run: nothing moves `index` while a wait holds.
        checkAfter(line, at: index - 1, refusal: nil, holdingWaits: false)
        waitForKey()
    }

    /// Step mode: one line, its wait over at once, then the lines that run with it (`linesRunWith`);
    /// then the key is awaited.
    private func runStep(_ line: ScriptLine, at i: Int) {
        current = line
        var refusal: String?
        switch line.statement {
        case .pause:
            break
        case .wait(let duration):
            engine.advance(to: later(duration))
        case .waitUntil(let expectation, let limit):
            let deadline = later(limit)
            _ = runCondition(expectation, deadline: deadline, line: line, until: deadline)
        case .expect, .actAs, .mark:
            runAtOnce(line)
        case .expectRefused:
            fail(line, "expected the previous command to be refused, but it was carried out")
        case .agent, .world:
            refusal = command(line)
        }
        checkAfter(line, at: i, refusal: refusal, holdingWaits: false)
        waitForKey()
    }

    /// Runs one line; true when it makes the player wait.
    private func run(_ line: ScriptLine, at i: Int) -> Bool {
        switch line.statement {
        case .pause:
            current = line
            hold = .pauseLine(line)
            return true
        case .wait(let duration):
            current = line
            hold = .clock(until: later(duration), line: line)
            return true
        case .waitUntil(let expectation, let limit):
            if holds(expectation) { return false }
            current = line
            hold = .condition(expectation, deadline: later(limit), line: line)
            return true
        case .expect, .actAs, .mark:
            runAtOnce(line)
            return false
        case .expectRefused:
            fail(line, "expected the previous command to be refused, but it was carried out")
            return false
        case .agent, .world:
            current = line
            checkAfter(line, at: i, refusal: command(line), holdingWaits: true)
            hold = .beat(until: later(Self.beat))
            return true
        }
    }

    /// Carries out an agent or world command; the reason when it was refused.
    private func command(_ line: ScriptLine) -> String? {
        var mover: (agent: String, command: AgentCommand, heard: Int, supervising: Bool)?
        if case .agent(let name, let command) = line.statement,
           let agent = (name ?? runner.currentAgent).flatMap(engine.resolveAgent) {
            mover = (agent, command, ActionLog.heardAtInstant(engine.transcript(of: .agent(agent)), now: engine.now),
                     engine.supervisorView(of: agent)?.mode != nil)
        }
        switch runner.execute(line) {
        case .done:
            if let mover {
                moves.append(Move(agent: mover.agent, command: mover.command, at: engine.now, heardAtInstant: mover.heard,
                                  supervising: mover.supervising))
                actingAs = mover.agent
            }
        case .failed(let message): fail(line, message)
        case .refused(let reason): return reason
        }
        return nil
    }

    /// The indices of the lines that run with the line at `i` in step mode: the `expect`, `expect
    /// refused`, `as` and `mark` lines right after it, captions between or not.
    private func linesRunWith(_ i: Int) -> [Int] {
        var run: [Int] = []
        for j in script.steps.indices.dropFirst(i + 1) {
            guard case .line(let line) = script.steps[j] else { continue }
            switch line.statement {
            case .expect, .expectRefused, .actAs, .mark: run.append(j)
            default: return run
            }
        }
        return run
    }

    /// An `expect`, `as` or `mark` line, which takes no time.
    private func runAtOnce(_ line: ScriptLine) {
        let result = runner.execute(line.statement)
        if case .failed(let message) = result { fail(line, message); return }
        if case .actAs(let name) = line.statement, let agent = engine.resolveAgent(name) { actingAs = agent }
        if case .expect = line.statement { passed += 1 }
    }

    /// The lines that check what a line did run with it, at the virtual time it left, as in
    /// `termccp script`: the `expect`, `as`, `mark` lines after it and, with `holdingWaits`, the
    /// already-holding `wait until` lines, up to the next line that takes time. Captions among them
    /// keep their turn. A refusal passes when the next line expects it (with that text in the
    /// reason) and fails the command otherwise.
    private func checkAfter(_ command: ScriptLine, at i: Int, refusal: String?, holdingWaits: Bool) {
        var refusal = refusal
        func refusalNotExpected() {
            if let reason = refusal { fail(command, "refused: \(reason)") }
            refusal = nil
        }
        scan: for j in script.steps.indices.dropFirst(i + 1) {
            guard case .line(let line) = script.steps[j] else { continue }
            switch line.statement {
            case .expectRefused(let text):
                if let reason = refusal {
                    if let text, !reason.lowercased().contains(text.lowercased()) {
                        fail(line, "expected the refusal to say \"\(text)\", it said \"\(reason)\"")
                    } else {
                        passed += 1
                    }
                } else {
                    fail(line, "expected the previous command to be refused, but it was carried out")
                }
                refusal = nil
            case .expect, .actAs, .mark:
                refusalNotExpected()
                runAtOnce(line)
            case .waitUntil(let expectation, _) where holdingWaits && holds(expectation):
                refusalNotExpected()
            default:
                break scan
            }
            consumed.insert(j)
        }
        refusalNotExpected()
    }

    /// Lets time run towards `until` (virtual ms) event by event while the expectation does not
    /// hold; true once the wait is over (it held, or its deadline passed and the line failed).
    private func runCondition(_ expectation: Expectation, deadline: Millis, line: ScriptLine, until: Millis) -> Bool {
        while true {
            if holds(expectation) { return true }
            if engine.now >= deadline {
                let limit: Millis
                if case .waitUntil(_, let l) = line.statement { limit = l } else { limit = 0 }
                fail(line, "waited \(TimeText.clock(limit)) and still \(message(expectation))")
                return true
            }
            if engine.now >= until { return false }
            engine.advance(to: min(engine.nextEventTime ?? until, deadline, until))
        }
    }

    private func holds(_ expectation: Expectation) -> Bool {
        if case .done = runner.execute(.waitUntil(expectation, limit: 0)) { return true }
        return false
    }

    private func message(_ expectation: Expectation) -> String {
        if case .failed(let message) = runner.execute(.expect(expectation)) { return message }
        return "it holds now"
    }

    /// Step mode waits for the key; the status row says what it will do. The next caption waits for
    /// its step (issue 12 review: a caption shown before its step told what had not happened).
    private func waitForKey() {
        while consumed.contains(index) { index += 1 }
        hold = index < script.steps.count ? .nextStep : .finished
    }

    /// `now + delay` (ms), held at the end of time instead of overflowing.
    private func later(_ delay: Millis) -> Millis {
        let (sum, overflow) = engine.now.addingReportingOverflow(max(0, delay))
        return overflow ? Millis.max : sum
    }

    private func fail(_ line: ScriptLine, _ message: String) {
        failures.append(Failure(line: line.number, text: line.text, message: message, at: engine.now))
        failureIsLatest = true
    }
}
