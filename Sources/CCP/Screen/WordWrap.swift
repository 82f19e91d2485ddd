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
        shown[limit - 1] = cut(all[(limit - 1)...].joined(separator: " "), width, ellipsis)
        return shown
    }

    /// One row: `text` whole when it fits, else cut after its last whole word with the ellipsis.
    public static func line(_ text: String, width: Int, ellipsis: String) -> String {
        let joined = words(text).joined(separator: " ")
        return CellWidth.of(joined) <= width ? joined : cut(joined, width, ellipsis)
    }

    private static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0.isNewline })
    }

    private static func cut(_ text: String, _ width: Int, _ ellipsis: String) -> String {
        let room = width - CellWidth.of(ellipsis)
        var out = ""
        for word in words(text) {
            let next = out.isEmpty ? String(word) : out + " " + word
            if CellWidth.of(next) > room { break }
            out = next
        }
        // A first word wider than the row is cut inside it: there is no whole word to show.
        return out.isEmpty ? CellWidth.truncate(text, to: width, ellipsis: ellipsis) : out + ellipsis
    }
}
