import Script
import Telephony

/// A lesson being played against an engine: the simulated world's steps, the goals checked live in
/// order, hints, forbidden events and the time limit. Time and commands reach the engine through
/// here, so every state the engine passes through is checked (between timers, not only per frame).
/// Nothing here changes how the engine behaves.
public final class LessonRun {
    public enum Phase: String, Sendable, Equatable, Codable {
        case running
        /// Every goal is met.
        case passed
        /// The time limit ran out first.
        case timedOut = "timed_out"
        /// The trainee stopped before the end.
        case stopped
        /// The trainee quit before the lesson began (from its story, or from the too-small screen
        /// that stood for it): nothing was attempted, so there is no score, not a score of 0.
        case notStarted = "not_started"
    }

    public struct GoalState: Sendable, Equatable {
        /// Virtual ms since the lesson started when it was met.
        public var metAt: Millis?
        /// Since when it has been the current goal (lesson ms).
        public var currentSince: Millis?
        /// When its hint was shown (lesson ms), by itself or on the hint key.
        public var hintShownAt: Millis?
    }

    /// A forbidden event that happened: which rule, when.
    public struct Occurrence: Sendable, Equatable {
        /// The rule's index in `Lesson.forbidden` (0-based).
        public var forbidden: Int
        /// Lesson ms.
        public var at: Millis
        public var title: String
    }

    public let lesson: Lesson
    public let engine: Engine
    /// The trainee's agent (a username).
    public let agent: String
    /// The supervisor shown beside the trainee (`Lesson.supervisor`, resolved), if any.
    public internal(set) var supervisor: String?
    public private(set) var phase: Phase = .running
    /// The trainee closed the story and the lesson is under way (`begin`).
    public private(set) var begun = false
    public private(set) var goals: [GoalState]
    public private(set) var occurrences: [Occurrence] = []
    public private(set) var offers: [Offer] = []
    /// Each refused move of the trainee's, in order: what was tried and why it was refused, and when, so the
    /// summary and the report can say which moves cost the conduct points, not only how many.
    public private(set) var refusals: [RefusedMove] = []
    public var refusedMoves: Int { refusals.count }
    /// Engine time when the lesson started.
    public let startedAt: Millis
    /// Lesson ms when it ended.
    public private(set) var endedAt: Millis?

    private let runner: ScriptRunner
    private var stepsDone: [Bool]
    private var forbiddenHolding: [Bool]
    /// Goals (by index) whose asked-for miss has happened: each asks for one.
    private var missesAsked: Set<Int> = []
    private var pendingEvents: [EngineEvent] = []
    /// The result, kept when the lesson ends: what happens in the world afterwards is not scored.
    private var final: (measures: Measures, score: Score)?

    /// `agent` names the trainee's agent; it must be one of the engine's (LessonSetup resolves it).
    public init(lesson: Lesson, engine: Engine, agent: String) {
        self.lesson = lesson
        self.engine = engine
        self.agent = agent
        runner = ScriptRunner(engine: engine, agent: agent)
        startedAt = engine.now
        goals = lesson.goals.map { _ in GoalState() }
        stepsDone = lesson.world.map { _ in false }
        forbiddenHolding = lesson.forbidden.map { _ in false }
        let previous = engine.onEvent
        engine.onEvent = { [unowned self] event in
            previous?(event)
            self.observe(event)
        }
        if !goals.isEmpty { goals[0].currentSince = 0 }
        check()
    }

    /// Lesson time: virtual ms since the start.
    public var elapsed: Millis { (endedAt ?? (engine.now - startedAt)) }
    public var currentGoal: Int? { goals.firstIndex { $0.metAt == nil } }
    public var goalsMet: Int { goals.count { $0.metAt != nil } }
    /// Lesson ms left before the time limit; nil without one.
    public var timeLeft: Millis? { lesson.timeLimit.map { max(0, $0 - elapsed) } }

    /// Runs the engine's timers up to `time` one at a time, checking after each, so a state that
    /// lasts less than a frame still meets a goal; stops at the time limit, and at each instant the
    /// lesson itself has set (a world step's `at:`, a goal's `hintAfter:`), so that they happen when
    /// they are due however far one call advances and whichever timers the engine happens to hold.
    public func advance(to time: Millis) {
        while phase == .running {
            var next = time
            if let t = engine.nextEventTime, t < next { next = t }
            if let t = nextLessonInstant(), t < next { next = t }
            if let limit = lesson.timeLimit.map({ startedAt + $0 }), limit < next { next = limit }
            engine.advance(to: max(next, engine.now))
            check()
            if next >= time { break }
        }
        if engine.now < time { engine.advance(to: time) }
    }

    /// The engine time of the earliest instant the lesson has set that is still to come: an `at:`
    /// world step not yet done, or the current goal's `hintAfter:`; nil when there is none.
    private func nextLessonInstant() -> Millis? {
        var earliest: Millis?
        for (i, step) in lesson.world.enumerated() where !stepsDone[i] {
            if case .at(let t) = step.trigger { earliest = min(earliest ?? t, t) }
        }
        if let i = currentGoal, goals[i].hintShownAt == nil, let after = lesson.goals[i].hintAfter,
           let since = goals[i].currentSince {
            earliest = min(earliest ?? (since + after), since + after)
        }
        return earliest.map { startedAt + $0 }
    }

    /// Carries out a trainee's command; a refusal counts as a refused move.
    @discardableResult
    public func perform(_ command: AgentCommand, as username: String) -> Refusal? {
        let refusal = engine.perform(command, as: username)
        if let refusal, username == agent { noteRefusal(refusal.reason) }
        check()
        return refusal
    }

    public func perform(_ command: WorldCommand) -> Refusal? {
        let refusal = engine.perform(command)
        check()
        return refusal
    }

    /// A refused move of the trainee's that did not come through `perform`: a dimmed button pressed, or a
    /// command on the `:` line the engine refused.
    /// `what`: the move and the reason it was refused, as the CCP said it ("Join: Join needs a third party").
    public func noteRefusal(_ what: String) {
        guard phase == .running else { return }
        refusals.append(RefusedMove(at: elapsed, what: what))
    }

    /// A refused move: lesson ms, and what the CCP said of it.
    public struct RefusedMove: Sendable, Equatable {
        public var at: Millis
        public var what: String
    }

    /// The trainee has no contact and no call is on its way: no caller in a flow or a queue and no timed
    /// step of the world still to run. A hint written for a ringing call ("Wait: the accept window…")
    /// is stale then, since the caller it speaks of is gone (answered, ended, cleared).
    public var noCallComing: Bool {
        guard phase == .running, engine.view(of: agent)?.contact == nil else { return false }
        let timedStepLeft = lesson.world.indices.contains { i in
            if case .at = lesson.world[i].trigger { return !stepsDone[i] }
            return false
        }
        return !timedStepLeft && !engine.liveContacts().contains { $0.agent == nil }
    }

    /// The hint key: shows the current goal's hint now.
    public func showHint() {
        guard let i = currentGoal, goals[i].hintShownAt == nil, lesson.goals[i].hint != nil else { return }
        goals[i].hintShownAt = elapsed
    }

    /// The current goal's hint when it is shown.
    public var shownHint: String? {
        guard let i = currentGoal, goals[i].hintShownAt != nil else { return nil }
        return lesson.goals[i].hint
    }

    /// The trainee closed the story: from now on quitting is stopping the lesson, not leaving it unstarted.
    public func begin() {
        begun = true
    }

    /// The trainee quits: the lesson ends where it is (`notStarted` before `begin`).
    public func stop() {
        guard phase == .running else { return }
        finish(begun ? .stopped : .notStarted)
    }

    /// Whether the lesson has a result to score: every end but quitting before the start.
    public var scored: Bool { phase != .notStarted }

    /// Checks the world's steps, the goals, the forbidden events and the time limit now.
    public func check() {
        guard phase == .running else { return }
        let now = engine.now - startedAt
        for (i, step) in lesson.world.enumerated() where !stepsDone[i] {
            let due: Bool
            switch step.trigger {
            case .at(let t): due = now >= t
            case .when(let e, _): due = runner.holds(e)
            }
            guard due else { continue }
            stepsDone[i] = true
            for line in step.lines { _ = runner.execute(line.statement) }
        }
        while let i = currentGoal, lesson.goals[i].checks.allSatisfy(runner.holds) {
            goals[i].metAt = now
            if i + 1 < goals.count { goals[i + 1].currentSince = now }
        }
        // After the goals: a goal met at this instant closes an `until` window and opens a `from` one.
        let events = pendingEvents
        pendingEvents = []
        for event in events { countForbidden(event, at: now) }
        checkForbiddenStates(at: now)
        if let i = currentGoal, goals[i].hintShownAt == nil, let after = lesson.goals[i].hintAfter,
           let since = goals[i].currentSince, now - since >= after {
            goals[i].hintShownAt = now
        }
        if currentGoal == nil {
            finish(.passed)
        } else if let limit = lesson.timeLimit, now >= limit {
            finish(.timedOut)
        }
    }

    private func finish(_ phase: Phase) {
        final = (measures, score)
        self.phase = phase
        endedAt = engine.now - startedAt
    }

    private func windowOpen(_ f: Lesson.Forbidden) -> Bool {
        func met(_ id: String) -> Bool {
            lesson.goals.firstIndex { $0.id == id }.map { goals[$0].metAt != nil } ?? false
        }
        if let from = f.from, !met(from) { return false }
        if let until = f.until, met(until) { return false }
        return true
    }

    private func checkForbiddenStates(at now: Millis) {
        for (i, f) in lesson.forbidden.enumerated() {
            guard case .check(let e, _) = f.condition else { continue }
            let holds = windowOpen(f) && runner.holds(e)
            if holds, !forbiddenHolding[i] { occurrences.append(Occurrence(forbidden: i, at: now, title: f.title)) }
            forbiddenHolding[i] = holds
        }
    }

    private func countForbidden(_ event: EngineEvent, at now: Millis) {
        for (i, f) in lesson.forbidden.enumerated() {
            guard case .event(let name) = f.condition, name == event.kind.name, windowOpen(f) else { continue }
            if let who = event.fields["agent"], who != agent { continue }
            occurrences.append(Occurrence(forbidden: i, at: event.at - startedAt, title: f.title))
        }
    }

    private func observe(_ event: EngineEvent) {
        guard phase == .running else { return }
        pendingEvents.append(event)
        switch event.kind {
        case .offered(let contact, let who) where who.username == agent:
            offers.append(Offer(contact: contact.description, offeredAt: event.at))
        case .accepted(let contact, let who) where who.username == agent:
            if let i = openOffer(contact.description) { offers[i].acceptedAt = event.at }
        case .missed(let contact, let who, _) where who.username == agent:
            if let o = openOffer(contact.description) {
                offers[o].missed = true
                if let i = currentGoal, lesson.goals[i].asksForMiss, missesAsked.insert(i).inserted { offers[o].askedFor = true }
            }
            // The call the current goal's hint spoke of is gone: the hint starts over from its delay.
            if let i = currentGoal {
                goals[i].hintShownAt = nil
                goals[i].currentSince = event.at - startedAt
            }
        default: break
        }
    }

    private func openOffer(_ contact: String) -> Int? {
        offers.lastIndex { $0.contact == contact && $0.acceptedAt == nil && !$0.missed }
    }

    /// The measures and the score so far (at the end: the lesson's result).
    public var measures: Measures {
        if let final { return final.measures }
        return Measures.of(agent: agent, records: ScoredRecord.of(engine.allRecords), offers: offers, refusedMoves: refusedMoves,
                    forbiddenEvents: occurrences.count)
    }

    public var score: Score {
        if let final { return final.score }
        return Score.of(goalsMet: goalsMet, goalCount: goals.count, measures: measures, targets: lesson.targets)
    }
}

