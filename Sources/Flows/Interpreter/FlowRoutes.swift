import Telephony

/// The routing targets a flow names, for `Engine.numbersReaching(_:)`: what Set working queue
/// (UpdateContactTargetQueue) and Transfer to queue from a queue flow (DequeueContactAndTransferToQueue)
/// write, in this flow and in those it reaches with Transfer to flow and Invoke module (docs §3.2).
/// A queue or agent given as a reference is followed when the flows set it themselves to a written
/// value: a contact attribute (`$.Attributes.queue`, set by Set contact attributes in any of these
/// flows, since contact attributes go with the contact) or a flow attribute (`$.FlowAttributes.queue`,
/// set in the same flow). Any written value may be the one in force, so each counts. A value known
/// only at run time (from a Lambda, the caller's input, another reference) is not followed.
extension FlowLibrary: FlowRouteReading {
    public func routingTargets(from flow: String) -> [RoutingTarget] {
        var seen: Set<String> = [], pending = [flow]
        var contactAttributes: [String: [String]] = [:]
        // A target as written, with the flow attributes of its own flow.
        var written: [(queue: Bool, text: String, flowAttributes: [String: [String]])] = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let document = self.flow(named: name) else { continue }
            var flowAttributes: [String: [String]] = [:]
            var targets: [(queue: Bool, text: String)] = []
            for action in document.actions {
                switch action.type {
                case "UpdateContactTargetQueue", "DequeueContactAndTransferToQueue":
                    if let queue = action.text("QueueId"), !queue.isEmpty { targets.append((true, queue)) }
                    if let agent = action.text("AgentId"), !agent.isEmpty { targets.append((false, agent)) }
                case "UpdateContactAttributes":
                    for (key, value) in action.parameter("Attributes")?.orderedMembers ?? [] {
                        if let text = Self.written(value.scalarText) { contactAttributes[key, default: []].append(text) }
                    }
                case "UpdateFlowAttributes":
                    for (key, entry) in action.parameter("FlowAttributes")?.orderedMembers ?? [] {
                        if let text = Self.written(entry["Value"]?.scalarText ?? entry.scalarText) { flowAttributes[key, default: []].append(text) }
                    }
                case "TransferToFlow":
                    if let next = Self.written(action.text("ContactFlowId")).flatMap(resolve) { pending.append(next) }
                case "InvokeFlowModule":
                    if let next = Self.written(action.text("FlowModuleId")).flatMap(resolveModule) { pending.append(next) }
                default:
                    continue
                }
            }
            written += targets.map { ($0.queue, $0.text, flowAttributes) }
        }
        return written.flatMap { target -> [RoutingTarget] in
            let values: [String]
            if let key = Self.key(target.text, after: "$.Attributes.") {
                values = contactAttributes[key] ?? []
            } else if let key = Self.key(target.text, after: "$.FlowAttributes.") {
                values = target.flowAttributes[key] ?? []
            } else {
                values = Self.written(target.text).map { [$0] } ?? []
            }
            return values.map { target.queue ? .queue($0) : .agent($0) }
        }
    }

    /// A value written in the flow; nil for none, and for a reference resolved only at run time.
    private static func written(_ text: String?) -> String? {
        guard let text, !text.isEmpty, !text.contains("$.") else { return nil }
        return text
    }

    /// `KEY` of a whole reference `prefix` + `KEY`.
    private static func key(_ text: String, after prefix: String) -> String? {
        guard text.hasPrefix(prefix), text.count > prefix.count, !text.contains(" ") else { return nil }
        return String(text.dropFirst(prefix.count))
    }
}
