/// Finds the declared name a typo most likely meant, for "did you mean …?" fixes. Shared by
/// scenarios, flows and scripts.
public enum NameSuggestion {
    /// The closest candidate, if it is close enough to be a plausible typo: same letters in
    /// another case, or a small edit distance relative to the length. The cost is bounded by the
    /// candidates' lengths, not the name's: a name much longer than every candidate cannot be a
    /// typo of one, so a megabyte of junk is answered before any letter of it is compared.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let longest = candidates.map(\.count).max() ?? 0
        guard name.utf8.count <= 4 * (longest + 2), name.count <= longest + max(2, longest / 3) else { return nil }
        let lowered = name.lowercased()
        if let sameLetters = candidates.first(where: { $0.lowercased() == lowered }) { return sameLetters }
        if lowered.count >= 3, let longer = candidates.first(where: { $0.lowercased().hasPrefix(lowered) }) {
            return longer
        }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = distance(lowered, candidate.lowercased())
            if d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        guard let best else { return nil }
        let allowed = max(2, min(name.count, best.name.count) / 3)
        return best.distance <= allowed ? best.name : nil
    }

    /// "did you mean X? known queues: A, B" — whichever parts apply.
    public static func fix(for name: String, among candidates: [String], known: String) -> String {
        var parts: [String] = []
        if let guess = closest(to: name, among: candidates) { parts.append("did you mean \(guess)?") }
        if candidates.isEmpty {
            parts.append("no \(known) are declared")
        } else {
            let shown = candidates.prefix(16).joined(separator: ", ")
            parts.append("known \(known): \(shown)\(candidates.count > 16 ? ", …" : "")")
        }
        return parts.joined(separator: " ")
    }

    /// Levenshtein distance; inputs are names and keys, so the quadratic table is small. Very long
    /// inputs (junk) are cut first so a hostile file cannot make this slow.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.prefix(64)), y = Array(b.prefix(64))
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
