/// Join: everyone on the call in one conversation (Streams conferenceConnections, docs §6 rule 13).
extension Engine {
    func joinRefusal(_ ctx: AgentContext) -> String? {
        guard ctx.onCall, let call = ctx.call, ctx.contact?.phase == .connected else { return "You're not on a call." }
        let third = ctx.otherLegs
        if third.isEmpty { return "Join needs a third party on the call." }
        if !call.customer.isActive { return "The caller has hung up: there is no one to join." }
        if !ctx.isPrimary { return "In a three-party call only the agent in charge can join the parties." }
        if let ringing = third.first(where: { $0.state == .connecting && !$0.showsConnectedEarly }) {
            return "Wait until \(legLabel(ringing)) is connected."
        }
        let held = call.customer == .hold || third.contains { $0.state == .hold }
        return held ? nil : "Everyone is already joined."
    }

    func join(by username: String) {
        guard let ctx = context(username), let call = ctx.call else { return }
        if call.customer == .hold { setState(.customer, .connected, on: call) }
        for leg in ctx.otherLegs where leg.state == .hold { setState(.leg(leg.id), .connected, on: call) }
        emit(.joined(call: call.id, agent: AgentID(username)))
        reconcileHoldFlows(call.id)
    }
}
