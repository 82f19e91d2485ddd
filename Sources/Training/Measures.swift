import Foundation
import Telephony

/// An offer of a contact to the trainee and when it was accepted (from the engine's events).
public struct Offer: Sendable, Equatable {
    public var contact: String
    /// Virtual ms.
    public var offeredAt: Millis
    /// Virtual ms; nil when it was missed or rejected, or still rings.
    public var acceptedAt: Millis?
    public var missed: Bool
    /// Missed as the lesson asked (a goal with `asksForMiss: true` was the current one).
    public var askedFor: Bool

    public init(contact: String, offeredAt: Millis, acceptedAt: Millis? = nil, missed: Bool = false, askedFor: Bool = false) {
        self.contact = contact
        self.offeredAt = offeredAt
        self.acceptedAt = acceptedAt
        self.missed = missed
        self.askedFor = askedFor
    }
}

/// The measures contact centres judge an agent by, for one lesson run. Durations in whole seconds
/// as the contact records keep them (docs §2.2, §6 rule 22); time to answer in ms from the events.
public struct Measures: Sendable, Equatable, Codable {
    /// The trainee's contact records (segments connected to the trainee).
    public var contacts: Int
    public var offers: Int
    /// Offers that ended without Accept (missed or rejected, docs §6 rules 4-5).
    public var missedOffers: Int
    /// Those of `missedOffers` the lesson asked for (Offer.askedFor): not held against the trainee.
    public var askedMisses: Int
    /// Mean time from offer to Accept over accepted offers, in ms; nil when none was accepted.
    public var timeToAnswer: Millis?
    /// AgentInteractionDuration summed (talk, hold excluded), s.
    public var talk: Int
    /// CustomerHoldDuration summed, s.
    public var customerHold: Int
    /// NumberOfHolds summed.
    public var holds: Int
    /// The longest LongestHoldDuration, s.
    public var longestHold: Int
    /// AfterContactWorkDuration summed, s.
    public var afterContactWork: Int
    /// talk + customer hold + after contact work, s (Amazon Connect's handle time).
    public var handle: Int { talk + customerHold + afterContactWork }
    /// Trainee records whose transfer was completed: the caller ended up with the third party and the
    /// trainee left (Measures.transferCompleted), not a consult after which the trainee kept the caller.
    public var transfersCompleted: Int
    /// Moves the CCP refused (a dimmed button pressed, a command that did not apply).
    public var refusedMoves: Int
    public var forbiddenEvents: Int

    public init(contacts: Int = 0, offers: Int = 0, missedOffers: Int = 0, askedMisses: Int = 0, timeToAnswer: Millis? = nil, talk: Int = 0,
                customerHold: Int = 0, holds: Int = 0, longestHold: Int = 0, afterContactWork: Int = 0,
                transfersCompleted: Int = 0, refusedMoves: Int = 0, forbiddenEvents: Int = 0) {
        self.contacts = contacts
        self.offers = offers
        self.missedOffers = missedOffers
        self.askedMisses = askedMisses
        self.timeToAnswer = timeToAnswer
        self.talk = talk
        self.customerHold = customerHold
        self.holds = holds
        self.longestHold = longestHold
        self.afterContactWork = afterContactWork
        self.transfersCompleted = transfersCompleted
        self.refusedMoves = refusedMoves
        self.forbiddenEvents = forbiddenEvents
    }

    /// A transfer is completed when the caller ends up with the third party and the agent has left
    /// (docs §1.5: Leave after Join "completes the transfer"; End call leaves Maria and the caller talking),
    /// read from the records' transfer fields (docs §2.1, §2.5):
    /// - to an agent or queue: a segment made from this one (NextContactId, PreviousContactId) connected to
    ///   an agent and outlasted this segment, which ends when the transferring agent leaves: one that
    ///   ended first was a consult after which the agent kept the caller;
    /// - out of Amazon Connect (TransferCompletedTimestamp, the same record): the agent left (after
    ///   contact work began) before the contact ended, so the caller stayed with the external party.
    static func transferCompleted(_ record: ScoredRecord, to segments: [ScoredRecord]) -> Bool {
        let left = ScoredRecord.instant(record.Agent?.AfterContactWorkStartTimestamp)
        if record.TransferCompletedTimestamp != nil, let left,
           ScoredRecord.instant(record.DisconnectTimestamp).map({ left < $0 }) ?? true {
            return true
        }
        guard let ended = ScoredRecord.instant(record.DisconnectTimestamp) else { return false }
        return segments.contains { segment in
            guard segment.Agent?.ConnectedToAgentTimestamp != nil else { return false }
            // Still on the call when the records were read: it outlasted this segment.
            guard let end = ScoredRecord.instant(segment.DisconnectTimestamp) else { return true }
            return end > ended
        }
    }

    /// The measures of `agent` (a username) from the records and offers of a run.
    public static func of(agent: String, records: [ScoredRecord], offers: [Offer], refusedMoves: Int,
                          forbiddenEvents: Int) -> Measures {
        var m = Measures(refusedMoves: refusedMoves, forbiddenEvents: forbiddenEvents)
        let byId = Dictionary(records.map { ($0.ContactId, $0) }, uniquingKeysWith: { a, _ in a })
        var transfersFrom: [String: [ScoredRecord]] = [:]
        for record in records { if let p = record.PreviousContactId { transfersFrom[p, default: []].append(record) } }
        for record in records {
            guard let a = record.Agent, a.Username == agent, a.ConnectedToAgentTimestamp != nil else { continue }
            m.contacts += 1
            m.talk += a.AgentInteractionDuration
            m.customerHold += a.CustomerHoldDuration
            m.holds += a.NumberOfHolds
            m.longestHold = max(m.longestHold, a.LongestHoldDuration)
            m.afterContactWork += a.AfterContactWorkDuration ?? 0
            // NextContactId names only the newest transfer (a rejected attempt after a completed one):
            // every segment naming this one as PreviousContactId counts too.
            let next = record.NextContactId.flatMap { byId[$0] }.map { [$0] } ?? []
            if transferCompleted(record, to: next + (transfersFrom[record.ContactId] ?? [])) { m.transfersCompleted += 1 }
        }
        m.offers = offers.count
        m.missedOffers = offers.count { $0.missed }
        m.askedMisses = offers.count { $0.missed && $0.askedFor }
        let answered = offers.compactMap { o in o.acceptedAt.map { $0 - o.offeredAt } }
        if !answered.isEmpty { m.timeToAnswer = answered.reduce(0, +) / Millis(answered.count) }
        return m
    }
}
