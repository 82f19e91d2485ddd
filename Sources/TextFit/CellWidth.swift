/// How many columns a grapheme takes. Pure code has no wcwidth (no libc terminal calls), so East
/// Asian wide and emoji ranges are listed here; everything else is one column.
public enum CellWidth {
    public static func of(_ c: Character) -> Int {
        if let ascii = c.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        guard let scalar = c.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        for range in wide where range.contains(v) { return 2 }
        return 1
    }

    public static func of(_ s: String) -> Int {
        // Most text on screen is ASCII: a column a byte, none for controls, no grapheme breaking needed
        // ("\r\n", the one ASCII pair that is a single grapheme, is two controls: no columns either way).
        var columns = 0
        for byte in s.utf8 {
            guard byte < 0x80 else { return s.reduce(0) { $0 + of($1) } }
            if byte >= 0x20 && byte != 0x7F { columns += 1 }
        }
        return columns
    }

    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]

    /// Cuts `text` to at most `width` columns, ending with `ellipsis` when something was cut, wherever
    /// the width falls: for one word wider than its room (`WordWrap.fit` cuts text between words).
    public static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(max(0, width))) }
        var out = "", used = 0
        for c in text {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return out + ellipsis
    }

    /// `text` padded with spaces (or cut between words, `WordWrap.fit`) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, ellipsis: String) -> String {
        let cut = WordWrap.fit(text, width: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }
}
