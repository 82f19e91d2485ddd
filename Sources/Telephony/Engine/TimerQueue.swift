/// The engine's timers, earliest first; timers set for the same instant fire in the order they were set.
///
/// A plain binary min-heap of small keys (time, order set, slot), with the events themselves in a side table
/// (issue 9: swift-collections' `Heap` is a min-max heap, whose extra comparisons per level the engine never
/// uses, and which moved whole events, strings and all, at every level it sifted). Sifting here moves three
/// integers; an event is moved only when it is set and when it fires.
///
/// A timer can be cancelled (`cancel`): most whisper limits outlive their whispers, and left in the heap they
/// made it seven times as large as the live timers, each pop sifting through the extra levels (issue 9).
struct TimerQueue {
    private struct Key {
        let at: Millis
        let seq: Int
        let slot: Int

        /// `(at, seq)` order: every timer has its own `seq`, so no two keys tie.
        @inline(__always) func precedes(_ other: Key) -> Bool { at < other.at || (at == other.at && seq < other.seq) }
    }

    /// A set timer, for `cancel`: its slot, and its `seq`, which tells it from a later timer in the same slot.
    struct Handle {
        fileprivate let slot: Int
        fileprivate let seq: Int
    }

    /// A timer's event and `seq`, in the side table; empty (seq 0, no event) from when the timer fires or is
    /// cancelled until a new timer takes the slot. A key whose slot no longer holds its `seq` is cancelled (its
    /// slot is not taken again while the key is in the heap). One table for both, so that setting, firing or
    /// cancelling a timer changes one array, not two (issue 9).
    private struct Slot {
        var seq: Int
        var event: TimerEvent?

        /// The event, leaving the slot empty.
        mutating func take() -> TimerEvent {
            seq = 0
            return event.take()!
        }
    }

    private var heap: [Key] = []
    private var slots: [Slot] = []
    private var freeSlots: [Int] = []
    /// Keys still in the heap whose timer was cancelled; none of them is ever at the top.
    private var cancelled = 0

    /// When the earliest timer fires; nil when none is set.
    var nextTime: Millis? { heap.first?.at }

    /// Takes `event` over (`consuming`): the caller's value moves into the side table, not a copy of it.
    @discardableResult
    mutating func insert(at time: Millis, seq: Int, _ event: consuming TimerEvent) -> Handle {
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            slots[slot] = Slot(seq: seq, event: consume event)
        } else {
            slot = slots.count
            slots.append(Slot(seq: seq, event: consume event))
        }
        // Sift up: parents later than the new key move down into the hole.
        let key = Key(at: time, seq: seq, slot: slot)
        heap.append(key)
        heap.withUnsafeMutableBufferPointer { h in Self.siftUp(key, from: h.count - 1, in: h) }
        return Handle(slot: slot, seq: seq)
    }

    /// The timer will not fire; nothing happens when it has fired or was cancelled already.
    ///
    /// Its key stays in the heap, skipped when it comes to the top, until the cancelled keys are half the
    /// heap, when the heap is rebuilt without them. Keys never tie, so any heap of the same keys pops them
    /// in the same order: cancelling changes no other timer's turn.
    mutating func cancel(_ handle: Handle) {
        guard slots[handle.slot].seq == handle.seq else { return }
        slots[handle.slot] = Slot(seq: 0, event: nil)
        cancelled += 1
        if cancelled * 2 > heap.count { dropCancelled() } else { dropCancelledTop() }
    }

    /// Takes the earliest timer if it is due at or before `time`.
    mutating func popFirst(dueBy time: Millis) -> (at: Millis, event: TimerEvent)? {
        guard let top = heap.first, top.at <= time else { return nil }
        removeTop()
        let event = slots[top.slot].take()
        freeSlots.append(top.slot)
        dropCancelledTop()
        return (top.at, event)
    }

    @inline(__always)
    private mutating func removeTop() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        // Floyd's sift-down: the hole at the root follows the earlier child to the bottom (one
        // comparison a level), then `last` rises from there, rarely more than a level or two, as
        // it came from the bottom. The heap's buffer is read without bounds checks: the indices
        // stay below `n`. Any heap pops keys in the same order, as no two keys tie.
        heap.withUnsafeMutableBufferPointer { h in
            let n = h.count
            var i = 0
            var child = 1
            while child < n {
                if child + 1 < n { child += Self.laterFirst(h[child], h[child + 1]) }
                h[i] = h[child]
                i = child
                child = 2 * i + 1
            }
            Self.siftUp(last, from: i, in: h)
        }
    }

    /// 1 when `right` precedes `left`, else 0, worked out without a branch: which child the hole follows
    /// is a coin toss to the processor, and a mispredicted branch at each level cost more than the rest of
    /// the level (callgrind --branch-sim). Times (never before the engine's start, at most `Millis.max`) and
    /// seqs are never negative, so their differences cannot overflow.
    @inline(__always)
    private static func laterFirst(_ left: Key, _ right: Key) -> Int {
        let byTime = right.at &- left.at
        let bySeq = right.seq &- left.seq
        let difference = byTime == 0 ? bySeq : byTime
        return Int(UInt(bitPattern: difference) >> 63)
    }

    /// Puts `key` in the hole at `i`, moving the parents later than it down into the hole first.
    @inline(__always)
    private static func siftUp(_ key: Key, from hole: Int, in h: UnsafeMutableBufferPointer<Key>) {
        var i = hole
        while i > 0 {
            let parent = (i - 1) / 2
            guard key.precedes(h[parent]) else { break }
            h[i] = h[parent]
            i = parent
        }
        h[i] = key
    }

    /// Keeps a live timer (or none) at the top, so that `nextTime` is when one fires.
    private mutating func dropCancelledTop() {
        while cancelled > 0, let top = heap.first, slots[top.slot].seq != top.seq {
            removeTop()
            freeSlots.append(top.slot)
            cancelled -= 1
        }
    }

    /// Rebuilds the heap from its live keys (Floyd's bottom-up heap construction), in place: a new array for
    /// the live keys cost an allocation and a copy at every rebuild (issue 9).
    private mutating func dropCancelled() {
        var kept = 0
        for i in heap.indices {
            let key = heap[i]
            if slots[key.slot].seq != key.seq {
                freeSlots.append(key.slot)
            } else {
                heap[kept] = key
                kept += 1
            }
        }
        heap.removeLast(heap.count - kept)
        cancelled = 0
        heap.withUnsafeMutableBufferPointer { h in
            let n = h.count
            var start = n / 2 - 1
            while start >= 0 {
                let key = h[start]
                var i = start
                var child = 2 * i + 1
                while child < n {
                    if child + 1 < n, h[child + 1].precedes(h[child]) { child += 1 }
                    guard h[child].precedes(key) else { break }
                    h[i] = h[child]
                    i = child
                    child = 2 * i + 1
                }
                h[i] = key
                start -= 1
            }
        }
    }
}
