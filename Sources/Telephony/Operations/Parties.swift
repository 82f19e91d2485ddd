/// Naming the parties of a call the way an agent does: `customer`, a name, a number, a queue.
extension Engine {
    func resolveParty(_ handle: String, _ ctx: AgentContext) -> ConnectionRef? {
        guard let call = ctx.call else { return nil }
        let h = handle.lowercased()
        if ["customer", "caller", call.customerNumber.lowercased()].contains(h) { return .customer }
        for leg in ctx.otherLegs {
            var names = [legLabel(leg).lowercased()]
            switch leg.party {
            case .agent(let u):
                names += [u.lowercased()]
                if let a = agent(u) { names += [a.config.firstName.lowercased(), a.config.displayName.lowercased()] }
            case .external(let number): names.append(number.lowercased())
            case .pending(let queue): names += [queue.lowercased(), "internal transfer"]
            }
            if names.contains(h) { return .leg(leg.id) }
        }
        return nil
    }

    /// The handles an agent can use, for messages.
    func partyHandles(_ ctx: AgentContext) -> [String] {
        guard let call = ctx.call else { return [] }
        var handles = call.customer.isActive ? ["customer"] : []
        for leg in ctx.otherLegs {
            switch leg.party {
            case .agent(let u): handles.append(u)
            case .external(let number): handles.append(number)
            case .pending(let q): handles.append(q)
            }
        }
        return handles
    }

    /// An agent quick connect shows Connected before its agent answers (docs §1.4), but there is no
    /// one on that connection to hold or swap to yet: the reason Hold all and Swap give meanwhile.
    func earlyLegRefusal(_ ctx: AgentContext) -> String? {
        guard let leg = ctx.otherLegs.first(where: { $0.state == .connecting && $0.showsConnectedEarly }) else { return nil }
        return "Wait until \(legLabel(leg)) answers: the connection shows Connected as soon as it is routed."
    }

    /// Whether this agent may hold, resume or hang up the party (docs §6 rule 20).
    func controlRefusal(_ ref: ConnectionRef, _ ctx: AgentContext, verb: String) -> String? {
        guard let call = ctx.call else { return "You're not on a call." }
        switch ref {
        case .customer:
            if ctx.isPrimary { return nil }
            return verb == "hang up"
                ? "You can hang up the caller only after the agent who transferred the call has left."
                : "In a three-party call only the agent in charge can \(verb) the caller."
        case .leg(let id):
            guard let leg = call.leg(id) else { return "That party is no longer on the call." }
            return ctx.controls(leg) ? nil : "In a three-party call you can \(verb) only the parties you added."
        }
    }
}
