import Collections

/// The contacts waiting in each queue and each agent's queue, in routing order: the one owner of
/// the lines, which change only through its methods.
///
/// Lines are numbered when the scenario is loaded (every queue of the queue table, with the table's
/// numbers, then every agent's queue), so routing reads an agent's lines by number instead of hashing
/// queue names each time it runs (issue 9: names resolved to indices at load). A queue first named
/// later (one the scenario does not configure and no profile serves) gets the next number.
struct WaitingLines {
    private var lines: [Deque<ContactID>] = []
    private var numbers: [QueueRef: Int] = [:]
    /// The latest queues whose numbers were looked up: contacts come and go through the same few.
    private var recent = RecentLookups<QueueRef, Int>()
    /// How many contacts wait in all lines together.
    private(set) var count = 0

    init(_ queues: [QueueRef]) {
        for q in queues { _ = number(for: q) }
    }

    /// The number of `queue`'s line, made now if it has none yet.
    mutating func number(for queue: QueueRef) -> Int {
        if let n = recent.value(for: queue) { return n }
        let n: Int
        if let known = numbers[queue] {
            n = known
        } else {
            n = lines.count
            numbers[queue] = n
            lines.append([])
        }
        recent.remember(queue, n)
        return n
    }

    /// The number of `queue`'s line; nil while it has none.
    func number(of queue: QueueRef) -> Int? { recent.value(for: queue) ?? numbers[queue] }

    /// The contacts waiting in `queue`; nil for a queue no contact was ever put in nor any agent serves.
    subscript(queue: QueueRef) -> Deque<ContactID>? { numbers[queue].map { lines[$0] } }

    /// The contacts waiting in line `number`.
    subscript(line number: Int) -> Deque<ContactID> { lines[number] }

    /// The first contact waiting in line `number`, without copying the line.
    func head(ofLine number: Int) -> ContactID? { lines[number].first }

    mutating func insert(_ id: ContactID, at position: Int, inLine number: Int) {
        // Most contacts join at the end: `Deque.insert(_:at:)`'s gap-opening held the line's storage (an atomic
        // retain and release) where appending does not.
        if position == lines[number].count {
            lines[number].append(id)
        } else {
            lines[number].insert(id, at: position)
        }
        count += 1
    }

    /// Takes the contact at the head of line `number` (routing offers it). Not `remove(at: 0)`: that goes through
    /// `Deque`'s general gap-closing, which held the line's storage (an atomic retain and release) for one element.
    mutating func removeHead(ofLine number: Int) {
        lines[number].removeFirst()
        count -= 1
    }

    mutating func remove(at position: Int, inLine number: Int) {
        lines[number].remove(at: position)
        count -= 1
    }
}
