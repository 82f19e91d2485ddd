import Telephony

/// The routing targets a flow names, for `Engine.numbersReaching(_:)`: what Set working queue
/// (UpdateContactTargetQueue) and Transfer to queue from a queue flow (DequeueContactAndTransferToQueue)
/// write, in this flow and in those it reaches with Transfer to flow and Invoke module (docs §3.2).
extension FlowLibrary: FlowRouteReading {
    public func routingTargets(from flow: String) -> [RoutingTarget] {
        var targets: [RoutingTarget] = [], seen: Set<String> = [], pending = [flow]
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let document = self.flow(named: name) else { continue }
            for action in document.actions {
                switch action.type {
                case "UpdateContactTargetQueue", "DequeueContactAndTransferToQueue":
                    if let queue = Self.written(action.text("QueueId")) { targets.append(.queue(queue)) }
                    if let agent = Self.written(action.text("AgentId")) { targets.append(.agent(agent)) }
                case "TransferToFlow":
                    if let next = Self.written(action.text("ContactFlowId")).flatMap(resolve) { pending.append(next) }
                case "InvokeFlowModule":
                    if let next = Self.written(action.text("FlowModuleId")).flatMap(resolveModule) { pending.append(next) }
                default:
                    continue
                }
            }
        }
        return targets
    }

    /// A value written in the flow; nil for none, and for a reference resolved only at run time.
    private static func written(_ text: String?) -> String? {
        guard let text, !text.isEmpty, !text.contains("$.") else { return nil }
        return text
    }
}
