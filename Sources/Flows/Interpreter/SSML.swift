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

    /// `time="10s"` or `time="500ms"`; a `strength` without time is a short pause.
    private static func breakTime(_ tag: String) -> Millis {
        guard let r = tag.range(of: "time=") else { return 750 }
        let value = tag[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" })
            .prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " && $0 != "/" })
        return TimeText.parseDuration(String(value)) ?? 0
    }
}
