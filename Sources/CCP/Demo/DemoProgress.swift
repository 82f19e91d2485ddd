import Script
import Telephony

/// What the caption bar shows of a demo, read from the player once per frame.
public struct DemoProgress: Equatable, Sendable {
    public var caption: String?
    public var hold: DemoPlayer.Hold
    public var mode: DemoPlayer.Mode
    /// The latest line that made the player wait.
    public var current: ScriptLine?
    /// The line the next-step key runs next (after any caption); nil at the end.
    public var next: ScriptLine?
    /// Step mode: the lines that run with `next` on the same key (the checks right after it).
    public var nextWith: [ScriptLine]
    /// Step mode: the next-step key shows another caption before it runs `next`.
    public var captionNext: Bool
    public var passed: Int
    public var failures: [DemoPlayer.Failure]
    /// Virtual time (ms).
    public var now: Millis
    /// No line has acted or waited since the latest failure (DemoPlayer.failureIsLatest).
    public var failureIsLatest = false

    /// The latest failure while it is recent enough to show (DemoPlayer.failureShownFor), or, while the
    /// player waits for the presenter (a `pause`, step mode, a takeover), as long as nothing has run since:
    /// virtual time runs on while the presenter talks, and at ×4 a failure just before a `pause` was gone
    /// in two seconds with the status row saying only "Paused".
    public var recentFailure: DemoPlayer.Failure? {
        guard let last = failures.last else { return nil }
        if now - last.at < DemoPlayer.failureShownFor { return last }
        switch hold {
        case .pauseLine, .nextStep, .presenter: return failureIsLatest ? last : nil
        case .beat, .clock, .condition, .finished: return nil
        }
    }

    /// The result in one line: `12 expectations passed, 1 failed line (14)`.
    public var summary: String {
        let lines = failures.map { String($0.line) }
        let failed = failures.isEmpty ? "no line failed"
            : "\(failures.count) failed line\(failures.count == 1 ? "" : "s") (\(lines.joined(separator: ", ")))"
        return "\(passed) expectation\(passed == 1 ? "" : "s") passed, \(failed)"
    }
}

extension DemoPlayer {
    public var progress: DemoProgress {
        DemoProgress(caption: caption, hold: hold, mode: mode, current: current, next: nextLine,
                     nextWith: Array(nextLines.dropFirst()), captionNext: captionNext, passed: passed,
                     failures: failures, now: engine.now, failureIsLatest: failureIsLatest)
    }
}
