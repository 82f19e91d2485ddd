/// Escaping for XML 1.0 text and attribute values. Hand-written because the only XML library on this
/// machine's package mirror is FoundationXML, which drags libxml2 into every binary for three replacements.
enum XMLText {
    static func content(_ text: String) -> String { escape(text, quotes: false) }
    static func attribute(_ text: String) -> String { escape(text, quotes: true) }

    /// `&`, `<`, `>` (and `"` in attributes; newlines and tabs too, so attribute values keep them) become
    /// references. Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF, CR; lone
    /// surrogates; U+FFFE/U+FFFF) are shown as `\u{…}` text instead of making the report unreadable.
    private static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\n" where quotes: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where quotes: out += "&#9;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
