import Telephony

/// What a Text, SSML, PromptId or Media parameter plays, read once when the flow is compiled.
enum PromptSource: Sendable, Equatable {
    /// Text or SSML without references: the same prompt every time it plays.
    case fixed(Prompt)
    case text(TextTemplate)
    case ssml(TextTemplate)
    /// A recorded prompt's id or ARN; the scenario declares what it sounds like.
    case recording(String)
    /// A recorded prompt named by a reference such as `$.Attributes.prompt`.
    case recordingAt(AttributePath)
    /// Static SSML that cannot play (a break time out of range); the validator reports it at load.
    case invalid(String)

    /// nil when the parameters name no prompt.
    init?(_ parameters: JSONValue) {
        if let text = parameters["Text"]?.scalarText {
            let template = TextTemplate(text)
            self = template.fixedText.map { .fixed(Prompt(text: $0)) } ?? .text(template)
        } else if let ssml = parameters["SSML"]?.scalarText {
            let template = TextTemplate(ssml)
            if let fixed = template.fixedText {
                switch SSML.prompt(fixed) {
                case .success(let prompt): self = .fixed(prompt)
                case .failure(let invalid): self = .invalid(invalid.reason)
                }
            } else {
                self = .ssml(template)
            }
        } else if let id = parameters["PromptId"]?.scalarText ?? parameters["Media"]?["Uri"]?.scalarText {
            self = References.isReference(id) ? .recordingAt(AttributePath(id)) : .recording(id)
        } else {
            return nil
        }
    }

    enum Lookup {
        case found(Prompt)
        /// The prompt cannot play: a recorded prompt the scenario does not declare (docs §3.6 quirk 8), or SSML
        /// whose break time is out of range. The action takes its error branch with this reason.
        case failed(String)
    }

    static func undeclared(_ id: String) -> Lookup { .failed("prompt \(id) is not declared in the scenario (prompts:)") }

    func prompt(host: any FlowHost) -> Lookup {
        switch self {
        case .fixed(let prompt): return .found(prompt)
        case .text(let template): return .found(Prompt(text: template.render(host: host)))
        case .ssml(let template):
            switch SSML.prompt(template.render(host: host)) {
            case .success(let prompt): return .found(prompt)
            case .failure(let invalid): return .failed(invalid.reason)
            }
        case .recording(let id):
            return host.recordedPrompt(id).map(Lookup.found) ?? Self.undeclared(id)
        case .recordingAt(let path):
            let id = host.value(of: path) ?? path.text
            return host.recordedPrompt(id).map(Lookup.found) ?? Self.undeclared(id)
        case .invalid(let reason):
            return .failed(reason)
        }
    }
}
