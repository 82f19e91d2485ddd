import CCP
import Telephony
import Testing

/// A supervisor is an agent of the scenario: Available in a routing profile with queues, routing
/// offers it contacts as any agent (docs §6 rule 7). Its panel shows that contact's banner and takes
/// Accept, Reject, End call and Clear contact for it, with the agent CCP's keys (review: the offer
/// used to be shown with no way to take it, then missed).
@Suite struct SupervisorOwnContactTests {
    /// Sue's supervisor panel alone, on a floor where she is in John's queue.
    static func floor() throws -> EngineStage {
        try EngineStage(scenario: "Tests/ScriptTests/Scripts/scenarios/supervisor-in-queue.yaml", agents: [],
                        supervisor: "sue", size: Size(columns: 120, rows: 40))
    }

    /// John goes Offline and Sue Available, so the next caller is offered to Sue.
    static let offerToSue = """
        john: status Offline
        sue: status Available
        call +15555550123 -> +18005550100
        wait until sue banner "Incoming call"
        """

    @Test func anOfferToTheSupervisorIsAcceptedEndedAndClearedOnItsPanel() throws {
        let floor = try Self.floor()
        floor.run(Self.offerToSue)
        #expect(floor.text.contains("Incoming call"))
        #expect(floor.text.contains("[a] Accept"))
        floor.type("a")
        floor.run("wait until sue banner Connected")
        #expect(floor.text.contains("End call"))
        floor.type("e")
        #expect(floor.engine.view(of: "sue")?.contact?.banner == .afterContactWork)
        floor.type("c")
        #expect(floor.engine.view(of: "sue")?.contact == nil)
        #expect(floor.engine.completedRecords.first?.Agent?.Username == "sue")
    }

    @Test func theSupervisorRejectsAnOfferOnItsPanel() throws {
        let floor = try Self.floor()
        floor.run(Self.offerToSue)
        floor.type("r")
        #expect(floor.engine.view(of: "sue")?.contact?.banner != .incoming)
        // With no contact of its own, the contact keys are refused with the CCP's reason, not ignored.
        let idle = try Self.floor()
        idle.type("e")
        #expect(idle.supervisorMessage?.isEmpty == false)
    }
}
