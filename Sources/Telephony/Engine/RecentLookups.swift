/// The values of the last few keys looked up, newest first, for lookups that go to the same few
/// keys again and again (queues, recorded prompts): comparing a short name costs a few
/// instructions, hashing it a few hundred (issue 9, callgrind). A cache only: whoever holds one
/// keeps the full table, and a key's value never changes once remembered.
struct RecentLookups<Key: Equatable, Value> {
    /// At most `capacity` entries, the latest remembered first.
    private var entries: [(key: Key, value: Value)] = []
    private let capacity = 4

    func value(for key: Key) -> Value? {
        for i in entries.indices where entries[i].key == key { return entries[i].value }
        return nil
    }

    /// Remembers `value` for `key`, which is not remembered yet, forgetting the oldest when full.
    mutating func remember(_ key: Key, _ value: Value) {
        if entries.count == capacity { entries.removeLast() }
        entries.insert((key, value), at: 0)
    }
}
