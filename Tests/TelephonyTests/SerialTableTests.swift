@testable import Telephony
import Testing

/// The engine's tables of calls, contacts and flow runs, indexed by their ids' serials (issue 9:
/// integer-indexed storage): every stored value is found by its id, removed ones are gone, and the
/// window over the ids moves on as the oldest values go.
@Suite struct SerialTableTests {
    private final class Box {
        let n: Int
        init(_ n: Int) { self.n = n }
    }

    @Test func valuesAreFoundByIdAndComeOutInIdOrder() {
        var table = SerialTable<CallID, Box>()
        for n in [3, 1, 7, 5] { table[CallID(n)] = Box(n) }
        #expect(table.count == 4)
        #expect(table[CallID(5)]?.n == 5)
        #expect(table[CallID(2)] == nil)
        #expect(table[CallID(0)] == nil)
        #expect(table[CallID(-4)] == nil)
        #expect(table[CallID(8)] == nil)
        #expect(table.values.map(\.n) == [1, 3, 5, 7])
        #expect(table.keys == [CallID(1), CallID(3), CallID(5), CallID(7)])
        #expect(table.first { $0.n > 3 }?.n == 5)
    }

    @Test func aRemovedValueIsGoneAndItsIdCanBeStoredAgain() {
        var table = SerialTable<RunID, Box>()
        table[RunID(1)] = Box(1)
        table[RunID(2)] = Box(2)
        #expect(table.removeValue(forKey: RunID(1))?.n == 1)
        #expect(table.removeValue(forKey: RunID(1)) == nil)
        #expect(table[RunID(1)] == nil)
        #expect(table.count == 1)
        // A call's run list is made again after it emptied: an id older than every live one.
        table[RunID(1)] = Box(10)
        #expect(table[RunID(1)]?.n == 10)
        table[RunID(2)] = nil
        table[RunID(1)] = nil
        #expect(table.isEmpty)
        #expect(table.values.isEmpty)
        table[RunID(9)] = Box(9)
        #expect(table.keys == [RunID(9)])
    }

    /// A removed value is handed over whole: the table keeps no reference to it (issue 9: it is moved out of its
    /// slot, not copied and then cleared).
    @Test func aRemovedValueIsNoLongerHeldByTheTable() {
        var table = SerialTable<RunID, Box>()
        table[RunID(1)] = Box(1)
        table[RunID(2)] = Box(2)
        guard var removed = table.removeValue(forKey: RunID(2)) else { Issue.record("not removed"); return }
        #expect(isKnownUniquelyReferenced(&removed))
        #expect(removed.n == 2)
        #expect(table.keys == [RunID(1)])
    }

    /// A stored value is handed over whole, as a removed one is: the table is its only holder once the storing is done
    /// (issue 9: the value is moved into its slot, not copied in and then released by the caller).
    @Test func aStoredValueIsHeldByTheTableAlone() {
        var table = SerialTable<RunID, Box>()
        table[RunID(1)] = Box(1)
        table.update(RunID(3), default: Box(3)) { _ in }
        #expect(table.update(RunID(1)) { isKnownUniquelyReferenced(&$0) } == true)
        #expect(table.update(RunID(3)) { isKnownUniquelyReferenced(&$0) } == true)
        #expect(table[RunID(3)]?.n == 3 && table.keys == [RunID(1), RunID(3)])
    }

    /// Thousands of ids come and go, the oldest first or not: every live value is still found by
    /// its id, every removed one is gone, as a dictionary would say.
    @Test func aLongRunOfIdsAgreesWithADictionary() {
        var table = SerialTable<ContactID, Box>()
        var reference: [Int: Int] = [:]
        var live: [Int] = []
        var random = SeededRandom(seed: 42)
        var next = 1
        for _ in 0..<6_000 {
            if Int.random(in: 0..<3, using: &random) != 0 {
                table[ContactID(serial: next)] = Box(next)
                reference[next] = next
                live.append(next)
                next += 1
            } else if !live.isEmpty {
                let i = Bool.random(using: &random) ? 0 : Int.random(in: 0..<live.count, using: &random)
                let victim = live.remove(at: i)
                #expect(table.removeValue(forKey: ContactID(serial: victim))?.n == reference.removeValue(forKey: victim))
            }
        }
        #expect(table.count == reference.count)
        #expect(table.keys.map(\.serial) == reference.keys.sorted())
        for serial in 0...next { #expect(table[ContactID(serial: serial)]?.n == reference[serial]) }
    }

    @Test func aValueIsChangedWhereItIsStored() {
        var table = SerialTable<CallID, [Int]>()
        table.update(CallID(4), default: []) { $0.append(1) }
        table.update(CallID(4), default: []) { $0.append(2) }
        #expect(table[CallID(4)] == [1, 2])
        #expect(table.update(CallID(5)) { $0.append(3) } == nil)
        #expect(table[CallID(5)] == nil)
        let emptied = table.update(CallID(4)) { ids in
            ids.removeAll()
            return ids.isEmpty
        }
        #expect(emptied == true)
    }
}
