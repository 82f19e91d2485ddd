/// The agents free to take a contact, longest idle first: kept as agents change rather than worked
/// out again each time routing runs (README "How it behaves": routing order). Every agent tells it
/// when its status, next status, slot or idle time changes, whichever code changes them. It also
/// counts the agents whose Missed banner still shows a contact, which keeps that contact alive.
final class FreeAgents {
    /// Agent indices ordered by (idle since, index): the order offers go in.
    private(set) var byIdle: [Int] = []
    /// Each free agent's idle-since instant, its place in the order; nil while not free.
    private var idleSince: [Millis?]
    /// Agents whose Missed banner (a missed or rejected offer) still shows a contact until they clear it.
    private(set) var showingMissed = 0
    private var missed: [Bool]
    /// Storage for `takeOrder`, between walks.
    private var spareOrder: [Int] = []

    /// Room for `count` agents; each agent tells the order of itself when it is made (`AgentState.init`).
    init(count: Int) {
        idleSince = Array(repeating: nil, count: count)
        missed = Array(repeating: false, count: count)
    }

    /// `byIdle` as it stands, for routing to walk while its offers change the order: copied into
    /// storage kept between walks (hand it back with `giveBack`), as walking `byIdle` itself made
    /// its first change copy the whole order into new storage.
    func takeOrder() -> [Int] {
        var order = spareOrder
        spareOrder = []
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: byIdle)
        return order
    }

    func giveBack(_ order: [Int]) { spareOrder = order }

    /// Moves the agent in or out of the order, or to its new place.
    func note(_ agent: AgentState) {
        let index = agent.routingIndex
        let showsMissed: Bool
        switch agent.slot {
        case .missed, .rejected: showsMissed = true
        default: showsMissed = false
        }
        if showsMissed != missed[index] {
            missed[index] = showsMissed
            showingMissed += showsMissed ? 1 : -1
        }
        let since = agent.isFree ? agent.idleSince : nil
        guard idleSince[index] != since else { return }
        if let old = idleSince[index] { byIdle.remove(at: position(of: (old, index))) }
        idleSince[index] = since
        if let since { byIdle.insert(index, at: position(of: (since, index))) }
    }

    /// Where `key` is or would go in `byIdle`, by binary search.
    /// The buffers are read without bounds checks: `mid` stays below `byIdle.count`, and every
    /// index in `byIdle` is an agent's.
    private func position(of key: (Millis, Int)) -> Int {
        byIdle.withUnsafeBufferPointer { order in
            idleSince.withUnsafeBufferPointer { since in
                var low = 0, high = order.count
                while low < high {
                    let mid = (low + high) / 2
                    let i = order[mid]
                    if (since[i] ?? .max, i) < key { low = mid + 1 } else { high = mid }
                }
                return low
            }
        }
    }
}
