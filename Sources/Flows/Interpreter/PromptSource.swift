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
    case recordingAt(String)

    /// nil when the parameters name no prompt.
    init?(_ parameters: JSONValue) {
        if let text = parameters["Text"]?.scalarText {
            let template = TextTemplate(text)
            self = template.fixedText.map { .fixed(Prompt(text: $0)) } ?? .text(template)
        } else if let ssml = parameters["SSML"]?.scalarText {
            let template = TextTemplate(ssml)
            self = template.fixedText.map { .fixed(SSML.prompt($0)) } ?? .ssml(template)
        } else if let id = parameters["PromptId"]?.scalarText ?? parameters["Media"]?["Uri"]?.scalarText {
            self = References.isReference(id) ? .recordingAt(id) : .recording(id)
        } else {
            return nil
        }
    }

    enum Lookup {
        case found(Prompt)
        /// A recorded prompt the scenario does not declare: the action takes its error branch
        /// (docs §3.6 quirk 8).
        case unresolved(String)
    }

    func prompt(host: any FlowHost) -> Lookup {
        switch self {
        case .fixed(let prompt): return .found(prompt)
        case .text(let template): return .found(Prompt(text: template.render(host: host)))
        case .ssml(let template): return .found(SSML.prompt(template.render(host: host)))
        case .recording(let id):
            return host.recordedPrompt(id).map(Lookup.found) ?? .unresolved(id)
        case .recordingAt(let path):
            let id = host.value(of: path) ?? path
            return host.recordedPrompt(id).map(Lookup.found) ?? .unresolved(id)
        }
    }
}
