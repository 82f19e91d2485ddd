import Telephony

/// Turns Text, SSML, PromptId or Media parameters into what the participant hears.
enum PromptBuilder {
    enum Lookup {
        /// The parameters name no prompt.
        case absent
        case found(Prompt)
        /// A recorded prompt the scenario does not declare: the action takes its error branch
        /// (docs §3.6 quirk 8).
        case unresolved(String)
    }

    static func prompt(from parameters: JSONValue, host: any FlowHost) -> Lookup {
        if let text = parameters["Text"]?.scalarText {
            return .found(Prompt(text: References.interpolate(text, host: host)))
        }
        if let ssml = parameters["SSML"]?.scalarText {
            return .found(fromSSML(References.interpolate(ssml, host: host)))
        }
        let recording = parameters["PromptId"]?.scalarText ?? parameters["Media"]?["Uri"]?.scalarText
        guard let raw = recording else { return .absent }
        let id = References.resolveWhole(raw, host: host) ?? raw
        return host.recordedPrompt(id).map(Lookup.found) ?? .unresolved(id)
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
