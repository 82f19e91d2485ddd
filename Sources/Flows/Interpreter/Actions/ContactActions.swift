import Telephony

extension ActionExecutor {
    static func updateEventHooks(_ action: FlowAction, host: any FlowHost) -> ActionOutcome {
        guard let hooks = action.parameter("EventHooks")?.orderedMembers, !hooks.isEmpty else {
            return .error(.noMatchingError, note: "no EventHooks entry")
        }
        for (key, value) in hooks {
            guard let hook = EventHook(rawValue: key) else { continue }
            guard let ref = value.scalarText, let resolved = References.resolveWhole(ref, host: host),
                  let flow = host.resolveFlow(resolved), host.setHook(hook, flow: flow) else {
                return .error(.noMatchingError, note: "\(key) flow \(value.scalarText ?? "?") does not resolve")
            }
        }
        return .success()
    }

    static func updateTargetQueue(_ action: CompiledAction, host: any FlowHost) -> ActionOutcome {
        if let raw = action.text("QueueId") {
            guard let queue = References.resolveWhole(raw, host: host), host.setTargetQueue(queue) else {
                return .error(.noMatchingError, note: "queue \(raw) does not resolve")
            }
            return .success()
        }
        if let raw = action.text("AgentId") {
            guard let agent = References.resolveWhole(raw, host: host), host.setTargetAgent(agent) else {
                return .error(.noMatchingError, note: "agent \(raw) does not resolve")
            }
            return .success()
        }
        return .error(.noMatchingError, note: "neither QueueId nor AgentId is set")
    }

    /// `{"FlowAttributes": {"name": {"Value": "…"}}}`: values for `$.FlowAttributes.name` in this flow.
    static func updateFlowAttributes(_ action: FlowAction, host: any FlowHost) -> ActionOutcome {
        let raws = (action.parameter("FlowAttributes")?.orderedMembers ?? []).map { key, entry in
            (key: key, raw: entry["Value"]?.scalarText ?? entry.scalarText ?? "")
        }
        switch resolve(raws, host: host) {
        case .failure(let unresolved):
            return .error(.noMatchingError, note: "flow attribute \(unresolved.key): \(unresolved.raw) does not resolve")
        case .success(let values):
            host.setFlowAttributes(values)
            return .success(note: "flow attributes " + values.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
        }
    }

    /// All or nothing: if one value is a reference that does not resolve, none is set.
    static func updateAttributes(_ action: FlowAction, host: any FlowHost) -> ActionOutcome {
        guard let members = action.parameter("Attributes")?.orderedMembers else { return .success() }
        switch resolve(members.map { (key: $0.key, raw: $0.value.scalarText ?? "") }, host: host) {
        case .failure(let unresolved):
            return .error(.noMatchingError, note: "attribute \(unresolved.key): \(unresolved.raw) does not resolve")
        case .success(let values):
            host.setAttributes(values)
            return .success(note: "set " + values.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
        }
    }

    struct Unresolved: Error {
        var key: String
        var raw: String
    }

    /// A whole reference must resolve, or the first that does not is the failure; other text has
    /// the references inside it filled in.
    private static func resolve(_ raws: [(key: String, raw: String)],
                                host: any FlowHost) -> Result<[(key: String, value: String)], Unresolved> {
        var values: [(key: String, value: String)] = []
        for (key, raw) in raws {
            if References.isReference(raw) {
                guard let resolved = host.value(of: raw) else { return .failure(Unresolved(key: key, raw: raw)) }
                values.append((key, resolved))
            } else {
                values.append((key, TextTemplate(raw).render(host: host)))
            }
        }
        return .success(values)
    }
}

extension ActionExecutor {
    /// QueuePriority (1 is routed first) or QueueTimeAdjustmentSeconds (docs §3.2, UpdateContactRoutingBehavior).
    static func updateRoutingBehavior(_ action: FlowAction, host: any FlowHost) -> ActionOutcome {
        switch (Numbers.value("QueuePriority", of: action, host: host),
                Numbers.value("QueueTimeAdjustmentSeconds", of: action, host: host)) {
        case (.failure(let invalid), _), (_, .failure(let invalid)):
            return invalid.outcome
        case (.success(let priority), .success(let adjustment)):
            let p = priority.map { Int($0) }
            let a = adjustment.map(NumericParameter.milliseconds)
            host.setRoutingBehavior(priority: p, timeAdjustment: a)
            return .success(note: [p.map { "priority \($0)" }, adjustment.map { "time adjustment \(NumericParameter.format($0)) s" }]
                .compactMap { $0 }.joined(separator: ", "))
        }
    }
}
