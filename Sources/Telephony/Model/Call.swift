/// A phone call: one caller and the legs (agents, external numbers) joined to it. Who hears whom
/// follows from the states here alone.
///
/// A reference type, like `Contact`, so that reading a call copies nothing.
public final class Call {
    public let id: CallID
    public let customerNumber: String
    /// The number called (inbound), or the caller ID presented (outbound).
    public let systemNumber: String
    public let outbound: Bool
    /// Changed only by `Engine.change(_:on:)`, which emits the Streams state and keeps the hold tallies.
    public private(set) var customer: CallerState
    public private(set) var customerSince: Millis
    public private(set) var legs: [Leg]
    /// Segments in the order they were created.
    public private(set) var contacts: [ContactID]
    /// The agent in charge in three-party mode: the first to connect, then whoever remains (docs §6 rule 20).
    public private(set) var primaryAgent: String?
    public private(set) var ended: Bool
    /// Digits an IVR at the number dialled has read (an outbound call to an external number).
    public private(set) var digitsHeard = ""
    /// Flow steps taken on this call at the instant `at` (`Engine.instantFlowStepLimit`).
    private var instantSteps: (at: Millis, count: Int) = (0, 0)

    init(id: CallID, customerNumber: String, systemNumber: String, outbound: Bool, at now: Millis) {
        self.id = id
        self.customerNumber = customerNumber
        self.systemNumber = systemNumber
        self.outbound = outbound
        self.customer = outbound ? .pending : .flow
        self.customerSince = now
        self.legs = []
        self.contacts = []
        self.primaryAgent = nil
        self.ended = false
    }

    // MARK: changes: a call's fields change only here

    /// Only for `Engine.change(_:on:)`, the one place a party's state changes.
    func setCallerState(_ state: CallerState, at now: Millis) {
        customer = state
        customerSince = now
    }

    /// Only for `Engine.change(_:on:)`, the one place a party's state changes.
    func setLegState(_ id: LegID, _ state: ConnectionState, at now: Millis) {
        guard let i = index(of: id) else { return }
        legs[i].state = state
        legs[i].since = now
    }

    // The first leg or segment makes room for a second (a transfer's) at once: growing the lists one at a
    // time took a reallocation each per transferred call (issue 9). A caller who only waits gets no room.
    // The leg is consumed, so it moves into the list instead of being copied field by field.
    func add(_ leg: consuming Leg) {
        if legs.isEmpty { legs.reserveCapacity(2) }
        legs.append(leg)
    }

    /// Changes a leg's other fields (who is on it, its contact, its label); its state changes through `setLegState`.
    func changeLeg(_ id: LegID, _ change: (inout Leg) -> Void) {
        guard let i = index(of: id) else { return }
        change(&legs[i])
    }

    /// Hands each of the call's segments, in order, to `body`. Segments are only ever added at the end, so reading
    /// the list afresh by index walks those there when the walk began, as a copy would, but without holding a copy
    /// across `body`: that cost an atomic retain and release per walk, and a contact's teardown walks its call's
    /// segments several times (issue 9). A segment `body` adds is not walked.
    func forEachContact(_ body: (ContactID) -> Void) {
        let count = contacts.count
        var i = 0
        while i < count {
            body(contacts[i])
            i += 1
        }
    }

    func add(contact id: ContactID) {
        if contacts.isEmpty { contacts.reserveCapacity(2) }
        contacts.append(id)
    }

    func setPrimaryAgent(_ username: String?) { primaryAgent = username }

    func end() { ended = true }

    /// Counts one flow step at `now`; the steps taken at this instant so far, this one included.
    func chargeInstantStep(at now: Millis) -> Int {
        if instantSteps.at != now { instantSteps = (now, 0) }
        instantSteps.count += 1
        return instantSteps.count
    }

    /// The call's flows start again with a fresh budget at this instant.
    func resetInstantSteps() { instantSteps.count = 0 }

    /// Digits an IVR at the number dialled has read so far; empty once it has acted on them.
    func setDigitsHeard(_ digits: String) { digitsHeard = digits }

    // Legs are searched field by field (`legs[i].id`): handing each leg whole to a predicate copies
    // it, its strings and all, and searching legs was a tenth of the engine's work (issue 9).

    func leg(_ id: LegID) -> Leg? { index(of: id).map { legs[$0] } }

    /// The leg at `index`, field by field: handing `legs[index]` on whole would copy it.
    func activeLeg(at index: Int) -> ActiveLeg {
        ActiveLeg(id: legs[index].id, state: legs[index].state, since: legs[index].since)
    }

    /// The leg `id` while it is on the call (not disconnected), read without copying the leg.
    func activeLeg(_ id: LegID) -> ActiveLeg? {
        guard let i = index(of: id), legs[i].state.isActive else { return nil }
        return activeLeg(at: i)
    }

    /// A leg's state, read without copying the leg.
    func legState(_ id: LegID) -> ConnectionState? { index(of: id).map { legs[$0].state } }

    func index(of id: LegID) -> Int? {
        for i in legs.indices where legs[i].id == id { return i }
        return nil
    }

    /// The agent's latest leg still on the call, read without copying the leg.
    func agentLeg(_ username: String) -> ActiveLeg? {
        for i in legs.indices.reversed() where legs[i].state.isActive {
            if case .agent(let u) = legs[i].party, u == username { return activeLeg(at: i) }
        }
        return nil
    }

    /// Whether any leg is in `state`.
    func hasLeg(in state: ConnectionState) -> Bool {
        for i in legs.indices where legs[i].state == state { return true }
        return false
    }

    var activeLegs: [Leg] { legs.filter { $0.state.isActive } }

    /// How many legs are not disconnected.
    var activeLegCount: Int {
        var n = 0
        for i in legs.indices where legs[i].state.isActive { n += 1 }
        return n
    }

    /// Whether an agent is on the call who has answered (its leg neither connecting nor disconnected).
    var hasAnsweredAgent: Bool {
        for i in legs.indices where legs[i].state.isActive && legs[i].state != .connecting {
            if case .agent = legs[i].party { return true }
        }
        return false
    }

    /// Whether every active leg is a number still ringing that no segment is waiting on.
    var onlyUnclaimedRingingLegs: Bool {
        for i in legs.indices where legs[i].state.isActive {
            if legs[i].state != .connecting || legs[i].contactId != nil { return false }
        }
        return true
    }
}

/// A party of a call as Streams names its connection (docs §6 rule 1): the caller's initial connection or a leg.
public enum ConnectionRef: Sendable, Equatable, Hashable {
    case customer
    case leg(LegID)
}

/// The caller's side of the call.
public enum CallerState: String, Sendable, Equatable, Codable {
    /// A queued callback that has not dialled the customer yet: no one is on this call.
    case pending
    /// Being dialled (outbound).
    case ringing
    /// Hearing a flow (inbound flow, whispers), no one else on the line.
    case flow
    case queued
    /// In conversation with the other connected parties.
    case connected
    case hold
    case disconnected

    public var isActive: Bool { self != .disconnected && self != .pending }

    /// The Streams state of the caller's connection (docs §6 rule 1): in a flow, queued or talking it is connected.
    public var connectionState: ConnectionState {
        switch self {
        case .hold: return .hold
        case .disconnected: return .disconnected
        case .ringing, .pending: return .connecting
        case .flow, .queued, .connected: return .connected
        }
    }
}

/// An agent or an external number on a call (a Streams connection other than the caller's).
public struct Leg: Sendable, Equatable {
    public let id: LegID
    public var party: LegParty
    /// Changed only by `Call.setLegState`, through `Engine.change(_:on:)`.
    public fileprivate(set) var state: ConnectionState
    public var since: Millis
    /// The agent who added it with a quick connect or the number pad; nil for the first agent
    /// and for numbers a flow dialled.
    public var addedBy: String?
    /// The agent's segment (agent legs) or the transfer segment still looking for an agent.
    public var contactId: ContactID?
    /// Agent quick connects show Connected at once to the transferring agent (docs §1.4, §6 rule 11).
    public var showsConnectedEarly: Bool
    /// A number a flow dialled (TransferParticipantToThirdParty): the flow waiting on it.
    public var flowRun: RunID?
    /// Digits an external IVR has read so far.
    public var digitsHeard: String
    /// The quick connect name it was added by, shown instead of the number or "Internal transfer".
    public var label: String?

    /// The optional fields are given here, not set afterwards, so that a new leg goes into its call's
    /// list as built instead of being copied from a variable (issue 9).
    init(id: LegID, party: LegParty, state: ConnectionState, at now: Millis, addedBy: String?,
         contactId: ContactID? = nil, showsConnectedEarly: Bool = false, label: String? = nil) {
        self.id = id
        self.party = party
        self.state = state
        self.since = now
        self.addedBy = addedBy
        self.contactId = contactId
        self.showsConnectedEarly = showsConnectedEarly
        self.digitsHeard = ""
        self.label = label
    }

    /// Loops over a call's legs test `state.isActive` instead: through this computed property the array
    /// hands over a copy of the whole leg, strings and all (issue 9).
    public var isActive: Bool { state.isActive }
}

/// A leg still on its call as commands and flows read it: which leg, its state and since when. Copying a
/// whole `Leg` copies its strings, and reading legs that way was a tenth of a command's cost (issue 9).
struct ActiveLeg {
    let id: LegID
    let state: ConnectionState
    let since: Millis
}

public enum LegParty: Sendable, Equatable, Hashable {
    case agent(String)
    case external(String)
    /// A queue quick connect still looking for an agent ("Internal transfer").
    case pending(queue: String)
}
