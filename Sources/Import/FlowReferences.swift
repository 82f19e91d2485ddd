import Foundation

/// Rewrites the ids in a flow's content to the imported names. termccp resolves a reference by name, or by
/// the last path segment of an ARN (docs/scenario-format.md, FlowLibrary.resolve), while exports name
/// resources by id: `…/queue/<QueueId>` becomes `…/queue/<queue name>` and a bare `"<id>"` becomes
/// `"<name>"`. Ids are UUIDs, so a textual replacement cannot hit anything else.
struct FlowReferences {
    private var replacements: [(from: String, to: String)] = []

    mutating func add(id: String, arn: String?, name: String, segment: String) {
        let escaped = Self.jsonEscaped(name)
        replacements.append(("/\(segment)/\(id)\"", "/\(segment)/\(escaped)\""))
        replacements.append(("\"\(id)\"", "\"\(escaped)\""))
        if let arn, !arn.hasSuffix("/\(segment)/\(id)") {
            replacements.append(("\"\(Self.jsonEscaped(arn))\"", "\"\(escaped)\""))
        }
    }

    /// `content` is the flow's JSON text (the Content string of DescribeContactFlow, already unescaped).
    func rewrite(_ content: String) -> String {
        var text = content
        for r in replacements where text.contains(r.from) {
            text = text.replacingOccurrences(of: r.from, with: r.to)
        }
        return text
    }

    static func jsonEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// The first capture group of every match of `pattern` in `text`.
    static func matches(of pattern: String, in text: String) -> Set<String> {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        })
    }
}
