/// Swap: talk to the held party and hold the other; only with three parties (docs §1.5).
extension Engine {
    func swapRefusal(_ ctx: AgentContext) -> String? {
        guard ctx.onCall, let call = ctx.call, ctx.contact?.phase == .connected else { return "You're not on a call." }
        let third = ctx.otherLegs
        guard third.count == 1, call.customer.isActive else { return "Swap is only available with three parties on the call." }
        if !ctx.isPrimary { return "In a three-party call only the agent in charge can swap." }
        let states = [call.customer == .hold ? ConnectionState.hold : .connected, third[0].state]
        guard states.contains(.hold), states.contains(.connected) else {
            return earlyLegRefusal(ctx) ?? "Swap needs one party on hold and one connected."
        }
        return nil
    }

    func swap(by username: String) {
        guard let ctx = context(username), let call = ctx.call, let third = ctx.otherLegs.first else { return }
        let customerHeld = call.customer == .hold
        setState(.customer, customerHeld ? .connected : .hold, on: call)
        setState(.leg(third.id), customerHeld ? .hold : .connected, on: call)
        reconcileHoldFlows(call.id)
    }
}
