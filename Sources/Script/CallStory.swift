import Telephony

/// The parties a script gives words to on a call it places: the lines after its `call` line, up to
/// the next `call` line, are that call's story. Told to the engine when the call is placed, so a
/// simulated party's own line (a caller's `says`, a bot's greeting) never comes before the script's
/// words for it, however long the presenter waits between two steps (README, Demos).
enum CallStory {
    /// `caller` is the number the `call` line at `index` dials from; `agent` is the agent verbs
    /// without a `name:` act as there. Agent names are resolved with `resolve`.
    static func voices(after index: Int, in lines: [ScriptLine], caller: String, agent: String?,
                       resolve: (String) -> String?) -> Set<SimulatedVoice> {
        var current = agent
        var voices: Set<SimulatedVoice> = []
        for line in lines.dropFirst(index + 1) {
            switch line.statement {
            case .world(.call): return voices
            case .world(.customerSays(let number, _)) where number == nil || number == caller:
                voices.insert(.caller)
            case .world(.externalSays(let number, _)):
                voices.insert(.external(number))
            case .actAs(let name):
                current = resolve(name) ?? current
            case .agent(let name, .say):
                if let u = (name ?? current).flatMap(resolve) { voices.insert(.agent(u)) }
            default:
                break
            }
        }
        return voices
    }
}
