/// Something a flow plays to a participant, as text. No audio anywhere: the text is what the party hears.
public struct Prompt: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// Text-to-speech from a Text or SSML parameter.
        case speech
        /// A recorded prompt (PromptId, Media): music, a beep, a named recording.
        case recording
    }

    public var text: String
    public var kind: Kind
    /// How long it takes to play, which is how long the flow waits before its next action.
    public var duration: Millis

    public init(text: String, kind: Kind = .speech, duration: Millis? = nil) {
        self.text = text
        self.kind = kind
        self.duration = duration ?? Prompt.speakingTime(text)
    }

    /// Speech at 150 words a minute (2.5 words a second), at least one second. A fixed rate keeps
    /// runs reproducible.
    public static func speakingTime(_ text: String) -> Millis {
        // Counted over the text's UTF-8 buffer in place: walking `utf8` cost about three times as much a byte,
        // and every whisper made from a template counts its words again (issue 9).
        var text = text
        let words = text.withUTF8 { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                let space = byte == 32 || byte == 10
                if !space && !inWord { words += 1 }
                inWord = !space
            }
            return words
        }
        return max(1000, words * 400)
    }
}
