import Foundation
/// Splits a line into words; "double quotes" keep spaces, `\"` escapes a quote.
enum Tokenizer {
    struct Failure: Error { var message: String }

    static func words(_ line: String) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var hadQuote = false
        var escape = false
        for c in line {
            if escape { current.append(c); escape = false; continue }
            if quoted {
                if c == "\\" { escape = true } else if c == "\"" { quoted = false } else { current.append(c) }
                continue
            }
            if c == "\"" { quoted = true; hadQuote = true; continue }
            if c == " " || c == "\t" {
                if !current.isEmpty || hadQuote { words.append(current) }
                current = ""
                hadQuote = false
                continue
            }
            current.append(c)
        }
        if quoted { throw Failure(message: "a quote is not closed") }
        if !current.isEmpty || hadQuote { words.append(current) }
        return words
    }

    /// The part of the line after the first `count` words, as typed (for free text like `say`).
    static func rest(of line: String, after count: Int) -> String {
        var remaining = Substring(line).drop(while: { $0 == " " || $0 == "\t" })
        for _ in 0..<count {
            remaining = remaining.drop(while: { $0 != " " && $0 != "\t" }).drop(while: { $0 == " " || $0 == "\t" })
        }
        let text = String(remaining).trimmingCharacters(in: .whitespaces)
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { return String(text.dropFirst().dropLast()) }
        return text
    }
}
