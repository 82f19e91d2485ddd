import Telephony

/// What the CCP shows of a lesson, read from the run once per frame: the current goal, its hint,
/// the time left, the last forbidden event, and at the end the result.
public struct LessonProgress: Sendable, Equatable {
    public var title: String
    public var story: String
    public var phase: LessonRun.Phase
    /// 0-based; nil once every goal is met.
    public var currentGoal: Int?
    public var goalTitles: [String]
    /// Lesson ms each goal was met at.
    public var metAt: [Millis?]
    /// The current goal's hint once shown (after its delay or on the hint key).
    public var hint: String?
    /// Whether the current goal has a hint still to show.
    public var hintAvailable: Bool
    /// Lesson ms left before the time limit; nil without one.
    public var timeLeft: Millis?
    /// Lesson ms since the start.
    public var elapsed: Millis
    /// Every forbidden event so far, in the order they happened: which rule (its title and number), when.
    public var forbidden: [LessonRun.Occurrence]
    public var measures: Measures
    public var score: Score
    /// The trainee's CCP shows a missed contact: the current goal's hint may speak of a call that is gone.
    public var missed = false
    /// No contact for the trainee and no call on its way (`LessonRun.noCallComing`).
    public var noCallComing = false
    /// Every refused move so far, in order (what was tried, why it was refused, when).
    public var refused: [LessonRun.RefusedMove] = []

    public static func == (a: LessonProgress, b: LessonProgress) -> Bool {
        a.title == b.title && a.story == b.story && a.phase == b.phase && a.currentGoal == b.currentGoal && a.goalTitles == b.goalTitles
            && a.metAt == b.metAt && a.hint == b.hint && a.hintAvailable == b.hintAvailable && a.timeLeft == b.timeLeft
            && a.elapsed == b.elapsed && a.forbidden == b.forbidden && a.refused == b.refused
            && a.measures == b.measures && a.score == b.score && a.missed == b.missed && a.noCallComing == b.noCallComing
    }

    /// The latest forbidden event.
    public var lastForbidden: LessonRun.Occurrence? { forbidden.last }
}

extension LessonRun {
    public var progress: LessonProgress {
        let current = currentGoal
        return LessonProgress(
            title: lesson.title, story: lesson.story, phase: phase, currentGoal: current, goalTitles: lesson.goals.map(\.title),
            metAt: goals.map(\.metAt), hint: shownHint,
            hintAvailable: current.map { lesson.goals[$0].hint != nil && goals[$0].hintShownAt == nil } ?? false,
            timeLeft: timeLeft, elapsed: elapsed, forbidden: occurrences, measures: measures, score: score,
            missed: phase == .running && engine.view(of: agent)?.contact?.banner == .missed, noCallComing: noCallComing,
            refused: refusals)
    }
}
