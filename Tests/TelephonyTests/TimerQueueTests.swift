@testable import Telephony
import Testing

/// The engine's timers fire earliest first, timers set for the same instant in the order they were set, and
/// a cancelled timer never fires nor changes another timer's turn (issue 9: whisper limits and stale wake-ups
/// are cancelled; behaviour must not change). Checked against a plain sorted list as the model.
@Suite struct TimerQueueTests {
    /// A timer told apart by its seq, carried in the event.
    static func event(_ seq: Int) -> TimerEvent { .flowWakes(RunID(seq), token: seq) }

    static func seq(of event: TimerEvent) -> Int? {
        if case .flowWakes(let run, _) = event { return run.serial }
        return nil
    }

    /// Pops every timer due by `time`, as (time, seq).
    static func drain(_ queue: inout TimerQueue, dueBy time: Millis) -> [(Millis, Int)] {
        var fired: [(Millis, Int)] = []
        while let (at, event) = queue.popFirst(dueBy: time) { fired.append((at, seq(of: event) ?? -1)) }
        return fired
    }

    @Test func timersFireByTimeThenInTheOrderSet() {
        var queue = TimerQueue()
        queue.insert(at: 300, seq: 1, Self.event(1))
        queue.insert(at: 100, seq: 2, Self.event(2))
        queue.insert(at: 300, seq: 3, Self.event(3))
        queue.insert(at: 100, seq: 4, Self.event(4))
        #expect(queue.nextTime == 100)
        #expect(Self.drain(&queue, dueBy: 99).isEmpty)
        #expect(Self.drain(&queue, dueBy: 1000).map(\.1) == [2, 4, 1, 3])
        #expect(queue.nextTime == nil)
    }

    @Test func aCancelledTimerAtTheTopNeverFiresAndTheNextTimeIsTheNextLiveOne() {
        var queue = TimerQueue()
        let first = queue.insert(at: 100, seq: 1, Self.event(1))
        queue.insert(at: 200, seq: 2, Self.event(2))
        queue.insert(at: 300, seq: 3, Self.event(3))
        queue.cancel(first)
        #expect(queue.nextTime == 200)
        #expect(Self.drain(&queue, dueBy: 1000).map(\.1) == [2, 3])
    }

    @Test func cancellingTwiceOrAfterFiringChangesNothing() {
        var queue = TimerQueue()
        let fired = queue.insert(at: 100, seq: 1, Self.event(1))
        #expect(Self.drain(&queue, dueBy: 100).map(\.1) == [1])
        // The fired timer's slot goes to the next timer set: the old handle must not cancel it.
        let next = queue.insert(at: 200, seq: 2, Self.event(2))
        queue.cancel(fired)
        queue.cancel(fired)
        #expect(queue.nextTime == 200)
        queue.cancel(next)
        queue.cancel(next)
        #expect(queue.nextTime == nil)
        queue.insert(at: 300, seq: 3, Self.event(3))
        #expect(Self.drain(&queue, dueBy: 1000).map(\.1) == [3])
    }

    static func below(_ n: Int, _ random: inout SeededRandom) -> Int { Int(random.next() % UInt64(n)) }

    @Test func cancellingMoreThanHalfTheTimersRebuildsTheHeapAndKeepsTheOrder() {
        var queue = TimerQueue()
        var handles: [TimerQueue.Handle] = []
        /// Eleven instants, each shared by several timers.
        func time(_ seq: Int) -> Millis { Millis(seq * 37 % 11) * 10 }
        for seq in 1...100 { handles.append(queue.insert(at: time(seq), seq: seq, Self.event(seq))) }
        // Every timer but those with a seq divisible by 3: well past half, so the heap is rebuilt.
        for seq in 1...100 where seq % 3 != 0 { queue.cancel(handles[seq - 1]) }
        let expected = (1...100).filter { $0 % 3 == 0 }.sorted { a, b in (time(a), a) < (time(b), b) }
        #expect(queue.nextTime == expected.first.map(time))
        #expect(Self.drain(&queue, dueBy: .max).map(\.1) == expected)
    }

    /// Many timers set, cancelled (often enough that the heap is rebuilt without the cancelled ones) and fired
    /// in a seeded mix: the live timers fire exactly as a sorted list of them says.
    @Test func cancellingInAnyMixLeavesEveryOtherTimersTurnAsItWas() {
        var queue = TimerQueue()
        var model: [(at: Millis, seq: Int)] = []
        var handles: [Int: TimerQueue.Handle] = [:]
        var random = SeededRandom(seed: 7)
        var seq = 0
        var now: Millis = 0
        for round in 0..<4000 {
            let roll = Self.below(10, &random)
            if roll < 5 {
                seq += 1
                // Few distinct instants, so that many timers tie on time and their seq decides.
                let at = now + Millis(Self.below(20, &random)) * 50
                handles[seq] = queue.insert(at: at, seq: seq, Self.event(seq))
                model.append((at, seq))
            } else if roll < 8, !model.isEmpty {
                        let victim = model[Self.below(model.count, &random)].seq
                queue.cancel(handles[victim]!)
                model.removeAll { $0.seq == victim }
            } else {
                now += 25
                let due = model.filter { $0.at <= now }.sorted { ($0.at, $0.seq) < ($1.at, $1.seq) }
                let fired = Self.drain(&queue, dueBy: now)
                #expect(fired.map(\.1) == due.map(\.seq), "round \(round)")
                model.removeAll { $0.at <= now }
            }
            #expect(queue.nextTime == model.map(\.at).min(), "round \(round)")
        }
        let rest = model.sorted { ($0.at, $0.seq) < ($1.at, $1.seq) }
        #expect(Self.drain(&queue, dueBy: .max).map(\.1) == rest.map(\.seq))
    }
}
