import Telephony

/// SSML as the participant hears it: the words, with each break's pause added to the time it takes.
enum SSML {
    /// SSML is spoken as its text; each `<break time="…"/>` adds its pause to the duration.
    static func prompt(_ ssml: String) -> Prompt {
        var text = ""
        var pause: Millis = 0
        var i = ssml.startIndex
        while i < ssml.endIndex {
            if ssml[i] == "<", let close = ssml[i...].firstIndex(of: ">") {
                let tag = String(ssml[ssml.index(after: i)..<close])
                if tag.hasPrefix("break") { pause += breakTime(tag) }
                text.append(" ")
                i = ssml.index(after: close)
            } else {
                text.append(ssml[i])
                i = ssml.index(after: i)
            }
        }
        let spoken = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        return Prompt(text: spoken, kind: .speech, duration: Prompt.speakingTime(spoken) + pause)
    }

    /// `time="10s"` or `time="500ms"`, the two units SSML allows; a `strength` without time is a
    /// short pause.
    private static func breakTime(_ tag: String) -> Millis {
        guard let start = tag.indices.first(where: { tag[$0...].hasPrefix("time=") }) else { return 750 }
        let value = tag[tag.index(start, offsetBy: 5)...].drop(while: { $0 == "\"" || $0 == "'" })
            .prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "/" })
        if value.hasSuffix("ms"), let n = Double(value.dropLast(2)) { return Millis(n.rounded()) }
        if value.hasSuffix("s"), let n = Double(value.dropLast(1)) { return Millis((n * 1000).rounded()) }
        return 0
    }
}
