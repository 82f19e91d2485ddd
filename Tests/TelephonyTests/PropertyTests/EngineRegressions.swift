import Scenario
import Testing
import Telephony

/// Engine bugs the random walks found, each reduced to the shortest sequence that showed it, kept
/// as regression tests now that they are fixed. Each comment describes the bug as the walks found it.
@Suite("Engine bugs the random walks found")
struct EngineRegressions {
    /// Issue 1. A USER quick connect adds a leg for the target agent before that agent accepts; hanging
    /// that leg up ends the target's part of whatever other call it is on (HangUp.swift calls
    /// endAgentPart for the agent, whatever contact the agent's slot holds).
    @Test("Hanging up a quick-connected agent who has not accepted leaves the agent's other call alone")
    func hangingUpAPendingAgentTransferLeavesTheTargetsOtherCallAlone() throws {
        let engine = try builtIn()
        let first = try mariaAloneWithTheFirstCaller(engine)
        try johnTakesASecondCall(engine)
        #expect(engine.perform(.quickConnect("Maria"), as: "john") == nil)
        #expect(engine.perform(.hangUp("maria"), as: "john") == nil)
        #expect(engine.view(of: "maria")?.contact?.contactId == first)
        #expect(engine.view(of: "maria")?.contact?.banner == .connected)
    }

    /// Issue 2. Same root: the placeholder leg counts as the agent being on the call, so the phone's
    /// notices for that call reach an agent who is on another one.
    @Test("An agent hears no notices from a call it was quick-connected to but has not accepted")
    func pendingAgentTransferTargetHearsNothingFromThatCall() throws {
        let engine = try builtIn()
        _ = try mariaAloneWithTheFirstCaller(engine)
        try johnTakesASecondCall(engine)
        #expect(engine.perform(.quickConnect("Maria"), as: "john") == nil)
        let heard = engine.transcript(of: .agent("maria")).count
        #expect(engine.perform(.hangUp("customer"), as: "john") == nil)
        #expect(engine.transcript(of: .agent("maria")).dropFirst(heard).map(\.text) == [])
    }

    /// Issue 3. Cancelling a queue quick connect while it waits in queue completes the TRANSFER record
    /// without a DequeueTimestamp, so Queue.Duration keeps growing with the clock after the
    /// record is completed (QuickConnect.swift transferFailed sets no dequeuedAt).
    @Test("A cancelled queue transfer's completed record has a DequeueTimestamp and stops counting")
    func cancelledQueueTransferRecordStopsCounting() throws {
        let engine = try builtIn()
        try johnsQueueTransferWaits(engine)
        #expect(engine.perform(.hangUp("PasswordReset"), as: "john") == nil)
        let id = try #require(engine.allRecords.last?.ContactId)
        let done = try #require(engine.completedRecords.first { $0.ContactId == id })
        engine.advance(by: 60_000)
        let later = try #require(engine.completedRecords.first { $0.ContactId == id })
        #expect(done.Queue?.DequeueTimestamp != nil)
        #expect(later == done)
    }

    /// Issue 4. Leave while the only other party is a queue transfer still looking for an agent: the
    /// source segment is completed at Clear contact with DisconnectReason null, and the reason is
    /// written in later, when the call ends (Leave.swift leave → endAgentPart(reason: nil), then
    /// terminate back-fills it). Docs §2.5: the source segment gets AGENT_DISCONNECT when its agent
    /// leaves a call that is still up.
    @Test("Leaving during a pending queue transfer gives the source record AGENT_DISCONNECT at once")
    func leavingDuringAPendingQueueTransferSetsAgentDisconnect() throws {
        let engine = try builtIn()
        try johnsQueueTransferWaits(engine)
        let source = try #require(engine.allRecords.first?.ContactId)
        #expect(engine.perform(.leave, as: "john") == nil)
        #expect(engine.perform(.clear, as: "john") == nil)
        let record = try #require(engine.completedRecords.first { $0.ContactId == source })
        #expect(record.DisconnectReason == "AGENT_DISCONNECT")
    }

    /// Issue 4. The same back-fill for a transfer that never reached an agent: its segment is completed
    /// with DisconnectReason null, and the reason appears in the completed record when the call
    /// ends (Leave.swift terminate writes a reason into segments that are no longer live).
    @Test("A failed transfer's completed record does not change when the call ends later (§6 rule 22)")
    func failedTransferRecordIsFinal() throws {
        let engine = try builtIn()
        try johnsQueueTransferWaits(engine)
        #expect(engine.perform(.hangUp("PasswordReset"), as: "john") == nil)
        let id = try #require(engine.allRecords.last?.ContactId)
        let done = try #require(engine.completedRecords.first { $0.ContactId == id })
        #expect(engine.perform(.endCall, as: "john") == nil)
        let after = try #require(engine.completedRecords.first { $0.ContactId == id })
        #expect(after.DisconnectReason == done.DisconnectReason)
    }

    /// Issue 7. A cold transfer to a number: the agent leaves while the number still rings and clears.
    /// The record was completed, then the answer wrote TransferredToEndpoint and
    /// TransferCompletedTimestamp into it (ExternalParties.swift legAnswered updates the segment
    /// whatever its state). Since issue 14 point 7 the contact is still on the call after Clear
    /// contact (only a third party is with the caller), so its record completes when the caller's
    /// call ends, with the transfer fields of the answer, and does not change after that.
    @Test("A cold transfer's record completes when the call ends, with the transfer fields, and stays so (§6 rules 22, 23)")
    func coldTransferAnsweredAfterClearLeavesTheRecordAlone() throws {
        let engine = try builtIn()
        try johnOnTheFirstCall(engine)
        let source = try #require(engine.view(of: "john")?.contact?.contactId)
        #expect(engine.perform(.quickConnect("Shipping company"), as: "john") == nil)
        #expect(engine.perform(.leave, as: "john") == nil)
        #expect(engine.perform(.clear, as: "john") == nil)
        #expect(engine.completedRecords.first { $0.ContactId == source } == nil)
        engine.advance(by: 5_000)
        #expect(engine.perform(.customerHangsUp(customer: nil)) == nil)
        let done = try #require(engine.completedRecords.first { $0.ContactId == source })
        #expect(done.TransferredToEndpoint?.Address == "+18005550199")
        #expect(done.TransferCompletedTimestamp != nil)
        #expect(done.DisconnectReason == "CUSTOMER_DISCONNECT")
        engine.advance(by: 60_000)
        #expect(engine.completedRecords.first { $0.ContactId == source } == done)
    }

    /// Issue 8. The caller hangs up while a queue quick connect still waits for an agent. The transfer
    /// stays queued and is offered (and can be accepted) although no one can be added to a call
    /// whose caller is gone (docs §1.4 [I#479], §6 rule 18). Accepting it and then leaving ends the
    /// new agent's segment as abandoned in whisper, completed with an EnqueueTimestamp and no
    /// DequeueTimestamp, so its Queue.Duration keeps growing (seen by the walk, seed 48).
    @Test("A queue transfer still looking for an agent is withdrawn when the caller hangs up (§6 rule 18)")
    func pendingQueueTransferEndsWithTheCaller() throws {
        let engine = try builtIn()
        #expect(engine.perform(.setStatus("Break"), as: "sam") == nil)
        #expect(engine.perform(.takeControl(agent: "maria")) == nil)
        try johnOnTheFirstCall(engine)
        #expect(engine.perform(.quickConnect("PasswordReset"), as: "john") == nil)
        try advance(engine, until: "maria is offered the transfer") { $0.view(of: "maria")?.contact?.banner == .incoming }
        #expect(engine.perform(.customerHangsUp(customer: nil)) == nil)
        #expect(engine.view(of: "maria")?.contact?.banner != .incoming)
        #expect(engine.perform(.accept, as: "maria") != nil)
    }

    /// Issue 5. TransferContactToAgent takes an agent out of after contact work (docs §3.2), but an agent
    /// who chose a next status while on the call must get no new contact (docs §6 rule 8); the
    /// engine offers the transfer anyway (Offers.swift canTakeDirectTransfer ignores nextStatus).
    @Test("A user quick connect is not offered to an agent in ACW with a next status")
    func agentTransferSkipsAnAgentWithANextStatus() throws {
        let engine = try builtIn()
        _ = try mariaAloneWithTheFirstCaller(engine)
        #expect(engine.perform(.takeControl(agent: "maria")) == nil)
        #expect(engine.perform(.setStatus("Break"), as: "maria") == nil)
        #expect(engine.perform(.endCall, as: "maria") == nil)
        #expect(engine.view(of: "maria")?.contact?.banner == .afterContactWork)
        try johnTakesASecondCall(engine)
        #expect(engine.perform(.quickConnect("Maria"), as: "john") == nil)
        try advance(engine, until: "the agent transfer flow ends") { e in
            e.view(of: "john")?.contact?.parties.contains { $0.handle == "maria" } != true
                || e.view(of: "maria")?.contact?.banner == .incoming
        }
        #expect(engine.view(of: "maria")?.contact?.banner != .incoming)
    }

    /// Issue 6, settled by the docs: a second transfer from one segment also names that segment as
    /// its previous contact, and the segment's NextContactId becomes the newest transfer (docs §2.5
    /// inference); each next link points back.
    @Test("A second transfer from one segment names it as previous; its next is the newest (§2.5)")
    func secondTransferFromOneSegment() throws {
        let engine = try builtIn()
        try johnsQueueTransferWaits(engine)
        let source = try #require(engine.allRecords.first?.ContactId)
        #expect(engine.perform(.hangUp("PasswordReset"), as: "john") == nil)
        #expect(engine.perform(.quickConnect("PasswordReset"), as: "john") == nil)
        let records = engine.allRecords
        let transfers = records.filter { $0.InitiationMethod == "TRANSFER" }
        #expect(transfers.count == 2)
        #expect(transfers.allSatisfy { $0.PreviousContactId == source })
        #expect(records.first { $0.ContactId == source }?.NextContactId == transfers.last?.ContactId)
    }

    // MARK: getting there

    private func builtIn() throws -> Engine { try EngineBuilder.build(BuiltInScenario.load()) }

    private func advance(_ engine: Engine, until what: String, limit: Int = 500, _ done: (Engine) -> Bool) throws {
        for _ in 0..<limit {
            if done(engine) { return }
            guard let t = engine.nextEventTime else { break }
            engine.advance(to: t)
        }
        if !done(engine) { throw Stuck(what: what) }
    }

    struct Stuck: Error, CustomStringConvertible {
        var what: String
        var description: String { "never reached: \(what)" }
    }

    /// A caller reaches john, who accepts; returns when they are connected.
    private func johnOnTheFirstCall(_ engine: Engine, from caller: String = "+15555550123") throws {
        #expect(engine.perform(.call(from: caller, to: "+18005550100")) == nil)
        try advance(engine, until: "john is offered the call") { $0.view(of: "john")?.contact?.banner == .incoming }
        #expect(engine.perform(.accept, as: "john") == nil)
        try advance(engine, until: "john is connected") { $0.view(of: "john")?.contact?.banner == .connected }
    }

    /// John, on the first call, quick-connects PasswordReset; people at maria's and sam's CCPs
    /// leave it ringing, so the transfer stays waiting in the queue.
    private func johnsQueueTransferWaits(_ engine: Engine) throws {
        for bot in ["maria", "sam"] { #expect(engine.perform(.takeControl(agent: bot)) == nil) }
        try johnOnTheFirstCall(engine)
        #expect(engine.perform(.quickConnect("PasswordReset"), as: "john") == nil)
        try advance(engine, until: "the transfer is queued") { $0.allRecords.last?.Queue?.Name == "PasswordReset" }
    }

    /// john hands the first caller to maria through the PasswordReset queue and leaves;
    /// returns maria's contact id.
    private func mariaAloneWithTheFirstCaller(_ engine: Engine) throws -> String {
        #expect(engine.perform(.setStatus("Break"), as: "sam") == nil)
        try johnOnTheFirstCall(engine)
        #expect(engine.perform(.quickConnect("PasswordReset"), as: "john") == nil)
        try advance(engine, until: "maria is connected") { $0.view(of: "maria")?.contact?.banner == .connected }
        #expect(engine.perform(.leave, as: "john") == nil)
        #expect(engine.perform(.clear, as: "john") == nil)
        return try #require(engine.view(of: "maria")?.contact?.contactId)
    }

    private func johnTakesASecondCall(_ engine: Engine) throws {
        try johnOnTheFirstCall(engine, from: "+15555550177")
    }
}
