/// Something that happened in the engine, as a typed value: when (virtual ms) and what.
///
/// Text is made only where it is read: `type` and `fields` render the `--events` JSON Lines
/// vocabulary (`EventLine`), and nothing is formatted while the engine runs. Contact and connection
/// states carry the Streams names (docs §6 rules 1–3), so a log reads like the Streams API's.
public struct EngineEvent: Sendable, Equatable {
    /// Virtual time in ms.
    public var at: Millis
    public var kind: Kind

    public init(at: Millis, _ kind: Kind) {
        self.at = at
        self.kind = kind
    }

    /// The event's name in the `--events` log (`contact.offered`, `party.state` …).
    public var type: String { kind.name.rawValue }

    /// The event's payload as the `--events` log writes it: flat string fields.
    public var fields: [String: String] { kind.fields }

    /// The JSON Lines form, with extra fields (a script's name when several scripts share a log).
    public func line(adding extra: [String: String] = [:]) -> EventLine {
        EventLine(at: at, type: type, fields: extra.isEmpty ? fields : fields.merging(extra) { own, _ in own })
    }
}

/// Streams contact states (docs §6 rule 2): the agent's contact from offer to Clear contact. A voice offer
/// is `connecting` (rule 3: voice skips `incoming`); after contact work is `ended`.
public enum StreamsContactState: String, Sendable, Equatable, Codable, CaseIterable {
    case incoming, pending, connecting, connected, missed, error, ended, rejected
}

/// Why an offer ended without Accept (each fires Streams onMissed, docs §6 rule 4).
public enum MissReason: Sendable, Equatable {
    /// The 20 s accept window ran out (docs §6 rule 5).
    case timedOut
    case rejected
    case callerHungUp
    /// End call during the agent or customer whisper (docs §6 rule 27).
    case hungUpDuringWhisper
    /// The transfer this offer belonged to failed or was cancelled.
    case transferEnded(String)

    public var text: String {
        switch self {
        case .timedOut: return "timed out"
        case .rejected: return "rejected"
        case .callerHungUp: return "the caller hung up"
        case .hungUpDuringWhisper: return "hung up during the whisper"
        case .transferEnded(let why): return "the transfer ended: \(why)"
        }
    }
}

/// How a flow run ended.
public enum FlowRunEnding: Sendable, Equatable {
    /// The flow itself ended (End flow, a transfer, an error with no branch).
    case flow(FlowEnd)
    /// A whisper flow was cut off at its 2-minute limit (docs §6 rule 27).
    case whisperTimeLimit

    public var text: String {
        switch self {
        case .flow(.finished): return "finished"
        case .flow(.queued): return "queued"
        case .flow(.transferredToAgent): return "transferred to agent"
        case .flow(.transferredOut): return "transferred out"
        case .flow(.failed(let why)): return "failed: \(why)"
        case .whisperTimeLimit: return "stopped: the whisper reached its 2-minute limit"
        }
    }
}

/// A flow run and where it runs: the flow's name, its role and the contact it runs on.
public struct FlowRunRef: Sendable, Equatable {
    public var run: RunID
    public var flow: String
    public var role: FlowRole
    public var contact: ContactID

    public init(run: RunID, flow: String, role: FlowRole, contact: ContactID) {
        self.run = run
        self.flow = flow
        self.role = role
        self.contact = contact
    }
}

/// One flow action as Amazon Connect's Testing language observes it (FlowActionStarted /
/// FlowActionCompleted, docs/connect-testing-language.md): the action identifier, its type, and on
/// completion the branch taken ("Success", a condition's value, an error type, "End").
public struct FlowActionRef: Sendable, Equatable {
    public var run: FlowRunRef
    /// The flow or module the action belongs to (a module's actions name the module).
    public var flow: String
    public var action: String
    public var actionType: String

    public init(run: FlowRunRef, flow: String, action: String, actionType: String) {
        self.run = run
        self.flow = flow
        self.action = action
        self.actionType = actionType
    }
}

extension EngineEvent {
    public enum Kind: Sendable, Equatable {
        // Calls and legs.
        case inboundCall(call: CallID, from: String, to: String, contact: ContactID)
        case outboundCall(contact: ContactID, agent: AgentID, number: String)
        case outboundAnswered(call: CallID)
        case legDialing(call: CallID, leg: LegID, number: String)
        case legAnswered(call: CallID, leg: LegID)
        case legFailed(call: CallID, leg: LegID, busy: Bool)
        /// An external party hung up, or an agent hung it up (`by`).
        case legHungUp(call: CallID, leg: LegID, by: AgentID?)
        /// A connection's Streams state changed (docs §6 rule 1).
        case connectionStateChanged(call: CallID, party: ConnectionRef, state: ConnectionState)
        case joined(call: CallID, agent: AgentID)
        case agentLeft(agent: AgentID, call: CallID)
        case customerDisconnected(call: CallID, reason: DisconnectReason)
        case callEnded(call: CallID, reason: DisconnectReason)

        // Contacts.
        case contactCreated(contact: ContactID, method: InitiationMethod, call: CallID)
        /// The agent's contact changed Streams state (docs §6 rules 2–3).
        case contactStateChanged(contact: ContactID, agent: AgentID, state: StreamsContactState)
        case queued(contact: ContactID, queue: QueueRef)
        case offered(contact: ContactID, agent: AgentID)
        case accepted(contact: ContactID, agent: AgentID)
        case rejected(contact: ContactID, agent: AgentID)
        case missed(contact: ContactID, agent: AgentID, reason: MissReason)
        case connected(contact: ContactID, agent: AgentID?)
        case abandonedInWhisper(contact: ContactID, agent: AgentID?)
        case afterContactWork(contact: ContactID, agent: AgentID)
        case afterContactWorkTimedOut(contact: ContactID, agent: AgentID)
        case cleared(contact: ContactID, agent: AgentID)
        /// An outbound call that was never answered ended.
        case outboundEnded(contact: ContactID)
        case attributeSet(contact: ContactID, key: String, value: String)
        case quickConnect(contact: ContactID, agent: AgentID, name: String, target: QuickConnectConfig.Target)
        case transferFailed(contact: ContactID, why: String)
        case callbackCreated(contact: ContactID, number: String, queue: QueueRef)
        case callbackDialing(contact: ContactID, number: String)
        case callbackRetry(contact: ContactID, attemptsLeft: Int)
        case callbackAbandoned(contact: ContactID)
        /// The segment's contact record is complete (after ACW and Clear contact, docs §6 rule 22).
        case recordCompleted(contact: ContactID)

        // Agents.
        case command(agent: AgentID, verb: String)
        case statusChanged(agent: AgentID, status: AgentStatus)
        /// Next status while on a contact; nil when Available cancelled a pending one (docs §6 rule 8).
        case nextStatus(agent: AgentID, status: AgentStatus?)
        case muted(agent: AgentID, muted: Bool)
        /// A supervisor's connection to the call it monitors changed: `silent_monitor`, `barge` (docs §6
        /// rule 1, docs/supervisor.md), or nil when monitoring ended (Streams: `disconnected`).
        case supervisorConnection(call: CallID, supervisor: AgentID, agent: AgentID, contact: ContactID, mode: MonitorMode?)
        /// A supervisor who barged in hung up an agent on the call (DisconnectReason BARGED, docs §2.4).
        case agentHungUp(call: CallID, agent: AgentID, by: AgentID)
        /// An agent on a multi-party call or a supervisor who barged in muted or unmuted another party of the call (docs/supervisor.md).
        case partyMuted(call: CallID, party: PartyKey, by: AgentID, muted: Bool)

        // Flows and what parties hear.
        case flowStarted(FlowRunRef)
        case flowActionStarted(FlowActionRef)
        case flowActionCompleted(FlowActionRef, branch: String)
        case flowEnded(FlowRunRef, how: FlowRunEnding)
        case flowStopped(FlowRunRef)
        case flowDisconnected(FlowRunRef)
        /// A flow prompt (text to speech or a recording) played to `to`.
        case promptPlayed(to: PartyKey, flow: String, text: String, recording: Bool)
        /// A whisper flow's prompt played to `to` (docs §6 rule 27).
        case whisperPlayed(to: PartyKey, flow: String, text: String)
        case spoke(party: PartyKey, text: String)
        case tones(party: PartyKey, digits: String)

        /// The vocabulary of `--events`' `type`.
        public var name: EventName {
            switch self {
            case .inboundCall: return .inboundCall
            case .outboundCall: return .outboundCall
            case .outboundAnswered: return .outboundAnswered
            case .legDialing: return .legDialing
            case .legAnswered: return .legAnswered
            case .legFailed: return .legFailed
            case .legHungUp: return .legHungUp
            case .connectionStateChanged: return .connectionState
            case .joined: return .joined
            case .agentLeft: return .agentLeft
            case .customerDisconnected: return .customerDisconnected
            case .callEnded: return .callEnded
            case .contactCreated: return .contactCreated
            case .contactStateChanged: return .contactState
            case .queued: return .queued
            case .offered: return .offered
            case .accepted: return .accepted
            case .rejected: return .rejected
            case .missed: return .missed
            case .connected: return .connected
            case .abandonedInWhisper: return .abandonedInWhisper
            case .afterContactWork: return .afterContactWork
            case .afterContactWorkTimedOut: return .afterContactWorkTimedOut
            case .cleared: return .cleared
            case .outboundEnded: return .outboundEnded
            case .attributeSet: return .attribute
            case .quickConnect: return .quickConnect
            case .transferFailed: return .transferFailed
            case .callbackCreated: return .callbackCreated
            case .callbackDialing: return .callbackDialing
            case .callbackRetry: return .callbackRetry
            case .callbackAbandoned: return .callbackAbandoned
            case .recordCompleted: return .recordCompleted
            case .command: return .command
            case .statusChanged: return .status
            case .nextStatus: return .nextStatus
            case .muted: return .mute
            case .supervisorConnection: return .supervisorConnection
            case .agentHungUp: return .agentHungUp
            case .partyMuted: return .partyMuted
            case .flowStarted: return .flowStarted
            case .flowActionStarted: return .flowActionStarted
            case .flowActionCompleted: return .flowActionCompleted
            case .flowEnded: return .flowEnded
            case .flowStopped: return .flowStopped
            case .flowDisconnected: return .flowDisconnected
            case .promptPlayed, .whisperPlayed: return .prompt
            case .spoke: return .speech
            case .tones: return .dtmf
            }
        }
    }
}

/// The `type` of each event in the `--events` log; `Engine.eventNames` filters by them.
public enum EventName: String, Sendable, CaseIterable, Hashable {
    case inboundCall = "call.inbound"
    case outboundCall = "call.outbound"
    case outboundAnswered = "call.answered"
    case legDialing = "leg.dialing"
    case legAnswered = "leg.answered"
    case legFailed = "leg.failed"
    case legHungUp = "leg.hung_up"
    case connectionState = "party.state"
    case joined = "call.joined"
    case agentLeft = "agent.left"
    case customerDisconnected = "customer.disconnected"
    case callEnded = "call.ended"
    case contactCreated = "contact.created"
    case contactState = "contact.state"
    case queued = "contact.queued"
    case offered = "contact.offered"
    case accepted = "contact.accepted"
    case rejected = "contact.rejected"
    case missed = "contact.missed"
    case connected = "contact.connected"
    case abandonedInWhisper = "contact.abandoned_in_whisper"
    case afterContactWork = "contact.acw"
    case afterContactWorkTimedOut = "contact.acw_timed_out"
    case cleared = "contact.cleared"
    case outboundEnded = "contact.ended"
    case attribute = "attribute"
    case quickConnect = "quick_connect"
    case transferFailed = "transfer.failed"
    case callbackCreated = "callback.created"
    case callbackDialing = "callback.dialing"
    case callbackRetry = "callback.retry"
    case callbackAbandoned = "callback.abandoned"
    case command = "command"
    case status = "agent.status"
    case nextStatus = "agent.next_status"
    case mute = "agent.mute"
    case flowStarted = "flow.started"
    case flowActionStarted = "flow.action_started"
    case flowActionCompleted = "flow.action_completed"
    case flowEnded = "flow.ended"
    case flowStopped = "flow.stopped"
    case flowDisconnected = "flow.disconnect"
    case prompt = "prompt"
    case speech = "speech"
    case dtmf = "dtmf"
    case recordCompleted = "contact.completed"
    case supervisorConnection = "supervisor.state"
    case agentHungUp = "agent.hung_up"
    case partyMuted = "party.muted"
}
