/// Whether a message the customer heard matches a `MessageReceived` expectation
/// (docs/connect-testing-language.md §2.3 and README "How it behaves").
///
/// - `Inclusion` ("Contains"): the heard text contains the expected text, ignoring case, punctuation and
///   runs of spaces.
/// - `Similarity` ("Similar"): Amazon Connect publishes no algorithm (a semantic match). termccp's documented
///   stand-in: both texts are cut into lower-case words (punctuation dropped, SSML tags removed, the digits
///   0–9 read as the words "zero"…"nine" so that "press 1" and "press one" agree); the message matches when
///   the expected text is included as above, or when at least 80 % of the expected words (counted with
///   repeats) occur in the heard text and, for an expectation of three words or fewer, all of them do. It is
///   deliberately one-sided: extra words in the heard prompt never hurt, missing expected words do.
/// - No criteria written: `Similarity`, the designer's recommended choice.
public enum MessageMatching {
    /// The share of expected words a similar message must contain.
    public static let similarityThreshold = 0.8

    public static func matches(expected: String, heard: String, criteria: MessageMatch.Criteria) -> Bool {
        let want = words(expected), got = words(heard)
        guard !want.isEmpty else { return true }
        if contains(got, want) { return true }
        guard criteria == .similarity else { return false }
        return similarity(expectedWords: want, heardWords: got) >= (want.count <= 3 ? 1.0 : similarityThreshold)
    }

    /// The share of expected words (with repeats) found in the heard words, 0…1.
    public static func similarity(expected: String, heard: String) -> Double {
        similarity(expectedWords: words(expected), heardWords: words(heard))
    }

    static func similarity(expectedWords want: [String], heardWords got: [String]) -> Double {
        guard !want.isEmpty else { return 1 }
        var available: [String: Int] = [:]
        for w in got { available[w, default: 0] += 1 }
        var found = 0
        for w in want where available[w, default: 0] > 0 {
            available[w]! -= 1
            found += 1
        }
        return Double(found) / Double(want.count)
    }

    /// Whether `want` occurs as a run of consecutive words in `got`.
    private static func contains(_ got: [String], _ want: [String]) -> Bool {
        guard want.count <= got.count else { return false }
        for start in 0...(got.count - want.count) where got[start] == want[0] {
            if Array(got[start..<(start + want.count)]) == want { return true }
        }
        return false
    }

    private static let digitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// Lower-case words: letters and digits kept (a lone digit read as its word), everything else a break;
    /// `<…>` tags (SSML) dropped.
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var inTag = false
        func flush() {
            guard !current.isEmpty else { return }
            if current.count == 1, let d = current.first?.wholeNumberValue, d < 10 { result.append(digitWords[d]) } else { result.append(current) }
            current = ""
        }
        for ch in text.lowercased() {
            if ch == "<" { flush(); inTag = true; continue }
            if ch == ">" && inTag { inTag = false; continue }
            if inTag { continue }
            // An apostrophe inside a word keeps it whole ("we're").
            if ch.isLetter || ch.isNumber || (ch == "'" && !current.isEmpty) { current.append(ch) } else { flush() }
        }
        flush()
        return result.map { $0.hasSuffix("'") ? String($0.dropLast()) : $0 }
    }
}
