/// Every party of one call with its connection state, and who hears whom: what the CCP's call map
/// draws. Read from the engine's state; who hears whom is `Engine.hears`, the one rule for it
/// (docs §1.5 hold semantics, §6 rules 13–19).
public struct CallMapView: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        /// Names the party in commands and expectations: `customer`, a username, a number, a queue name.
        public var handle: String
        /// The party as the engine names it (nil for a queue transfer no agent has taken yet).
        public var key: PartyKey?
        /// The party's own name: the caller's or agent's name, the external party's name or number.
        public var label: String
        public var kind: PartyView.Kind
        /// The caller's phone's words for its state (`CallerView.State`: In flow, In queue…) or a connection's
        /// Streams state (Connecting, Connected, On hold, Disconnected).
        public var state: String
        /// False once the party has left the call (shown struck off, kept so the map reads as a story).
        public var onCall: Bool
        public var muted: Bool
        /// What the party is on the call besides its own name (`supervisor`), apart from `label` so a
        /// narrow map can drop it whole and keep the name.
        public var role: String? = nil
        /// When the party left the call (a leg that left); the call map keeps the one that left last.
        public var leftAt: Millis? = nil
    }

    /// Two parties hearing each other; `oneWay` when only `a` hears `b` (`a` is a muted agent, whom no
    /// one hears).
    public struct Line: Sendable, Equatable {
        public var a: Int
        public var b: Int
        public var oneWay: Bool
    }

    public var call: CallID
    /// The call's segments (contacts), first to last.
    public var contacts: [ContactID]
    public var nodes: [Node]
    /// Node pairs that hear each other, by index into `nodes`, `a < b` unless `oneWay`.
    public var lines: [Line]
    public var ended: Bool
}

extension Engine {
    /// The map of the call `party` is on now (an agent: the call of the contact it is working);
    /// nil when it is on none.
    public func callMap(of party: PartyKey) -> CallMapView? {
        guard let call = call(of: party) else { return nil }
        var nodes: [CallMapView.Node] = []
        if call.customer != .pending {
            let caller = PartyKey.customer(call.id)
            nodes.append(.init(handle: "customer", key: caller, label: label(of: caller), kind: .customer,
                               state: callerView(call.id)?.state.rawValue ?? "", onCall: call.customer.isActive, muted: isMuted(caller)))
        }
        for leg in call.legs {
            // A leg's state last changed when it disconnected.
            let left = leg.isActive ? nil : leg.since
            switch leg.party {
            case .agent(let u):
                nodes.append(.init(handle: u, key: .agent(u), label: agent(u)?.config.displayName ?? u, kind: .agent,
                                   state: leg.state.label, onCall: leg.isActive, muted: isMuted(.agent(u)), leftAt: left))
            case .external(let number):
                nodes.append(.init(handle: number, key: .external(leg.id), label: label(of: .external(leg.id)), kind: .external,
                                   state: leg.state.label, onCall: leg.isActive, muted: isMuted(.external(leg.id)), leftAt: left))
            case .pending(let queue):
                nodes.append(.init(handle: queue, key: nil, label: leg.label ?? queue, kind: .queue, state: leg.state.label,
                                   onCall: leg.isActive, muted: false, leftAt: left))
            }
        }
        // Supervisors on the call (docs/supervisor.md): a silent one hears everyone and is heard by no
        // one; one who barged in is in the conversation. Streams' states `silent_monitor` and `barge`.
        for s in supervisors(of: call.id) where !nodes.contains(where: { $0.key == .agent(s.username) }) {
            let name = agent(s.username)?.config.displayName ?? s.username
            nodes.append(.init(handle: s.username, key: .agent(s.username), label: name, kind: .agent,
                               state: s.mode == .barge ? "Barged in" : "Monitoring", onCall: true,
                               muted: isMuted(.agent(s.username)), role: "supervisor"))
        }
        var lines: [CallMapView.Line] = []
        for i in nodes.indices {
            for j in nodes.indices where j > i {
                guard let a = nodes[i].key, let b = nodes[j].key, nodes[i].onCall, nodes[j].onCall else { continue }
                switch (hears(a, b), hears(b, a)) {
                case (true, true): lines.append(.init(a: i, b: j, oneWay: false))
                case (true, false): lines.append(.init(a: i, b: j, oneWay: true))
                case (false, true): lines.append(.init(a: j, b: i, oneWay: true))
                case (false, false): break
                }
            }
        }
        return CallMapView(call: call.id, contacts: call.contacts, nodes: nodes, lines: lines, ended: call.ended)
    }

    /// The map of the newest call any of these agents is on or was on (a leg of theirs, or the call a
    /// supervisor among them monitors), or `caller`'s call when that is newer; nil when there is none.
    /// What a demo's side panels show while the focused agent is on no call (README "How it behaves").
    public func latestCallMap(of agents: [String], caller: CallID?) -> CallMapView? {
        let names = Set(agents)
        let onNow = agents.compactMap { call(of: .agent($0))?.id }
        let wasOn = callOrder.last { id in
            calls[id]?.legs.contains { if case .agent(let u) = $0.party { names.contains(u) } else { false } } == true
        }
        guard let newest = (onNow + [wasOn, caller].compactMap { $0 }).max() else { return nil }
        return callMap(of: .customer(newest))
    }
}
