import CCP
import Telephony
import Testing

/// The supervisor panel (`run --supervisor`) against the real engine: live contacts, Monitor, Barge,
/// End call and hang-up by keys, who hears whom on screen ([AG/monitor-conversations],
/// [AG/monitor-barge], docs §6 rule 1; docs/supervisor.md).
@Suite struct SupervisorPanelTests {
    static let wide = Size(columns: 120, rows: 40)
    static let small = Size(columns: 80, rows: 24)

    @Test func liveContactsShowTheirAgentQueueStateAndDuration() throws {
        // Wide enough for every column beside the side panels.
        let stage = try EngineStage.supervisedFloor(size: Size(columns: 200, rows: 50)).run(SupervisorStages.johnOnACall)
        let row = try #require(stage.text.split(separator: "\n").first { $0.contains("John Doe") && $0.contains("BasicQueue") })
        #expect(row.contains("Connected"))
        #expect(row.contains("+15555550123"))
        // The contact began when Pat phoned: its duration counts from then, not from John's accept.
        let contact = try #require(stage.engine.liveContacts().first)
        #expect(row.contains(TimeText.clock(stage.engine.now - contact.since)))
        #expect(stage.engine.now - contact.since > 3000)
    }

    @Test func withNoContactThePanelSaysSoAndNamesTheCallerKey() throws {
        let stage = try EngineStage.supervisedFloor(size: Self.wide)
        #expect(stage.text.contains("Live contacts (0)"))
        #expect(stage.text.contains("No contact in progress. Press i and a caller phones in."))
        stage.type("m")
        #expect(stage.supervisorMessage == "Monitor: No contact to monitor: none is in progress.")
        #expect(stage.controller.ui.refusals == 1)
    }

    /// Silent monitor: Sue hears the call, no one hears her; her status reads Monitoring.
    @Test func monitorKeyListensWithoutBeingHeard() throws {
        let stage = try EngineStage.supervisedFloor(size: Self.wide).run(SupervisorStages.johnOnACall).type("m")
        let caller = try #require(stage.engine.liveContacts().first?.callId)
        #expect(stage.engine.view(of: "sue")?.status == "Monitoring")
        #expect(stage.engine.hears(.agent("sue"), .customer(caller)))
        #expect(stage.engine.hears(.agent("sue"), .agent("john")))
        #expect(!stage.engine.hears(.customer(caller), .agent("sue")))
        #expect(!stage.engine.hears(.agent("john"), .agent("sue")))
        let text = stage.text
        #expect(text.contains("Sue Park (monitoring): heard by no one; hears Pat Caller, John Doe"))
        #expect(text.contains("Pat Caller hears John Doe"))
        #expect(text.contains("Sue Park (monitor)"))
        stage.run("customer says Is anyone there?")
        #expect(stage.text.contains("Is anyone there?"))
    }

    /// Barge: Sue joins the conversation, heard by everyone on it.
    @Test func bargeKeyJoinsTheCallHeardByEveryone() throws {
        let stage = try EngineStage.supervisedFloor(size: Self.wide).run(SupervisorStages.johnOnACall)
        stage.type("b")
        #expect(stage.supervisorMessage == "Barge: Monitor a call first; then you can barge.")
        stage.type("mb")
        let caller = try #require(stage.engine.liveContacts().first?.callId)
        #expect(stage.engine.view(of: "sue")?.status == "Barged in")
        #expect(stage.engine.hears(.customer(caller), .agent("sue")))
        #expect(stage.engine.hears(.agent("john"), .agent("sue")))
        #expect(stage.text.contains("Sue Park (barged in) hears Pat Caller, John Doe"))
        #expect(stage.text.contains("Pat Caller hears John Doe, Sue Park"))
        // m again: back to silent monitoring.
        stage.type("m")
        #expect(stage.engine.view(of: "sue")?.status == "Monitoring")
        #expect(!stage.engine.hears(.customer(caller), .agent("sue")))
    }

    /// A barged-in supervisor drops the agent: the agent's segment ends with DisconnectReason BARGED
    /// (docs §2.4) and the caller stays on with the supervisor. The call stays listed with who hears
    /// whom after the agent's contact work ends; the record completes when the call does (it completed
    /// at the ACW timeout before, and the panel lost the call the supervisor was still on).
    @Test func bargedSupervisorHangsUpTheAgentWhoseRecordSaysBarged() throws {
        let stage = try EngineStage.supervisedFloor(size: Self.wide).run(SupervisorStages.johnOnACall)
        // Not monitoring yet: the engine's reason, as for every party move (it read "Barge in first: a
        // silent monitor cannot act on the call." while Sue was not monitoring at all, words the `:` line never gave).
        stage.type("x")
        #expect(stage.supervisorMessage == "Hang up: You're not monitoring a call: monitor one and barge in to act on its parties.")
        stage.type("mb").press([.right])
        #expect(stage.text.contains("› John Doe hears"))
        stage.type("x")
        let caller = try #require(stage.engine.liveContacts().first?.callId)
        #expect(stage.engine.view(of: "john")?.contact?.banner == .afterContactWork)
        #expect(stage.engine.hears(.customer(caller), .agent("sue")))
        stage.run("wait 15s")
        #expect(stage.text.contains("Live contacts (1)"))
        #expect(stage.text.contains("Pat Caller hears Sue Park"))
        #expect(stage.engine.completedRecords.isEmpty)
        stage.type("e")
        let record = try #require(stage.engine.completedRecords.first)
        #expect(record.DisconnectReason == "BARGED")
        #expect(stage.controller.ui.refusals == 1)
    }

    /// Barged in on a multi-party call, the supervisor holds and resumes parties by keys: `o` the
    /// selected party, `h` everyone ("Any agent on the call can put any party on hold",
    /// three-party-multi-party-comparison; docs/supervisor.md). Silent, the keys are refused.
    @Test func bargedSupervisorHoldsAndResumesPartiesByKeys() throws {
        let stage = try EngineStage.supervisedFloor(size: Self.wide).run(SupervisorStages.johnOnACall).type("m")
        // The engine's words, as `:hold customer` gives them (one vocabulary; the panel had its own).
        stage.type("o")
        #expect(stage.supervisorMessage == "Hold: You're monitoring silently: barge in to take control.")
        stage.type("h")
        #expect(stage.supervisorMessage == "Hold all: You're monitoring silently: barge in to take control.")
        stage.type("b")
        let caller = try #require(stage.engine.liveContacts().first?.callId)
        #expect(stage.text.contains("[o] Hold Pat Caller"))
        stage.type("o")
        #expect(!stage.engine.hears(.customer(caller), .agent("sue")))
        #expect(!stage.engine.hears(.agent("sue"), .customer(caller)))
        #expect(stage.engine.hears(.agent("john"), .agent("sue")))
        #expect(stage.text.contains("[o] Resume Pat Caller"))
        stage.type("o")
        #expect(stage.engine.hears(.customer(caller), .agent("sue")))
        // John selected and held: Sue and the caller talk alone.
        stage.press([.right]).type("o")
        #expect(!stage.engine.hears(.agent("john"), .customer(caller)))
        #expect(stage.engine.hears(.customer(caller), .agent("sue")))
        stage.type("o")
        // Hold all, then the key resumes all.
        stage.type("h")
        #expect(!stage.engine.hears(.customer(caller), .agent("sue")))
        #expect(!stage.engine.hears(.agent("john"), .agent("sue")))
        #expect(stage.text.contains("[h] Resume all"))
        stage.type("h")
        #expect(stage.engine.hears(.customer(caller), .agent("john")))
        #expect(stage.engine.hears(.agent("john"), .agent("sue")))
        #expect(stage.controller.ui.refusals == 2)
    }

    /// Barged in, `u` mutes the selected party and unmutes a muted caller; a muted agent only unmutes
    /// itself ("Any agent on the call can mute any other participant on the call"; "An agent can only
    /// unmute themselves, not another agent. However, an agent can unmute participants who are not
    /// agents", three-party-multi-party-comparison; docs/supervisor.md). Who hears whom says "(muted)".
    @Test func bargedSupervisorMutesAndUnmutesPartiesByKeys() throws {
        let stage = try EngineStage.supervisedFloor(size: Self.wide).run(SupervisorStages.johnOnACall).type("m")
        stage.type("u")
        #expect(stage.supervisorMessage == "Mute: You're monitoring silently: barge in to take control.")
        stage.type("b")
        let caller = try #require(stage.engine.liveContacts().first?.callId)
        #expect(stage.text.contains("[u] Mute Pat Caller"))
        stage.type("u")
        #expect(!stage.engine.hears(.agent("john"), .customer(caller)))
        #expect(!stage.engine.hears(.agent("sue"), .customer(caller)))
        #expect(stage.engine.hears(.customer(caller), .agent("john")))
        #expect(stage.engine.hears(.customer(caller), .agent("sue")))
        #expect(stage.text.contains("Pat Caller (muted): heard by no one; hears John Doe, Sue Park"))
        #expect(stage.text.contains("[u] Unmute Pat Caller"))
        #expect(stage.text.contains("You muted Pat Caller"))
        stage.type("u")
        #expect(stage.engine.hears(.agent("john"), .customer(caller)))
        // John selected: muted, and only John can unmute himself.
        stage.press([.right]).type("u")
        #expect(!stage.engine.hears(.customer(caller), .agent("john")))
        #expect(stage.engine.hears(.agent("john"), .agent("sue")))
        stage.type("u")
        #expect(stage.supervisorMessage == "Unmute John Doe: Only John Doe can unmute themselves: an agent can't unmute another agent.")
        stage.run("john: unmute")
        #expect(stage.engine.hears(.customer(caller), .agent("john")))
        #expect(stage.controller.ui.refusals == 2)
    }

    @Test func endCallStopsMonitoring() throws {
        let stage = try EngineStage.supervisedFloor(size: Self.wide).run(SupervisorStages.johnOnACall).type("m")
        stage.type("e")
        #expect(stage.engine.view(of: "sue")?.status == "Available")
        #expect(stage.engine.monitorMode(of: "sue") == nil)
        stage.type("e")
        #expect(stage.supervisorMessage == "End call: You're not monitoring a call.")
    }

    @Test func upAndDownChooseWhichContactToMonitor() throws {
        let stage = try EngineStage.supervisedFloor(size: Self.wide).run(SupervisorStages.twoCalls)
        #expect(stage.text.contains("Live contacts (2)"))
        stage.press([.down]).type("m")
        #expect(stage.engine.monitoredAgent(of: "sue") == "maria")
        #expect(stage.text.contains("Who hears whom on Maria Garcia's call"))
        // Once monitoring, Monitor on another contact is refused with the engine's reason.
        stage.press([.up]).type("m")
        #expect(stage.supervisorMessage == "Monitor: You're already monitoring: End call first.")
    }

    /// Side by side: the trainee's CCP and the supervisor panel on one screen.
    @Test func supervisorPanelSitsBesideAnAgentsCCP() throws {
        let stage = try EngineStage.supervisedFloor(agents: ["john"], size: Self.wide).run(SupervisorStages.johnAccepts)
        #expect(stage.controller.ui.panels.map(\.kind) == [.agent("john"), .supervisor("sue")])
        stage.press([.tab]).type("m")
        #expect(stage.engine.monitoredAgent(of: "sue") == "john")
        #expect(stage.text.contains("John Doe (john)"))
        #expect(stage.text.contains("Sue Park (sue)"))
    }

    /// In a half-width panel (80 columns beside John's CCP) the silent supervisor's row is cut, but
    /// not before "heard by no one", the fact silent monitoring is about (review).
    @Test func aNarrowPanelStillSaysTheSilentSupervisorIsHeardByNoOne() throws {
        let stage = try EngineStage.supervisedFloor(agents: ["john"], size: Self.small).run(SupervisorStages.johnAccepts)
        stage.press([.tab]).type("m")
        #expect(stage.engine.monitoredAgent(of: "sue") == "john")
        let text = stage.text
        #expect(text.contains("Sue Park (monitoring):"))
        #expect(text.contains("heard by no one; hears Pat Caller,"))
    }

    /// Too narrow for "Left/Right select a party" beside the title, the hint is left out, not cut to
    /// "Lef" (review, 80 columns beside an agent's CCP); `?` lists the keys.
    @Test func aNarrowPanelLeavesOutThePartyKeyHintRatherThanCuttingIt() throws {
        let stage = try EngineStage.supervisedFloor(agents: ["maria"], size: Self.small).run(SupervisorStages.johnOnACall)
        stage.press([.tab]).type("mb")
        let row = try #require(stage.text.split(separator: "\n").first { $0.contains("Who hears whom on John Doe's call") })
        #expect(!row.contains("Lef"))
        let wide = try EngineStage.supervisedFloor(size: Self.wide).run(SupervisorStages.johnOnACall).type("mb")
        #expect(wide.text.contains("Who hears whom on John Doe's call  Left/Right select a party"))
    }

    @Test(arguments: [(wide, "monitoring"), (small, "monitoring"), (wide, "barged")])
    func goldenScreens(_ size: Size, _ state: String) throws {
        let stage = try EngineStage.supervisedFloor(size: size).run(SupervisorStages.twoCalls).type("m")
        if state == "barged" { stage.type("b").run("sue: say This is Sue, the supervisor.") }
        stage.run("wait 4s")
        Golden.check(Golden.text(stage.screen()), file: "supervisor-\(state).\(size.columns)x\(size.rows).txt")
    }
}
