/// Finds the declared name a typo most likely meant, for "did you mean …?" fixes. Shared by
/// scenarios, flows and scripts.
public enum NameSuggestion {
    /// How many candidates are compared letter by letter at most: a scenario with tens of thousands of
    /// names still answers each unknown name quickly, and suggests from the first this many that are
    /// close enough in length.
    public static let comparedCandidates = 2_000

    /// The closest candidate, if it is close enough to be a plausible typo: same letters in
    /// another case, or a small edit distance relative to the length. The cost is bounded by the
    /// candidates' lengths, not the name's: a name much longer than every candidate cannot be a
    /// typo of one, so a megabyte of junk is answered before any letter of it is compared. A
    /// candidate whose length differs from the name's by more than the edits allowed is skipped
    /// unread (the distance is at least the difference), each comparison stops once it exceeds the
    /// edits allowed, and at most `comparedCandidates` are compared.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let longest = candidates.map(\.count).max() ?? 0
        guard name.utf8.count <= 4 * (longest + 2), name.count <= longest + max(2, longest / 3) else { return nil }
        let lowered = name.lowercased()
        if let sameLetters = candidates.first(where: { $0.lowercased() == lowered }) { return sameLetters }
        if lowered.count >= 3, let longer = candidates.first(where: { $0.lowercased().hasPrefix(lowered) }) {
            return longer
        }
        let length = name.count
        var best: (name: String, distance: Int)?
        var compared = 0
        for candidate in candidates {
            let allowed = max(2, min(length, candidate.count) / 3)
            let limit = min(allowed, (best?.distance ?? Int.max) - 1)
            guard limit >= 0, abs(candidate.count - length) <= limit else { continue }
            guard compared < comparedCandidates else { break }
            compared += 1
            if let d = distance(lowered, candidate.lowercased(), limit: limit) { best = (candidate, d) }
        }
        return best?.name
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

    /// Levenshtein distance when it is at most `limit`, else nil. Only the cells within `limit` of the
    /// diagonal are computed and the comparison stops at the first row past the limit, so the cost is
    /// at most (2 × limit + 1) cells a letter. Very long inputs (junk) are cut to 64 letters first.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let x = Array(a.prefix(64)), y = Array(b.prefix(64))
        guard limit >= 0, abs(x.count - y.count) <= limit else { return nil }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        // Every value past the limit is stored as limit + 1: it only has to lose every comparison.
        let over = limit + 1
        var previous = (0...y.count).map { min($0, over) }
        var current = [Int](repeating: over, count: y.count + 1)
        for i in 1...x.count {
            let low = max(1, i - limit), high = min(y.count, i + limit)
            current[0] = min(i, over)
            if low > 1 { current[low - 1] = over }
            var rowBest = current[0]
            for j in low...high {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, over)
                rowBest = min(rowBest, current[j])
            }
            if high < y.count { current[high + 1] = over }
            if rowBest > limit { return nil }
            swap(&previous, &current)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }
}
