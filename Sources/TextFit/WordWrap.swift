/// Prose laid out in columns without cutting a word in two: rows break at spaces, and a word wider
/// than the row, or text that does not fit the rows given, ends with the glyph set's ellipsis.
public enum WordWrap {
    /// `text`'s words (split at spaces and line breaks) in rows of at most `width` columns.
    public static func rows(_ text: String, width: Int, ellipsis: String) -> [String] {
        guard width > 0 else { return [] }
        var rows: [String] = [], row = ""
        for word in words(text).map(String.init) {
            let word = CellWidth.truncate(word, to: width, ellipsis: ellipsis)
            if row.isEmpty {
                row = word
            } else if CellWidth.of(row) + 1 + CellWidth.of(word) <= width {
                row += " " + word
            } else {
                rows.append(row)
                row = word
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    /// At most `limit` rows; when words are left over the last row shown ends with the ellipsis,
    /// after its last whole word that leaves room for it.
    public static func rows(_ text: String, width: Int, limit: Int, ellipsis: String) -> [String] {
        let all = rows(text, width: width, ellipsis: ellipsis)
        guard all.count > limit else { return all }
        guard limit > 0 else { return [] }
        var shown = Array(all.prefix(limit))
        shown[limit - 1] = fit(all[(limit - 1)...].joined(separator: " "), width: width, ellipsis: ellipsis)
        return shown
    }

    /// One row of `text`'s words joined by single spaces (line breaks too), fitted as `fit` does.
    public static func line(_ text: String, width: Int, ellipsis: String) -> String {
        fit(words(text).joined(separator: " "), width: width, ellipsis: ellipsis)
    }

    /// One row keeping `text`'s own spacing (aligned columns stay aligned): `text` whole when it fits
    /// `width` columns, else cut after its last whole word that leaves room for the ellipsis, words of
    /// separators only (`·`, `→`, `-`) dropped from the end; a first word wider than the row is cut
    /// inside it, the one case a word is cut. Every widget, and every message that shortens what it
    /// quotes (`short`), cuts text to a width here (review #12).
    public static func fit(_ text: String, width: Int, ellipsis: String) -> String {
        guard CellWidth.of(text) > width else { return text }
        let room = width - CellWidth.of(ellipsis)
        var used = 0, inWord = false
        var wordEnds: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let isSpace = c == " " || c.isNewline
            if isSpace, inWord { wordEnds.append(i) }
            inWord = !isSpace
            used += CellWidth.of(c)
            if used > room { break }
            i = text.index(after: i)
        }
        while let end = wordEnds.last {
            let kept = text[..<end]
            let lastWord = kept.split(whereSeparator: { $0 == " " || $0.isNewline }).last ?? ""
            if lastWord.contains(where: { $0.isLetter || $0.isNumber }) { return String(kept) + ellipsis }
            wordEnds.removeLast()
        }
        return CellWidth.truncate(text, to: width, ellipsis: ellipsis)
    }

    /// The start of `text` in at most `limit` columns for a message that quotes it (a bad value, a
    /// diagram's label): whole when it fits, else cut as `fit` cuts it, after a whole word; a word
    /// wider than the whole limit, which can never show whole, is cut inside instead of dropped. Only
    /// the first `2 × limit + 1` characters are looked at, enough to tell such a word, so a megabyte of
    /// junk costs no more than a line; junk of no width (controls) is still cut.
    public static func short(_ text: String, limit: Int, ellipsis: String = "…") -> String {
        let end = text.index(text.startIndex, offsetBy: 2 * limit + 1, limitedBy: text.endIndex) ?? text.endIndex
        let head = String(text[..<end])
        if end == text.endIndex, CellWidth.of(head) <= limit { return text }
        let room = limit - CellWidth.of(ellipsis)
        var column = 0
        for word in head.split(separator: " ", omittingEmptySubsequences: false) {
            let width = CellWidth.of(String(word))
            if column + width > room {
                if width > limit { return CellWidth.truncate(head, to: limit, ellipsis: ellipsis) }
                break
            }
            column += width + 1
        }
        let cut = fit(head, width: limit, ellipsis: ellipsis)
        return cut == head ? String(head.prefix(max(0, room))) + ellipsis : cut
    }

    /// One row of `head`, `separator`, `tail` where `tail` is what names the row (a flow's name after
    /// its branch): `head` is fitted to the room the rest leaves, so `tail` stays whole; with no room
    /// for a word of `head`, `tail` alone, fitted.
    public static func fit(_ head: String, _ separator: String, keeping tail: String, width: Int, ellipsis: String) -> String {
        let whole = head + separator + tail
        guard CellWidth.of(whole) > width else { return whole }
        let room = width - CellWidth.of(separator + tail)
        guard room > CellWidth.of(ellipsis) else { return fit(tail, width: width, ellipsis: ellipsis) }
        return fit(head, width: room, ellipsis: ellipsis) + separator + tail
    }

    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0.isNewline })
    }
}
