/// One contact segment: what a contact record describes (docs §2.5). A call that is transferred
/// has several, linked by previous/next ids.
///
/// A reference type: the engine reads and changes segments constantly, and copying them in and
/// out of its tables was most of its cost.
public final class Contact {
    public let id: ContactID
    public let callId: CallID
    public let method: InitiationMethod
    public let initialId: ContactID
    public let previousId: ContactID?
    public var nextId: ContactID?
    public let initiatedAt: Millis
    /// Changed only by `enter(_:at:)`.
    public private(set) var phase: ContactPhase
    public private(set) var phaseSince: Millis
    /// The agent the contact is offered to or connected with; changed only by `assign(agent:at:)` and
    /// `unassignAgent()`, which keep `agentAt` with it.
    public private(set) var agent: String?
    /// That agent's index in the engine's agents: the contact's steps reach its agent without hashing the
    /// username (issue 9: those lookups were about 1,500 instructions a contact).
    private(set) var agentAt: Int?
    /// The queue it waits or waited in.
    public var queue: QueueRef?
    /// Set by Set working queue; Transfer to queue moves the contact there.
    public var targetQueue: QueueRef? { didSet { targetQueueNumber = nil } }
    /// `targetQueue`'s number in the engine's queue table, once looked up (`Engine.targetQueueNumber(of:)`): a
    /// segment's flows read their working queue several times (issue 9). nil until then, and for an agent's queue.
    var targetQueueNumber: Int?
    public var enqueuedAt: Millis?
    public var dequeuedAt: Millis?
    public var connectedToAgentAt: Millis?
    public var connectedToSystemAt: Millis?
    public var acwStartedAt: Millis?
    public var acwEndedAt: Millis?
    public var disconnectedAt: Millis?
    public var disconnectReason: DisconnectReason?
    public var hooks: [EventHook: String]
    public var attributes: [String: String]
    public var attributeOrder: [String]
    public var storedInput: String?
    public var externalResults: [String: String]
    /// The agent who started this segment with a quick connect (TRANSFER segments); set with its index
    /// (`sourceAgentAt`) by `setSource(agent:at:)`.
    public private(set) var sourceAgent: String?
    /// That agent's index in the engine's agents: the transfer flow plays to the agent without hashing its name.
    private(set) var sourceAgentAt: Int?
    /// The call leg standing for this transfer on the source agent's side.
    public var transferLeg: LegID?
    /// The user of a USER quick connect: where TransferContactToAgent sends the contact.
    public var transferTarget: String?
    /// The agent's own leg once accepted.
    public var agentLeg: LegID?
    public var holds: HoldTally
    public var transferredTo: EndpointAddress?
    public var transferCompletedAt: Millis?
    public var connectionAttempts: Int
    /// The agent left while the caller stayed on with third parties only: the contact is still on
    /// the call, so its DisconnectReason and DisconnectTimestamp are those of the caller's call
    /// ending, and its record completes then (docs §2.4 THIRD_PARTY_DISCONNECT, §6 rule 23).
    public var awaitsCallerDisconnect: Bool
    /// Set only by `Engine.complete(_:)`, which tells the engine's ledger, so that the record is built then. The
    /// contact keeps no reference to the ledger: each segment retained it when made and released it when dropped,
    /// two atomic operations a segment (issue 9).
    public private(set) var completed: Bool
    /// Routing order within queues: lower priority first, then longest waiting (adjusted).
    public var routingPriority: Int
    public var routingTimeAdjustment: Millis
    /// Set by UpdateContactCallbackNumber; callbacks ring it instead of the caller's number.
    public var callbackNumber: String?
    /// Attempts left and the pause between them, for CALLBACK segments.
    public var callbackAttemptsLeft: Int
    public var callbackRetryDelay: Millis
    /// What flows left on the contact besides attributes (Lex result, voice, media stream); FlowHosting owns it.
    public var flowData: ContactFlowData

    init(id: ContactID, callId: CallID, method: InitiationMethod, initialId: ContactID?, previousId: ContactID?,
         at now: Millis) {
        self.id = id
        self.callId = callId
        self.method = method
        self.initialId = initialId ?? id
        self.previousId = previousId
        self.nextId = nil
        self.initiatedAt = now
        self.phase = .flow
        self.phaseSince = now
        // Empty tables made by `init()`, which shares the one empty storage: an empty literal is built from
        // an empty list of pairs at every contact (callgrind).
        self.hooks = Dictionary()
        self.attributes = Dictionary()
        self.attributeOrder = []
        self.externalResults = Dictionary()
        self.holds = HoldTally()
        self.connectionAttempts = 0
        self.awaitsCallerDisconnect = false
        self.completed = false
        self.routingPriority = 5
        self.routingTimeAdjustment = 0
        self.callbackAttemptsLeft = 0
        self.callbackRetryDelay = 0
        self.flowData = ContactFlowData()
    }

    /// The segment moves on to `phase` at `now`: the one place its phase changes.
    func enter(_ phase: ContactPhase, at now: Millis) {
        self.phase = phase
        phaseSince = now
    }

    /// The contact is offered to, or connected with, the agent `username`, at `index` in the engine's agents.
    func assign(agent username: String, at index: Int) {
        agent = username
        agentAt = index
    }

    /// The agent `username`, at `index` in the engine's agents, started this segment with a quick connect.
    func setSource(agent username: String, at index: Int) {
        sourceAgent = username
        sourceAgentAt = index
    }

    /// Only for `Engine.complete(_:)`, which tells the ledger.
    func markCompleted() { completed = true }

    /// The contact has no agent (an offer not taken, a callback to try again).
    func unassignAgent() {
        agent = nil
        agentAt = nil
    }

    func setAttribute(_ key: String, _ value: String) {
        if attributes[key] == nil { attributeOrder.append(key) }
        attributes[key] = value
    }

    var orderedAttributes: [(key: String, value: String)] {
        attributeOrder.compactMap { k in attributes[k].map { (k, $0) } }
    }
}

/// Where a segment stands, from arrival to completion.
public enum ContactPhase: String, Sendable, Equatable, Codable {
    /// Running an inbound or transfer flow.
    case flow
    case queued
    /// Ringing at an agent.
    case offered
    /// The agent accepted; the agent whisper plays to the agent (the customer is still queued).
    case agentWhisper
    /// The customer whisper plays to the customer side.
    case customerWhisper
    /// An outbound call is ringing at, or whispering to, the number dialled.
    case dialing
    case connected
    /// The agent's part is over; the agent is in after contact work.
    case afterContactWork
    case ended

    public var isLive: Bool { self != .afterContactWork && self != .ended }
}

public enum QueueRef: Sendable, Equatable, Hashable {
    case queue(String)
    /// An agent's personal queue, used by agent transfers.
    case agent(String)

    public var name: String {
        switch self {
        case .queue(let n): return n
        case .agent(let u): return u
        }
    }
}

/// Customer holds while connected to this segment's agent (docs §2.2).
public struct HoldTally: Sendable, Equatable {
    public var count = 0
    public var total: Millis = 0
    public var longest: Millis = 0
    public var startedAt: Millis?
}
