/// Where a claimed number's inbound flow can send a caller, read from the flows without running them,
/// so the CCP's "next caller" reaches the agent who is meant to take it (a caller routes to the queues of
/// the agent's routing profile, or to the agent's own queue: docs §6 rule 7).
public enum RoutingTarget: Sendable, Equatable {
    /// A QueueId as the flow writes it: a name or an ARN.
    case queue(String)
    /// An AgentId as the flow writes it (the agent's own queue): a username or an ARN.
    case agent(String)
}

/// A flow runtime that can list the routing targets a flow names. Values written in the flow count, and
/// attributes the flows set to written values (`$.Attributes.queue` after Set contact attributes
/// `queue: PasswordReset`); a target known only at run time (from a Lambda or the caller's input) is not
/// known until the flow runs.
public protocol FlowRouteReading {
    /// The targets of Set working queue and Transfer to queue actions in `flow` and in the flows and
    /// modules it transfers to or invokes by a written name; empty for an unknown flow.
    func routingTargets(from flow: String) -> [RoutingTarget]
}

extension Engine {
    /// The claimed numbers, in the scenario's order, whose inbound flow names a queue of `username`'s
    /// routing profile or the agent's own queue; empty for an unknown agent or when the flows cannot
    /// be read (a runtime that is not `FlowRouteReading`).
    public func numbersReaching(_ username: String) -> [String] {
        guard let u = resolveAgent(username), let reader = flows as? any FlowRouteReading else { return [] }
        let served = Set(servedQueues(of: u))
        return config.phoneNumbers.filter { number in
            reader.routingTargets(from: number.flow).contains { target in
                switch target {
                case .queue(let reference): return resolveQueue(reference).map(served.contains) ?? false
                case .agent(let reference):
                    let key = reference.split(separator: "/").last.map(String.init) ?? reference
                    return (resolveAgent(reference) ?? resolveAgent(key)) == u
                }
            }
        }.map(\.number)
    }

    /// The queues `username`'s routing profile serves, in its priority order, for messages.
    public func servedQueues(of username: String) -> [String] {
        guard let u = resolveAgent(username), let profile = agent(u)?.config.routingProfile else { return [] }
        return profiles[profile]?.queues ?? []
    }
}
