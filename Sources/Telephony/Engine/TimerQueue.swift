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

    mutating func insert(at time: Millis, seq: Int, _ event: TimerEvent) {
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            events[slot] = event
        } else {
            slot = events.count
            events.append(event)
        }
        // Sift up: parents later than the new key move down into the hole.
        let key = Key(at: time, seq: seq, slot: slot)
        var i = heap.count
        heap.append(key)
        while i > 0 {
            let parent = (i - 1) / 2
            guard key.precedes(heap[parent]) else { break }
            heap[i] = heap[parent]
            i = parent
        }
        heap[i] = key
    }

    /// Takes the earliest timer if it is due at or before `time`.
    mutating func popFirst(dueBy time: Millis) -> (at: Millis, event: TimerEvent)? {
        guard let top = heap.first, top.at <= time else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            // Sift down from the root: the earlier child moves up into the hole until `last` fits.
            let n = heap.count
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= n { break }
                if child + 1 < n, heap[child + 1].precedes(heap[child]) { child += 1 }
                guard heap[child].precedes(last) else { break }
                heap[i] = heap[child]
                i = child
            }
            heap[i] = last
        }
        let event = events[top.slot].take()!
        freeSlots.append(top.slot)
        return (top.at, event)
    }
}
