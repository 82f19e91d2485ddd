/// One line of the `--events` JSON Lines log: `{"at": ms, "type": "…", field: "…", …}`. Flat
/// string fields keep the log easy to grep and to load anywhere.
///
/// The fields sit beside the envelope, so a field may not be named like it: a field given as `at`
/// or `type` is kept as `at_field` or `type_field` instead of overwriting the envelope (issue 14 point 10).
public struct EventLine: Sendable, Equatable, Encodable {
    /// Virtual time in ms.
    public var at: Millis
    public var type: String
    public var fields: [String: String]

    /// The keys of the envelope, which no field may take.
    public static let envelopeKeys: Set<String> = ["at", "type"]

    public init(at: Millis, type: String, fields: [String: String]) {
        self.at = at
        self.type = type
        self.fields = Self.besideEnvelope(fields)
    }

    /// The fields with any envelope key renamed.
    static func besideEnvelope(_ fields: [String: String]) -> [String: String] {
        guard fields.keys.contains(where: envelopeKeys.contains) else { return fields }
        var own = fields
        for key in envelopeKeys.sorted() {
            guard let value = own.removeValue(forKey: key) else { continue }
            own[fieldKey(for: key, in: own)] = value
        }
        return own
    }

    /// `key_field`, with more underscores in the unlikely case that is taken too.
    private static func fieldKey(for key: String, in fields: [String: String]) -> String {
        var candidate = key + "_field"
        while fields[candidate] != nil || envelopeKeys.contains(candidate) { candidate += "_" }
        return candidate
    }

    enum CodingKeys: String, CodingKey { case at, type }

    struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at, forKey: .at)
        try c.encode(type, forKey: .type)
        var f = encoder.container(keyedBy: FieldKey.self)
        for key in fields.keys.sorted() { try f.encode(fields[key], forKey: FieldKey(stringValue: key)) }
    }
}

extension EngineEvent.Kind {
    /// The payload as the log's flat string fields. The names are the log's since its first
    /// version; new payloads add fields, never rename them.
    public var fields: [String: String] {
        switch self {
        case .inboundCall(let call, let from, let to, let contact):
            return ["call": call.description, "from": from, "to": to, "contact": contact.description]
        case .outboundCall(let contact, let agent, let number):
            return ["contact": contact.description, "agent": agent.description, "number": number]
        case .outboundAnswered(let call):
            return ["call": call.description]
        case .legDialing(let call, let leg, let number):
            return ["call": call.description, "leg": leg.description, "number": number]
        case .legAnswered(let call, let leg):
            return ["call": call.description, "leg": leg.description]
        case .legFailed(let call, let leg, let busy):
            return ["call": call.description, "leg": leg.description, "busy": busy ? "true" : "false"]
        case .legHungUp(let call, let leg, let by):
            var f = ["call": call.description, "leg": leg.description]
            if let by { f["by"] = by.description }
            return f
        case .connectionStateChanged(let call, let party, let state):
            switch party {
            case .customer: return ["call": call.description, "party": "customer", "state": state.rawValue]
            case .leg(let leg): return ["call": call.description, "leg": leg.description, "state": state.rawValue]
            }
        case .joined(let call, let agent):
            return ["call": call.description, "agent": agent.description]
        case .agentLeft(let agent, let call):
            return ["agent": agent.description, "call": call.description]
        case .customerDisconnected(let call, let reason), .callEnded(let call, let reason):
            return ["call": call.description, "reason": reason.rawValue]
        case .contactCreated(let contact, let method, let call):
            return ["contact": contact.description, "method": method.rawValue, "call": call.description]
        case .contactStateChanged(let contact, let agent, let state):
            return ["contact": contact.description, "agent": agent.description, "state": state.rawValue]
        case .queued(let contact, let queue):
            return ["contact": contact.description, "queue": queue.name]
        case .offered(let contact, let agent), .accepted(let contact, let agent), .rejected(let contact, let agent),
             .afterContactWork(let contact, let agent), .afterContactWorkTimedOut(let contact, let agent),
             .cleared(let contact, let agent):
            return ["contact": contact.description, "agent": agent.description]
        case .missed(let contact, let agent, let reason):
            return ["contact": contact.description, "agent": agent.description, "how": reason.text]
        case .connected(let contact, let agent):
            return ["contact": contact.description, "agent": agent?.description ?? ""]
        case .abandonedInWhisper(let contact, let agent):
            var f = ["contact": contact.description]
            if let agent { f["agent"] = agent.description }
            return f
        case .outboundEnded(let contact), .callbackAbandoned(let contact), .recordCompleted(let contact):
            return ["contact": contact.description]
        case .attributeSet(let contact, let key, let value):
            return ["contact": contact.description, "key": key, "value": value]
        case .quickConnect(let contact, let agent, let name, let target):
            return ["agent": agent.description, "name": name, "target_type": target.typeName, "contact": contact.description]
        case .transferFailed(let contact, let why):
            return ["contact": contact.description, "why": why]
        case .callbackCreated(let contact, let number, let queue):
            return ["contact": contact.description, "number": number, "queue": queue.name]
        case .callbackDialing(let contact, let number):
            return ["contact": contact.description, "number": number]
        case .callbackRetry(let contact, let left):
            return ["contact": contact.description, "attempts_left": String(left)]
        case .command(let agent, let verb):
            return ["agent": agent.description, "command": verb]
        case .statusChanged(let agent, let status):
            return ["agent": agent.description, "status": status.label]
        case .nextStatus(let agent, let status):
            return ["agent": agent.description, "status": status?.label ?? ""]
        case .muted(let agent, let muted):
            return ["agent": agent.description, "muted": muted ? "true" : "false"]
        case .supervisorConnection(let call, let supervisor, let agent, let contact, let mode):
            return ["call": call.description, "supervisor": supervisor.description, "agent": agent.description,
                    "contact": contact.description, "state": mode?.rawValue ?? ConnectionState.disconnected.rawValue]
        case .agentHungUp(let call, let agent, let by):
            return ["call": call.description, "agent": agent.description, "by": by.description]
        case .partyMuted(let call, let party, let by, let muted):
            return ["call": call.description, "party": party.description, "by": by.description, "muted": muted ? "true" : "false"]
        case .flowStarted(let run):
            return ["flow": run.flow, "role": run.role.rawValue, "contact": run.contact.description, "run": run.run.description]
        case .flowActionStarted(let a):
            return Self.actionFields(a)
        case .flowActionCompleted(let a, let branch):
            var f = Self.actionFields(a)
            f["branch"] = branch
            return f
        case .flowEnded(let run, let how):
            return ["flow": run.flow, "role": run.role.rawValue, "contact": run.contact.description, "run": run.run.description,
                    "how": how.text]
        case .flowStopped(let run):
            return ["flow": run.flow, "role": run.role.rawValue, "contact": run.contact.description, "run": run.run.description]
        case .flowDisconnected(let run):
            return ["flow": run.flow, "role": run.role.rawValue, "contact": run.contact.description, "run": run.run.description]
        case .promptPlayed(let to, let flow, let text, let recording):
            return ["party": to.description, "flow": flow, "text": text, "kind": recording ? "recording" : "prompt"]
        case .whisperPlayed(let to, let flow, let text):
            return ["party": to.description, "flow": flow, "text": text, "kind": "whisper"]
        case .spoke(let party, let text), .tones(let party, let text):
            return ["party": party.description, "text": text]
        }
    }

    private static func actionFields(_ a: FlowActionRef) -> [String: String] {
        ["flow": a.flow, "action": a.action, "action_type": a.actionType, "role": a.run.role.rawValue,
         "contact": a.run.contact.description, "run": a.run.run.description]
    }
}
