/// The walk's own generator: xorshift64*, so a seed printed by a failing run replays the same
/// steps on any machine and any Swift version (the standard library's generator is unseeded).
struct WalkRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        // xorshift is stuck at zero; mixing the seed also spreads neighbouring seeds apart.
        state = (seed &+ 1) &* 0x2545_F491_4F6C_DD1D
        if state == 0 { state = 0x9E37_79B9_7F4A_7C15 }
    }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    /// One of the cases, each with its weight.
    mutating func weighted<T>(_ items: [(Int, T)]) -> T {
        var roll = Int.random(in: 0..<items.reduce(0) { $0 + $1.0 }, using: &self)
        for (w, item) in items {
            if roll < w { return item }
            roll -= w
        }
        return items[items.count - 1].1
    }
}
