import Telephony

/// The lesson score, 0 to 100, from the goals met and the measures (docs/lesson-format.md, "Score"):
///
/// - goals: 60 × met ÷ goals;
/// - answer: 10 when the mean time to answer is at or under the target, falling in a straight line
///   to 0 at the 20 s accept window (docs §6 rule 5); 0 when any offer was missed or rejected that
///   the lesson did not ask to be missed (Measures.askedMisses); 10 when nothing was offered;
/// - hold: 10 when customer hold time is at or under the target, 0 at twice the target, linear between;
/// - handle: the same for handle time (talk + hold + after contact work);
/// - conduct: 10 − 2 per refused move, at least 0;
/// - answer, hold, handle and conduct are earned for the part of the lesson done: each is multiplied
///   by goals met ÷ goals, so a lesson left with nothing done scores nothing (a measure of no work is
///   no achievement);
/// - then 20 off per forbidden event; the total is rounded and kept between 0 and 100.
public struct Score: Sendable, Equatable, Codable {
    public var goals: Double
    public var answer: Double
    public var hold: Double
    public var handle: Double
    public var conduct: Double
    public var penalty: Double
    public var total: Int

    public static func of(goalsMet: Int, goalCount: Int, measures m: Measures, targets: Lesson.Targets) -> Score {
        let done = goalCount == 0 ? 1 : Double(goalsMet) / Double(goalCount)
        let goals = 60 * done
        var answer: Double
        if m.missedOffers > m.askedMisses {
            answer = 0
        } else if let t = m.timeToAnswer {
            answer = 10 * falling(Double(t), full: Double(targets.answer), zero: Double(max(Engine.acceptWindow, targets.answer + 1)))
        } else {
            answer = 10
        }
        answer *= done
        let hold = done * 10 * falling(Double(m.customerHold * 1000), full: Double(targets.hold), zero: Double(2 * targets.hold))
        let handle = done * 10 * falling(Double(m.handle * 1000), full: Double(targets.handle), zero: Double(2 * targets.handle))
        let conduct = done * Double(max(0, 10 - 2 * m.refusedMoves))
        let penalty = Double(20 * m.forbiddenEvents)
        let total = Int((goals + answer + hold + handle + conduct - penalty).rounded())
        return Score(goals: goals, answer: answer, hold: hold, handle: handle, conduct: conduct, penalty: penalty,
                     total: min(100, max(0, total)))
    }

    /// 1 at or under `full`, 0 at or over `zero`, a straight line between.
    static func falling(_ value: Double, full: Double, zero: Double) -> Double {
        if value <= full { return 1 }
        if value >= zero { return 0 }
        return (zero - value) / (zero - full)
    }
}
