/// The engine's timers, earliest first; timers set for the same instant fire in the order they were set.
///
/// A plain binary min-heap of small keys (time, order set, slot), with the events themselves in a side table
/// (issue 9: swift-collections' `Heap` is a min-max heap, whose extra comparisons per level the engine never
/// uses, and which moved whole events, strings and all, at every level it sifted). Sifting here moves three
/// integers; an event is moved only when it is set and when it fires.
struct TimerQueue {
    private struct Key {
        let at: Millis
        let seq: Int
        let slot: Int

        /// `(at, seq)` order: every timer has its own `seq`, so no two keys tie.
        @inline(__always) func precedes(_ other: Key) -> Bool { at < other.at || (at == other.at && seq < other.seq) }
    }

    private var heap: [Key] = []
    /// Events by slot; a slot is empty (nil) from when its timer fires until a new timer takes it.
    private var events: [TimerEvent?] = []
    private var freeSlots: [Int] = []

    /// When the earliest timer fires; nil when none is set.
    var nextTime: Millis? { heap.first?.at }

    /// Takes `event` over (`consuming`): the caller's value moves into the side table, not a copy of it.
    mutating func insert(at time: Millis, seq: Int, _ event: consuming TimerEvent) {
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            events[slot] = consume event
        } else {
            slot = events.count
            events.append(consume event)
        }
        // Sift up: parents later than the new key move down into the hole.
        let key = Key(at: time, seq: seq, slot: slot)
        heap.append(key)
        heap.withUnsafeMutableBufferPointer { h in
            var i = h.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard key.precedes(h[parent]) else { break }
                h[i] = h[parent]
                i = parent
            }
            h[i] = key
        }
    }

    /// Takes the earliest timer if it is due at or before `time`.
    mutating func popFirst(dueBy time: Millis) -> (at: Millis, event: TimerEvent)? {
        guard let top = heap.first, top.at <= time else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            // Floyd's sift-down: the hole at the root follows the earlier child to the bottom (one
            // comparison a level), then `last` rises from there, rarely more than a level or two, as
            // it came from the bottom. The heap's buffer is read without bounds checks: the indices
            // stay below `n`. Any heap pops keys in the same order, as no two keys tie.
            heap.withUnsafeMutableBufferPointer { h in
                let n = h.count
                var i = 0
                var child = 1
                while child < n {
                    if child + 1 < n, h[child + 1].precedes(h[child]) { child += 1 }
                    h[i] = h[child]
                    i = child
                    child = 2 * i + 1
                }
                while i > 0 {
                    let parent = (i - 1) / 2
                    guard last.precedes(h[parent]) else { break }
                    h[i] = h[parent]
                    i = parent
                }
                h[i] = last
            }
        }
        let event = events[top.slot].take()!
        freeSlots.append(top.slot)
        return (top.at, event)
    }
}
