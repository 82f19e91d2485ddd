import Telephony

/// SSML as the participant hears it: the words, with each break's pause added to the time it takes.
enum SSML {
    /// SSML is spoken as its text; each `<break time="…"/>` adds its pause to the duration. A break time that is not
    /// a time from 0 to 10 s is the reason the prompt cannot play (the caller takes the action's error branch).
    static func prompt(_ ssml: String) -> Result<Prompt, SSMLBreaks.Invalid> {
        var text = ""
        var pause: Millis = 0
        var i = ssml.startIndex
        while i < ssml.endIndex {
            if ssml[i] == "<", let close = ssml[i...].firstIndex(of: ">") {
                let tag = ssml[ssml.index(after: i)..<close]
                if tag.hasPrefix("break") {
                    switch SSMLBreaks.pause(tag) {
                    case .success(let ms): pause += ms
                    case .failure(let invalid): return .failure(invalid)
                    }
                }
                text.append(" ")
                i = ssml.index(after: close)
            } else {
                text.append(ssml[i])
                i = ssml.index(after: i)
            }
        }
        let spoken = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        return .success(Prompt(text: spoken, kind: .speech, duration: Prompt.speakingTime(spoken) + pause))
    }
}

/// `<break time="…"/>` in SSML: "10s" or "500ms", the two units SSML allows, at most 10 seconds (Amazon Polly's
/// limit for a break; docs §3.5 Default agent hold). Checked when a flow loads for static SSML, and when the prompt
/// is built for SSML that reads `$.` values.
public enum SSMLBreaks {
    public static let longestMilliseconds = 10_000
    /// A `strength` without a time is a short pause.
    static let strengthPause = 750

    public struct Invalid: Error, Equatable {
        public var reason: String
    }

    /// The pause of one break tag (the text between `<` and `>`).
    static func pause(_ tag: Substring) -> Result<Int, Invalid> {
        guard let start = tag.indices.first(where: { tag[$0...].hasPrefix("time=") }) else { return .success(strengthPause) }
        let value = tag[tag.index(start, offsetBy: 5)...].drop(while: { $0 == "\"" || $0 == "'" })
            .prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "/" })
        let shown = NumericParameter.shorten(String(value))
        let number: Substring
        let scale: Double
        if value.hasSuffix("ms") { number = value.dropLast(2); scale = 1 }
        else if value.hasSuffix("s") { number = value.dropLast(1); scale = 1000 }
        else { return .failure(Invalid(reason: "the SSML break time \"\(shown)\" has no unit; write it in s or ms")) }
        guard let n = Double(number), n.isFinite, n >= 0 else {
            return .failure(Invalid(reason: "the SSML break time \"\(shown)\" is not a time from 0 to 10s"))
        }
        let ms = n * scale
        guard ms <= Double(longestMilliseconds) else {
            return .failure(Invalid(reason: "the SSML break time \"\(shown)\" is longer than 10s, the longest break Amazon Polly plays"))
        }
        return .success(Int(ms.rounded()))
    }

    /// Problems with the break times of static SSML; breaks whose time is a `$.` reference are checked when they play.
    public static func problems(in ssml: String) -> [String] {
        var reasons: [String] = []
        var rest = Substring(ssml)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let tag = rest[rest.index(after: open)..<close]
            if tag.hasPrefix("break"), !tag.contains("$."), case .failure(let invalid) = pause(tag) {
                reasons.append(invalid.reason)
            }
            rest = rest[rest.index(after: close)...]
        }
        return reasons
    }
}
