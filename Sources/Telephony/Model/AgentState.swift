/// One agent as the engine sees it.
public final class AgentState {
    public let config: AgentConfig
    public var status: AgentStatus { didSet { freeAgents.note(self) } }
    public var statusSince: Millis
    /// Chosen while on a contact; applied after Clear contact (docs §6 rule 8).
    public var nextStatus: AgentStatus? { didSet { freeAgents.note(self) } }
    public var slot: AgentSlot {
        get { currentSlot }
        set { currentSlot = newValue; freeAgents.note(self) }
    }
    /// When the agent last became free to take a contact: routing offers to the longest idle.
    public var idleSince: Millis {
        get { currentIdleSince }
        set { currentIdleSince = newValue; freeAgents.note(self) }
    }
    private var currentSlot: AgentSlot
    private var currentIdleSince: Millis
    /// The routing order of free agents this agent keeps its place in, and its index there. Fixed for the
    /// agent's life: a constant reference is read without a retain each time a change tells it (issue 9).
    let freeAgents: FreeAgents
    let routingIndex: Int
    /// The accept window's timer of the offer ringing now, cancelled when the offer ends first (issue 9: most
    /// offers are accepted long before it, and each stale timer cost a firing). Only reserved while a bot's answer,
    /// due first, is pending: the bot's answer ends the offer, or sets the window if someone took the agent over.
    var offerExpiry: PendingTimer?

    /// Routable, with no contact in any state and no next status pending (docs §6 rules 7, 8).
    var isFree: Bool { status == .available && slot == .free && nextStatus == nil }
    /// A person drives this agent (a CCP panel, or a script that took control); bots stay still.
    public var driven: Bool
    public var muted: Bool

    public var username: String { config.username }

    /// The slot frees and the idle time starts at `now` in one change: routing's order hears of the agent
    /// once, rather than taking it in at its old idle time and moving it again (issue 9).
    func free(at now: Millis) {
        currentSlot = .free
        currentIdleSince = now
        freeAgents.note(self)
    }

    /// `routingIndex` is the agent's index among the engine's agents; `freeAgents` is told of the agent at once.
    init(config: AgentConfig, at now: Millis, freeAgents: FreeAgents, routingIndex: Int) {
        self.config = config
        self.freeAgents = freeAgents
        self.routingIndex = routingIndex
        self.status = AgentStatus(label: config.initialStatus)
        self.statusSince = now
        self.nextStatus = nil
        self.currentSlot = .free
        self.currentIdleSince = now
        self.driven = config.bot == nil
        self.muted = false
        freeAgents.note(self)
    }
}

/// The one voice contact an agent can hold at a time (docs §6 rule 7).
public enum AgentSlot: Sendable, Equatable {
    case free
    /// Ringing: Accept or Reject within 20 s (docs §6 rule 5).
    case offered(ContactID, since: Millis)
    /// The agent let the offer run out: status Missed until Clear contact.
    case missed(ContactID, since: Millis)
    case rejected(ContactID, since: Millis)
    /// Accepted: whispering, connected, or in after contact work on this contact.
    case working(ContactID)

    public var contactId: ContactID? {
        switch self {
        case .free: return nil
        case .offered(let c, _), .missed(let c, _), .rejected(let c, _), .working(let c): return c
        }
    }
}
