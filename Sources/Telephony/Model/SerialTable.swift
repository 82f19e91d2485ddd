/// An id that counts up from 1 as the engine makes things (calls, contacts, flow runs) and is never
/// given out twice: its serial can be an index.
protocol SerialKey {
    var serial: Int { get }
    init(serial: Int)
}

extension CallID: SerialKey { init(serial: Int) { self.init(serial) } }
extension RunID: SerialKey { init(serial: Int) { self.init(serial) } }
extension LegID: SerialKey { init(serial: Int) { self.init(serial) } }
extension ContactID: SerialKey {}

/// Values keyed by serial ids, found by indexing an array instead of hashing the id (issue 9:
/// hashing call, contact and run ids was a third of the engine's instructions).
///
/// The array is a window from the oldest live id to the newest. Ids count up and the things they
/// name end roughly in the order they began, so the window stays about as long as the number of
/// live values; the empty slots before the oldest live one are dropped in batches (at least 64 and
/// at least half the window at a time), so removing costs O(1) amortised. A value that outlives
/// many younger ones keeps its place and holds the window open behind it: one slot per id made
/// since (8 bytes for the engine's reference types). Values come out in id order.
struct SerialTable<Key: SerialKey, Value> {
    /// Slot `i` holds the value of serial `base + i`.
    private var slots: [Value?] = []
    private var base = 0
    /// Slots before `head` are empty and waiting to be dropped.
    private var head = 0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    subscript(key: Key) -> Value? {
        get {
            let i = key.serial &- base
            return UInt(bitPattern: i) < UInt(slots.count) ? slots[i] : nil
        }
        set {
            if let newValue { insert(newValue, at: key.serial) } else { remove(at: key.serial) }
        }
    }

    /// Changes the value of `key` where it is stored (no copy of it is alive meanwhile), first
    /// storing `initial` when there is none.
    mutating func update<R>(_ key: Key, default initial: @autoclosure () -> Value, _ change: (inout Value) -> R) -> R {
        if self[key] == nil { insert(initial(), at: key.serial) }
        return change(&slots[key.serial - base]!)
    }

    /// Changes the value of `key` in place; nil, and nothing changed, when there is none.
    @discardableResult
    mutating func update<R>(_ key: Key, _ change: (inout Value) -> R) -> R? {
        let i = key.serial &- base
        guard UInt(bitPattern: i) < UInt(slots.count), slots[i] != nil else { return nil }
        return change(&slots[i]!)
    }

    /// The value is moved out of its slot: read and then cleared, it was retained for the copy and released from
    /// the slot (issue 9: two reference-count operations at every run's end).
    @discardableResult
    mutating func removeValue(forKey key: Key) -> Value? {
        let i = key.serial &- base
        guard UInt(bitPattern: i) < UInt(slots.count), let old = slots[i].take() else { return nil }
        emptied(i)
        return old
    }

    /// The live values, oldest id first.
    var values: [Value] { slots[head...].compactMap { $0 } }

    /// The live ids, oldest first.
    var keys: [Key] { (head..<slots.count).compactMap { slots[$0] == nil ? nil : Key(serial: base + $0) } }

    /// The first live value, oldest id first, that satisfies `match`.
    func first(where match: (Value) throws -> Bool) rethrows -> Value? {
        for i in head..<slots.count { if let v = slots[i], try match(v) { return v } }
        return nil
    }

    /// `consuming`, so a value handed over by the setter moves into its slot instead of being retained
    /// for the slot and released by the setter (issue 9).
    private mutating func insert(_ value: consuming Value, at serial: Int) {
        if count == 0 {
            slots.removeAll(keepingCapacity: true)
            base = serial
            head = 0
        } else if serial < base + head {
            // An id older than every live one (a call's run list made again after it emptied).
            let gap = base + head - serial
            if gap <= head {
                head -= gap
            } else {
                slots.insert(contentsOf: repeatElement(nil, count: gap - head), at: 0)
                base = serial
                head = 0
            }
        }
        let i = serial - base
        // Ids come in order, so the new value nearly always goes on the end: one append, where
        // making its slot and then filling it cost twice the instructions (callgrind).
        if i == slots.count {
            slots.append(value)
            count += 1
            return
        }
        // One slot at a time: appending a repeated nil cost about a hundred instructions (callgrind)
        // where one append costs a tenth.
        while slots.count <= i { slots.append(nil) }
        if slots[i] == nil { count += 1 }
        slots[i] = value
    }

    private mutating func remove(at serial: Int) {
        let i = serial &- base
        guard UInt(bitPattern: i) < UInt(slots.count), slots[i] != nil else { return }
        slots[i] = nil
        emptied(i)
    }

    /// Slot `i`, which held a value, has just been emptied.
    private mutating func emptied(_ i: Int) {
        count -= 1
        while slots.count > head, slots[slots.count - 1] == nil { slots.removeLast() }
        guard i == head else { return }
        while head < slots.count, slots[head] == nil { head += 1 }
        if head >= 64, head * 2 >= slots.count {
            slots.removeFirst(head)
            base += head
            head = 0
        }
    }
}
