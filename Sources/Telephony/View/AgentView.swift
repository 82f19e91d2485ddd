/// Everything the CCP shows for one agent, read from the engine's state. The CCP layer renders
/// this; scripts assert on it. Nothing here is computed by the UI.
public struct AgentView: Sendable, Equatable {
    public var username: String
    public var displayName: String
    /// What the status selector shows: the chosen status, or a system one (Missed).
    public var status: String
    public var statusKind: StatusKind
    public var statusSince: Millis
    /// "Next status: Lunch" is shown while this is set.
    public var nextStatus: String?
    /// Statuses the agent can choose: Available, the custom ones, Offline.
    public var selectableStatuses: [String]
    public var contact: ContactView?
    public var quickConnects: [QuickConnectEntry]
    /// Every CCP control with the reason it does not apply now (nil = enabled). One predicate
    /// decides both this and whether the command is carried out.
    public var controls: [Control: String?]
    public var muted: Bool

    public init(username: String, displayName: String, status: String, statusKind: StatusKind, statusSince: Millis,
                nextStatus: String?, selectableStatuses: [String], contact: ContactView?, quickConnects: [QuickConnectEntry],
                controls: [Control: String?], muted: Bool) {
        self.username = username
        self.displayName = displayName
        self.status = status
        self.statusKind = statusKind
        self.statusSince = statusSince
        self.nextStatus = nextStatus
        self.selectableStatuses = selectableStatuses
        self.contact = contact
        self.quickConnects = quickConnects
        self.controls = controls
        self.muted = muted
    }

    public func disabledReason(_ control: Control) -> String? { controls[control] ?? nil }
    public func isEnabled(_ control: Control) -> Bool { controls[control] == .some(nil) }
}

public enum StatusKind: String, Sendable, Equatable, Codable {
    case routable, notRoutable = "not_routable", offline, system, error
}

public struct ContactView: Sendable, Equatable {
    public var contactId: String
    public var initiationMethod: String
    public var banner: Banner
    public var bannerSince: Millis
    public var queue: String?
    /// The customer's number (inbound) or the dialled number (outbound).
    public var customerNumber: String?
    /// The other parties, in the order the CCP lists them.
    public var parties: [PartyView]
    public var attributes: [(key: String, value: String)]
    /// When after contact work ends by itself; nil while not in ACW or when ACW has no timeout.
    public var acwEndsAt: Millis?

    public init(contactId: String, initiationMethod: String, banner: Banner, bannerSince: Millis, queue: String?,
                customerNumber: String?, parties: [PartyView], attributes: [(key: String, value: String)], acwEndsAt: Millis?) {
        self.contactId = contactId
        self.initiationMethod = initiationMethod
        self.banner = banner
        self.bannerSince = bannerSince
        self.queue = queue
        self.customerNumber = customerNumber
        self.parties = parties
        self.attributes = attributes
        self.acwEndsAt = acwEndsAt
    }

    public static func == (a: ContactView, b: ContactView) -> Bool {
        a.contactId == b.contactId && a.initiationMethod == b.initiationMethod && a.banner == b.banner
            && a.bannerSince == b.bannerSince && a.queue == b.queue && a.customerNumber == b.customerNumber
            && a.parties == b.parties && a.acwEndsAt == b.acwEndsAt
            && a.attributes.map(\.key) == b.attributes.map(\.key)
            && a.attributes.map(\.value) == b.attributes.map(\.value)
    }
}

/// The contact banner, with the real CCP's words (docs §1.6, §1.7).
public enum Banner: String, Sendable, Equatable, CaseIterable, Codable {
    case incoming = "Incoming call"
    case callbackIncoming = "Callback incoming"
    case connecting = "Connecting"
    case connected = "Connected"
    case onHold = "On hold"
    /// Also a rejected voice contact, as the CCP shows it (Streams issues 977, 792).
    case missed = "Missed contact"
    case afterContactWork = "After contact work"
}

public struct PartyView: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable { case customer, agent, external, queue }

    /// What commands name it by: `customer`, a username, a number, a queue name.
    public var handle: String
    /// What the CCP shows: a number, an agent's name, "Internal transfer".
    public var label: String
    public var kind: Kind
    public var state: ConnectionState
    public var since: Millis
    public var holdReason: String?
    public var resumeReason: String?
    public var hangUpReason: String?
    /// Heard by no one on the call: muted by itself (an agent) or by another agent or a supervisor.
    public var muted: Bool
    /// Why this agent can't mute (or unmute) the party now; on a multi-party call any agent mutes any
    /// other participant and unmutes those who are not agents (docs/supervisor.md).
    public var muteReason: String?
    public var unmuteReason: String?

    public init(handle: String, label: String, kind: Kind, state: ConnectionState, since: Millis,
                holdReason: String?, resumeReason: String?, hangUpReason: String?,
                muted: Bool = false, muteReason: String? = nil, unmuteReason: String? = nil) {
        self.handle = handle
        self.label = label
        self.kind = kind
        self.state = state
        self.since = since
        self.holdReason = holdReason
        self.resumeReason = resumeReason
        self.hangUpReason = hangUpReason
        self.muted = muted
        self.muteReason = muteReason
        self.unmuteReason = unmuteReason
    }
}

/// Streams' connection states (docs §6 rule 1).
public enum ConnectionState: String, Sendable, Equatable, Codable {
    case connecting, connected, hold, disconnected

    /// Still on the call: any state but disconnected. Loops over a call's legs ask `legs[i].state.isActive`,
    /// reading the stored state, as the leg's own `isActive` would hand over a copy of the whole leg (issue 9).
    public var isActive: Bool { self != .disconnected }

    public var label: String {
        switch self {
        case .connecting: return "Connecting"
        case .connected: return "Connected"
        case .hold: return "On hold"
        case .disconnected: return "Disconnected"
        }
    }
}

public struct QuickConnectEntry: Sendable, Equatable {
    public var name: String
    /// USER, QUEUE or PHONE_NUMBER.
    public var type: String
    public init(name: String, type: String) {
        self.name = name
        self.type = type
    }
}

