import Telephony

/// JSONPath references in parameters: a whole value (`$.Queue.Name`) or references inside text
/// ("Your order is $.Attributes.order") (docs §3.1 parameter restrictions).
enum References {
    static func isReference(_ text: String) -> Bool {
        text.hasPrefix("$.") && !text.contains(where: { $0 == " " })
    }

    /// A whole-value reference resolves or is nil; plain text is returned as it is.
    static func resolveWhole(_ text: String, host: any FlowHost) -> String? {
        isReference(text) ? host.value(of: text) : text
    }

    /// Replaces each `$.Path.To.Value` inside the text; unresolved references read as nothing,
    /// as text-to-speech does with an empty attribute.
    static func interpolate(_ text: String, host: any FlowHost) -> String {
        guard containsReference(text) else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "$", text.index(after: i) < text.endIndex, text[text.index(after: i)] == "." {
                var j = text.index(i, offsetBy: 2)
                while j < text.endIndex, isPathCharacter(text[j]) { j = text.index(after: j) }
                var path = String(text[i..<j])
                // A sentence's full stop is not part of the path.
                while path.hasSuffix(".") { path.removeLast(); j = text.index(before: j) }
                out += host.value(of: path) ?? ""
                i = j
            } else {
                out.append(text[i])
                i = text.index(after: i)
            }
        }
        return out
    }

    /// A byte scan for `$.`: Foundation's substring search is slow for this hot check.
    static func containsReference(_ text: String) -> Bool {
        var dollar = false
        for byte in text.utf8 {
            if dollar && byte == 46 { return true }
            dollar = byte == 36
        }
        return false
    }

    private static func isPathCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "." || c == "-"
    }

    /// A parameter value read as text after resolving a whole-value reference; nil if it does not resolve.
    static func text(_ key: String, of action: FlowAction, host: any FlowHost) -> String? {
        guard let raw = action.text(key) else { return nil }
        return resolveWhole(raw, host: host)
    }
}
