import CCP
import Telephony
import Testing

/// Every refusal the supervisor panel gives reads whole at 80×24, alone and beside an agent's CCP
/// (two 40-column panels): a refusal says why and what to do instead, so it wraps between words
/// instead of being cut at the panel's edge (review: reasons were cut off at 80 columns). Agent CCP
/// keys pressed on the supervisor panel say why they do nothing there and what to do instead
/// (docs/supervisor.md, "The supervisor panel").
@Suite struct SupervisorRefusalTests {
    static let small = Size(columns: 80, rows: 24)

    /// The panel alone, or beside Maria's CCP (John stays simulated, so the stages below hold in
    /// both), with the focus on the supervisor panel.
    static func stage(besideAnAgent: Bool, scenario: String = "Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml")
        throws -> EngineStage {
        let stage = try EngineStage(scenario: scenario, agents: besideAnAgent ? ["maria"] : [], supervisor: "sue", size: small)
        if besideAnAgent { stage.press([.tab]) }
        return stage
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var script: String
        var keys: String
        var message: String
        var scenario = "Tests/ScriptTests/Scripts/scenarios/supervised-floor.yaml"
        var description: String { name }
    }

    static let inFlow = "call +15555550123 -> +18005550100"
    static let ringing = inFlow + "\nwait until john banner \"Incoming call\""
    static let onACall = SupervisorStages.johnOnACall

    static let cases: [Case] = [
        Case(name: "monitor with no contact", script: "wait 1s", keys: "m",
             message: "Monitor: No contact to monitor: none is in progress."),
        Case(name: "monitor a contact in its flow", script: inFlow, keys: "m",
             message: "Monitor: No agent is on this contact yet."),
        Case(name: "monitor a contact still ringing", script: ringing, keys: "m",
             message: "Monitor: John Doe is not in a live conversation on it."),
        Case(name: "monitor twice", script: onACall, keys: "mm", message: "Monitor: You're already monitoring: End call first."),
        Case(name: "barge before monitoring", script: onACall, keys: "b",
             message: "Barge: Monitor a call first; then you can barge."),
        Case(name: "barge twice", script: onACall, keys: "mbb", message: "Barge: You've already barged in."),
        Case(name: "barge without multi-party calls", script: onACall, keys: "mb",
             message: "Barge: Barge needs multi-party calls and enhanced monitoring on this instance.",
             scenario: "Tests/ScriptTests/Scripts/scenarios/supervised-floor-three-party.yaml"),
        Case(name: "end call while not monitoring", script: onACall, keys: "e", message: "End call: You're not monitoring a call."),
        Case(name: "hang up while not monitoring", script: onACall, keys: "x",
             message: "Hang up: You're not monitoring a call: monitor one and barge in to act on its parties."),
        Case(name: "hold while silent", script: onACall, keys: "mo", message: "Hold: You're monitoring silently: barge in to take control."),
        Case(name: "hold all while silent", script: onACall, keys: "mh",
             message: "Hold all: You're monitoring silently: barge in to take control."),
        Case(name: "mute while silent", script: onACall, keys: "mu", message: "Mute: You're monitoring silently: barge in to take control."),
        Case(name: "hang up while silent", script: onACall, keys: "mx",
             message: "Hang up: You're monitoring silently: barge in to take control."),
        Case(name: "unmute the agent a supervisor muted", script: onACall, keys: "mb\u{1}uu",
             message: "Unmute John Doe: Only John Doe can unmute themselves: an agent can't unmute another agent."),
        Case(name: "back to silent after dropping the agent", script: onACall, keys: "mb\u{1}xm",
             message: "Monitor: You disconnected John Doe: you're the one with the caller. End call to finish."),
        // Agent CCP keys: why they do nothing here, and what to do instead.
        Case(name: "accept with no contact of one's own", script: onACall, keys: "a",
             message: "Accept call: There is no incoming call to accept. A contact routed to you shows here."),
        Case(name: "quick connects", script: onACall, keys: "q",
             message: "Quick connects: an agent's button, not on the supervisor panel: show an agent's CCP with --agent NAME."),
        // Silent, an agent's button points to Barge only where Barge is open (issue 11 review 2, point 2).
        Case(name: "join while silent", script: onACall, keys: "mj",
             message: "Join: an agent's button. Barge in (b) to act on the call."),
        Case(name: "join while silent without multi-party calls", script: onACall, keys: "mj",
             message: "Join: an agent's button. Barge needs multi-party calls and enhanced monitoring on this instance.",
             scenario: "Tests/ScriptTests/Scripts/scenarios/supervised-floor-three-party.yaml"),
        Case(name: "join while barged", script: onACall, keys: "mbj",
             message: "Join: an agent's button. Barged in: h holds or resumes everyone, o the selected party."),
        Case(name: "leave while monitoring", script: onACall, keys: "ml",
             message: "Leave: End call (e) stops monitoring and leaves the call."),
        Case(name: "status", script: onACall, keys: "t",
             message: "Change status: not on the supervisor panel; type :status and the status, like :status Offline"),
    ]

    /// `\u{1}` in a case's keys stands for Right (select the next party).
    static func press(_ keys: String, on stage: EngineStage) {
        for c in keys { if c == "\u{1}" { stage.press([.right]) } else { stage.type(String(c)) } }
    }

    @Test(arguments: cases)
    func everyRefusalReadsWholeAt80Columns(_ c: Case) throws {
        for beside in [false, true] {
            let stage = try Self.stage(besideAnAgent: beside, scenario: c.scenario).run(c.script)
            Self.press(c.keys, on: stage)
            var message = c.message
            // Beside Maria's CCP the agent keys name it instead of `--agent`.
            if beside { message = message.replacingOccurrences(of: "show an agent's CCP with --agent NAME.", with: "Tab to Maria Garcia's CCP.") }
            #expect(stage.supervisorMessage == message, "beside an agent: \(beside)")
            #expect(ReadableText.shows(message, in: stage.text), "beside an agent: \(beside)\n\(stage.text)")
            #expect(stage.controller.ui.refusals >= 1)
        }
    }

    /// Every agent CCP key, in every supervisor state, says something on the supervisor panel and
    /// counts as a refused move; none does nothing silently (review: they did nothing and said nothing).
    @Test func everyAgentKeyOnTheSupervisorPanelSaysWhyAndWhatInstead() throws {
        let agentKeys = Keymap.bindings.filter { $0.context == .agent }.flatMap(\.keys).filter {
            Keymap.action(for: $0, in: .supervisor) == nil
        } + [.char("5"), .char("#")]
        for (state, keys) in [("not monitoring", ""), ("silent", "m"), ("barged", "mb")] {
            for key in agentKeys {
                let stage = try Self.stage(besideAnAgent: true).run(Self.onACall)
                Self.press(keys, on: stage)
                let before = stage.controller.ui.refusals
                stage.press([key])
                let message = try #require(stage.supervisorMessage, "\(key.label) \(state)")
                #expect(stage.controller.ui.refusals == before + 1, "\(key.label) \(state)")
                #expect(ReadableText.shows(message, in: stage.text), "\(key.label) \(state): \(message)")
                // Each names what to do instead: a key of this panel, the agent's CCP, or the `:` line.
                let instead = ["Tab to Maria Garcia's CCP", "End call", "Barge in (b)", "h holds", ":status", "shows here"]
                #expect(instead.contains { message.contains($0) }, "\(key.label) \(state): \(message)")
            }
        }
    }

    /// The supervisor's own contact: a refused key names this panel's keys for it, not the agent
    /// CCP's (it listed "q Quick connects, n Number pad…", keys the supervisor panel does not take).
    @Test func aRefusedKeyOnTheSupervisorsOwnContactAdvisesThisPanelsKeys() throws {
        let floor = try EngineStage(scenario: "Tests/ScriptTests/Scripts/scenarios/supervisor-in-queue.yaml", agents: [],
                                    supervisor: "sue", size: Self.small)
        floor.run(SupervisorOwnContactTests.offerToSue)
        floor.type("c")
        let panel = try #require(floor.controller.ui.panels.first { $0.supervisorName != nil })
        #expect(panel.message?.text.hasPrefix("Clear contact: ") == true)
        #expect(panel.advice == "Now: a Accept call, r Reject")
        #expect(ReadableText.shows(panel.message?.text ?? "", in: floor.text))
    }

    /// A `:` line's answer longer than the footer row wraps onto the rows above it, whole.
    @Test func aLongCommandLineAnswerWrapsInTheFooter() throws {
        let stage = try Self.stage(besideAnAgent: true).run(Self.onACall)
        stage.type(":")
        stage.type("mute customer")
        stage.press([.enter])
        let message = try #require(stage.controller.ui.message?.text)
        #expect(message.count > 80)
        #expect(ReadableText.shows(message, in: stage.text))
    }
}
