@testable import CCP
import Telephony
import Testing

/// Each event on a call leaves exactly one true line in the transcript of each agent it concerns
/// (issue 11 review 2, point 6; docs §6 rule 23, DisconnectReason): an agent who hangs up the caller
/// reads "You hung up the caller" and not also "The caller hung up" (AGENT_DISCONNECT, not
/// CUSTOMER_DISCONNECT); the others on the call read who did it; a supervisor's own moves, which the
/// engine tells it, are not told a second time by the CCP.
@Suite struct TranscriptEventTests {
    static let size = Size(columns: 120, rows: 40)
    static let supervised = "Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml"

    static func lines(_ stage: EngineStage, _ agent: String) -> [String] {
        (stage.controller.snapshot().agentTranscripts[agent] ?? []).map(\.text)
    }

    static func count(_ text: String, in lines: [String]) -> Int { lines.count { $0 == text } }

    @Test func theAgentWhoHangsUpTheCallerReadsOnlyItsOwnLine() throws {
        let stage = try EngineStage(size: Self.size).run(Stages.connected)
        stage.type("x").run("wait 1s")
        let john = Self.lines(stage, "john")
        #expect(Self.count("You hung up the caller", in: john) == 1, "\(john)")
        #expect(!john.contains("The caller hung up"), "\(john)")
        #expect(stage.engine.allRecords.last?.DisconnectReason == "AGENT_DISCONNECT")
    }

    @Test func theCallerHangingUpIsStillTold() throws {
        let stage = try EngineStage(size: Self.size).run(Stages.connected + "\ncustomer hangs up\nwait 1s")
        #expect(Self.count("The caller hung up", in: Self.lines(stage, "john")) == 1)
        #expect(stage.engine.allRecords.last?.DisconnectReason == "CUSTOMER_DISCONNECT")
    }

    /// On a multi-party conference the other agent reads who hung up the caller, not that the caller hung up.
    @Test func anotherAgentOnTheCallReadsWhoHungUpTheCaller() throws {
        let stage = try PartyMuteKeyTests.conference()
        stage.type("x").run("wait 1s")
        let maria = stage.engine.transcript(of: .agent("maria")).map(\.text)
        let john = try #require(stage.engine.view(of: "john")).displayName
        #expect(Self.count("\(john) hung up the caller", in: maria) == 1, "\(maria)")
        #expect(!maria.contains("The caller hung up"), "\(maria)")
        #expect(!Self.lines(stage, "john").contains("The caller hung up"))
    }

    /// A supervisor who barged in and hangs up the caller: the agent reads that the supervisor did it.
    @Test func aBargedSupervisorHangingUpTheCallerIsToldAsTheSupervisors() throws {
        let stage = try EngineStage(scenario: Self.supervised, agents: ["maria"], supervisor: "sue", size: Self.size)
            .run(SupervisorStages.johnOnACall + "\nsue: monitor john\nsue: barge\nsue: hangup customer\nwait 1s")
        let john = stage.engine.transcript(of: .agent("john")).map(\.text)
        #expect(Self.count("Sue Park (supervisor) hung up the caller", in: john) == 1, "\(john)")
        #expect(!john.contains("The caller hung up"), "\(john)")
    }

    /// Monitor, hold and End call on the supervisor panel: one line each, the engine's.
    @Test func aSupervisorsOwnMovesAreToldOnce() throws {
        let stage = try EngineStage(scenario: Self.supervised, agents: [], supervisor: "sue", size: Self.size)
            .run(SupervisorStages.johnOnACall)
        stage.type("m")
        #expect(Self.count("Monitoring John Doe's call", in: Self.lines(stage, "sue")) == 1)
        #expect(!Self.lines(stage, "sue").contains { $0.hasPrefix("You started monitoring") })
        stage.type("b").type("o")
        let held = Self.lines(stage, "sue").filter { $0.hasSuffix("on hold") }
        #expect(held.count == 1, "\(held)")
        stage.type("m").type("e")
        let sue = Self.lines(stage, "sue")
        #expect(Self.count("Back to silent monitoring", in: sue) == 1, "\(sue)")
        #expect(Self.count("Stopped monitoring", in: sue) == 1, "\(sue)")
        #expect(!sue.contains("You ended the call") && !sue.contains("You went back to silent monitoring"), "\(sue)")
        #expect(Self.count("You barged in", in: sue) == 1, "\(sue)")
    }

    /// The supervisor hangs up the agent: the supervisor's line says so, and going back to silent is
    /// refused with what happened (the supervisor disconnected John: BARGED), not that John left.
    @Test func pressingMonitorAfterDroppingTheAgentSaysTheSupervisorDisconnectedHim() throws {
        let stage = try EngineStage(scenario: Self.supervised, agents: [], supervisor: "sue", size: Self.size)
            .run(SupervisorStages.johnOnACall)
        stage.type("mb").press([.right]).type("x")
        #expect(Self.count("You hung up John Doe", in: Self.lines(stage, "sue")) == 1)
        stage.type("m")
        let message = try #require(stage.controller.ui.panels[0].message).text
        #expect(message.hasPrefix("Monitor: You disconnected John Doe"), "\(message)")
        #expect(!message.contains("has left the call"))
    }

    /// A number the agent dialled hangs up: one line, naming the number (it is no caller).
    @Test func aDialledNumberHangingUpIsToldOnce() throws {
        let stage = try EngineStage(size: Self.size)
            .run("dial +18005550199\nwait until banner Connected\nwait 5s\ndtmf 11362\nwait 20s")
        let john = Self.lines(stage, "john")
        let hungUp = john.filter { $0.hasSuffix("hung up") }
        #expect(hungUp == ["+18005550199 hung up"], "\(john)")
    }
}
