/// Everything the engine schedules. Each handler checks that the world still matches (the leg
/// still rings, the run still waits on the same step), so a timer left set does no harm; the
/// timers that mostly outlive what they guard (whisper limits, flow wake-ups, accept windows) are
/// cancelled as well, to keep the queue small (issue 9).
enum TimerEvent: Sendable, Equatable {
    case flowWakes(RunID, token: Int)
    /// The timers about an agent name it by its index in `Engine.agents`, so that firing one hashes no username.
    case offerExpires(ContactID, agent: Int, offeredAt: Millis)
    case botAnswers(agent: Int, contact: ContactID, accept: Bool)
    case botGreets(agent: Int, contact: ContactID)
    case botHangsUp(agent: Int, contact: ContactID)
    case botClears(agent: Int, contact: ContactID)
    case acwTimesOut(agent: Int, contact: ContactID)
    case legAnswers(CallID, LegID)
    case legFails(CallID, LegID, busy: Bool)
    case legHangsUp(CallID, LegID)
    case legTimeLimit(CallID, LegID)
    case legSendsDigits(CallID, LegID, String)
    case legSays(CallID, LegID, text: String, thenHangUp: Bool)
    case customerAnswers(CallID)
    /// The number an agent dialled speaks (its greeting, its IVR's answers), or hangs up.
    case calledNumberSays(CallID, text: String, thenHangUp: Bool)
    case calledNumberHangsUp(CallID)
    case customerSays(CallID, index: Int)
    case customerAbandons(CallID, ContactID)
    case placeScheduledCall(index: Int)
    case callbackDue(ContactID)
    /// A whisper flow's 2-minute limit (docs §6 rule 27).
    case whisperLimit(RunID)
}
