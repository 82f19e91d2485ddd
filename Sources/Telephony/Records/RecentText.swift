/// The text of recently seen integer keys (contact serials), made once while the key
/// stays among the recent ones. A record's contact ids repeat in the next records of the same call,
/// in the records they link; every String over 15 bytes costs
/// an allocation to make and one to free, and records were spending a third of their instructions
/// on them (issue 9, callgrind).
struct RecentText {
    /// 64 slots, slot `key & 63` holding the latest key that fell there with its text.
    private var slots = [(key: Int, text: String)?](repeating: nil, count: 64)

    /// The text of `key`: the kept one, or `make(key)`, kept in its place. `make` must give the same
    /// text for the same key.
    mutating func text(for key: Int, _ make: (Int) -> String) -> String {
        let i = key & 63
        if let slot = slots[i], slot.key == key { return slot.text }
        let text = make(key)
        slots[i] = (key, text)
        return text
    }
}
