/// A timer whose turn is taken now and which is set only if it turns out to be needed (issue 9: most accept windows
/// were set only to be cancelled when the bot answered first, most whisper limits when the whisper ended).
///
/// Timers fire in (time, order set) order, and a reservation takes its place in that order when it is made: set
/// later, it fires exactly when, and in the same order among timers due at the same instant, as it would have had it
/// been set at once. Its owner must set it before the engine's clock reaches its time.
struct ReservedTimer {
    /// When it fires once set, in virtual ms.
    let at: Millis
    fileprivate let seq: Int
}

/// A timer that is set, or only reserved.
enum PendingTimer {
    case set(TimerQueue.Handle)
    case reserved(ReservedTimer)
}

extension Engine {
    /// Takes the turn of a timer due `delay` ms from now, as `schedule(after:)` would, without setting it.
    func reserveTimer(after delay: Millis) -> ReservedTimer {
        nextTimerSeq += 1
        return ReservedTimer(at: max(Clock.adding(delay, to: now), now), seq: nextTimerSeq)
    }

    /// Sets a reserved timer in the turn it took.
    @discardableResult
    func schedule(_ reserved: ReservedTimer, _ event: consuming TimerEvent) -> TimerQueue.Handle {
        assert(reserved.at >= now, "a reserved timer set after its time")
        return timers.insert(at: reserved.at, seq: reserved.seq, event)
    }

    /// The timer will not fire; a reservation is simply dropped.
    func cancel(_ pending: PendingTimer) {
        if case .set(let handle) = pending { timers.cancel(handle) }
    }
}
