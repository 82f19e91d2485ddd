import Telephony

/// Turns Text, SSML, PromptId or Media parameters into what the participant hears.
enum PromptBuilder {
    static func prompt(from parameters: JSONValue, host: any FlowHost) -> Prompt? {
        if let text = parameters["Text"]?.scalarText {
            return Prompt(text: References.interpolate(text, host: host))
        }
        if let ssml = parameters["SSML"]?.scalarText {
            return fromSSML(References.interpolate(ssml, host: host))
        }
        if let id = parameters["PromptId"]?.scalarText {
            return Prompt(text: References.resolveWhole(id, host: host) ?? id, kind: .recording, duration: 0)
        }
        if let uri = parameters["Media"]?["Uri"]?.scalarText {
            return Prompt(text: uri, kind: .recording, duration: 0)
        }
        return nil
    }

    /// SSML is spoken as its text; each `<break time="…"/>` adds its pause to the duration.
    static func fromSSML(_ ssml: String) -> Prompt {
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
