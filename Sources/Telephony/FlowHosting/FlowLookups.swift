/// What flow runs look up again and again, remembered (issue 9: no name hashed per run or per prompt).
struct FlowLookups {
    /// Per role, the runtime's number for the flow that role last started (`FlowCursor.resumeHint`).
    private var startHints: [(flow: String, number: Int)?] = Array(repeating: nil, count: 8)
    /// The recorded prompts found last, by the id a flow named them with (nil: the scenario has none by that id).
    private var prompts = RecentLookups<String, Prompt?>()

    /// Runs of one role mostly start the same flow, so a new run names its flow's number and the runtime looks
    /// no name up; the runtime checks the number against the name, so a stale one costs only that lookup.
    func number(of flow: String, role: FlowRole) -> Int? {
        guard let hint = startHints[Self.slot(role)], hint.flow == flow else { return nil }
        return hint.number
    }

    mutating func note(_ flow: String, number: Int, role: FlowRole) {
        let i = Self.slot(role)
        if let hint = startHints[i], hint.number == number, hint.flow == flow { return }
        startHints[i] = (flow, number)
    }

    /// The recorded prompt a flow names by `id`, as `find` gives it: found once and then remembered, since the
    /// scenario's prompts never change while the engine runs.
    mutating func recordedPrompt(_ id: String, find: (String) -> Prompt?) -> Prompt? {
        if let remembered = prompts.value(for: id) { return remembered }
        let prompt = find(id)
        prompts.remember(id, prompt)
        return prompt
    }

    private static func slot(_ role: FlowRole) -> Int {
        switch role {
        case .inbound: return 0
        case .customerQueue: return 1
        case .customerHold: return 2
        case .customerWhisper: return 3
        case .agentWhisper: return 4
        case .agentHold: return 5
        case .outboundWhisper: return 6
        case .transfer: return 7
        }
    }
}
