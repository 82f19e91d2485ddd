/// Whether a sentence reads whole on a screen: its words in order, on one row or wrapped between
/// words over consecutive rows, none of them cut (a cut word ends with the ellipsis and so differs).
enum ReadableText {
    static func shows(_ sentence: String, in screen: String) -> Bool {
        let words = sentence.split(separator: " ").map(String.init)
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { row in
            row.split(whereSeparator: { $0 == " " || $0 == "│" || $0 == "|" }).map(String.init)
        }
        for start in rows.indices {
            var i = 0, r = start
            while r < rows.count, i < words.count {
                let taken = longestRun(of: words[i...], in: rows[r])
                guard taken > 0 else { break }
                i += taken
                r += 1
            }
            if i == words.count { return true }
        }
        return false
    }

    /// The most leading words of `words` found one after the other in `row`.
    private static func longestRun(of words: ArraySlice<String>, in row: [String]) -> Int {
        var best = 0
        for s in row.indices {
            var n = 0
            while s + n < row.count, words.startIndex + n < words.endIndex, row[s + n] == words[words.startIndex + n] { n += 1 }
            best = max(best, n)
        }
        return best
    }
}
