import CCP
import Telephony
import Testing

/// The side panels (issue 12 points 2–4): where they show, their toggle keys and the reason given
/// when they cannot show, the flow view's events, the records chain.
@Suite struct SidePanelTests {
    static let wide = Size(columns: 120, rows: 40)

    @Test func eightyByTwentyFourKeepsTheCCPAlone_widerTerminalsGainTheSideColumn() throws {
        for (size, width) in [(Size(columns: 80, rows: 24), 0), (Self.wide, 40), (Size(columns: 200, rows: 50), 80)] {
            let ui = UIState(agents: ["john"], showCustomer: false, size: size)
            #expect(SidePanels.width(for: size, ui: ui) == width, "\(size)")
        }
    }

    @Test func eachKeyHidesItsPanelAndShowsItAgain() throws {
        let stage = try EngineStage(size: Self.wide).run(Stages.consult)
        #expect(stage.screen().glyphText.contains("Call map [M]"))
        stage.type("M")
        var text = stage.screen().glyphText
        #expect(!text.contains("Call map [M]") && text.contains("Flow view [F]") && text.contains("Records [R]"))
        stage.type("FR")
        text = stage.screen().glyphText
        #expect(!text.contains("Flow view [F]") && !text.contains("Records [R]"))
        // All hidden: the CCP takes the whole width again.
        #expect(text.split(separator: "\n")[1].hasSuffix("┐") && !text.contains("┐┌"))
        stage.type("M")
        #expect(stage.screen().glyphText.contains("Call map [M]"))
    }

    @Test func onASmallTerminalTheKeySaysWhyNothingShows() throws {
        let stage = try EngineStage(size: Size(columns: 80, rows: 24)).run(Stages.consult)
        stage.type("M")
        #expect(stage.controller.ui.message?.text == "The call map stays hidden on a terminal 120×24 or larger (this one is 80×24)")
        #expect(stage.screen().glyphText.contains("The call map stays hidden on a terminal 120×24"))
        stage.type("M")
        #expect(stage.controller.ui.message?.text.hasPrefix("The call map will show on a terminal 120×24") == true)
    }

    @Test func theFlowViewShowsTheBlockRunningAndWhatItPlaysToWhom() throws {
        let stage = try EngineStage(size: Self.wide).run(Stages.consult)
        let running = stage.engine.callMap(of: .agent("john")).map { map in
            (stage.controller.session.flowActivity.running.filter { map.contacts.contains($0.run.contact) })
        } ?? []
        let hold = try #require(running.first { $0.run.role == .customerHold })
        #expect(hold.actionType == "MessageParticipantIteratively")
        #expect(hold.playingTo == .customer(1))
        #expect(hold.playing?.contains("hold music") == true)
        #expect(stage.screen().glyphText.contains("Default customer hold → Pat Caller"))
        let wide = try EngineStage(size: Size(columns: 200, rows: 50)).run(Stages.consult).screen().glyphText
        #expect(wide.contains("▶ MessageParticipantIteratively · "))
        #expect(wide.contains("0:10 TransferContactToAgent → End · Default agent transfer"))
    }

    /// At 120 columns the running action's row is too wide for the side column: its identifier stays on
    /// the ▶ row and its type moves to the next, instead of the identifier being cut off (issue 12
    /// review point 1, "▶ MessageParticipantIteratively…").
    @Test func theRunningActionKeepsItsIdentifierAndItsTypeInTheFortyColumnSideColumn() throws {
        let rows = try EngineStage(size: Self.wide).run(Stages.consult).screen().glyphText.split(separator: "\n")
        let at = try #require(rows.firstIndex { $0.contains("▶ hold-music") }, "\(rows.joined(separator: "\n"))")
        #expect(rows[at + 1].contains("│     MessageParticipantIteratively"), "\(rows[at + 1])")
        #expect(!rows.contains { $0.contains("MessageParticipantIteratively…") })
    }

    /// At 120 columns the side column is 40 wide: a branch row keeps its flow's name whole, the action
    /// type going first, then the time (README "How it behaves", text that does not fit; issue 12 review).
    /// What gives way gives way on every row (review12: "0:03 → End · Default agent whisper" under
    /// "→ End · Default customer whisper", as if that branch had no time); at 200 columns every row has both.
    @Test func aBranchRowKeepsItsFlowsNameInTheFortyColumnSideColumn_everyRowInOneForm() throws {
        func branchRows(_ size: Size) throws -> [Substring] {
            let rows = try EngineStage(size: size).run(Stages.consult).screen().glyphText.split(separator: "\n")
            return rows.compactMap { row in
                row.split(separator: "│").first { $0.contains(" → ") && $0.contains(" · Default ") }
            }
        }
        let narrow = try branchRows(Self.wide)
        #expect(narrow.contains { $0.contains("→ End · Default agent transfer") }, "\(narrow)")
        #expect(narrow.contains { $0.contains("→ Success · Default customer whisper") }, "\(narrow)")
        #expect(narrow.allSatisfy { $0.hasPrefix(" → ") }, "\(narrow)")
        let wide = try branchRows(Size(columns: 200, rows: 50))
        #expect(!wide.isEmpty && wide.allSatisfy { $0.wholeMatch(of: /^ \d+:\d\d \w+ → .*/) != nil }, "\(wide)")
    }

    /// At 120×40 the call map keeps the barged-in supervisor's name whole (the role gives way), and the
    /// records panel keeps each record's DisconnectReason (issue 12 review points 1 and 4).
    @Test func theSideColumnKeepsNamesAndReasonsWholeAtEveryWidth() throws {
        for size in GoldenScreenTests.sizes where size.columns >= 120 {
            let stage = try EngineStage.supervisedFloor(size: size).run(SupervisorStages.twoCalls).type("mb")
            let map = try #require(stage.text.split(separator: "\n").first { $0.contains("Barged in") && $0.contains("● Sue Park") })
            #expect(!map.contains("Sue Park…"), "\(map)")
            let records = try EngineStage(scenario: "Tests/CCPTests/Scenarios/transfer-on.yaml", agents: ["john", "maria"], size: size)
                .run(RecordTreeScreenTests.attemptsThenAChain).text
            #expect(records.contains("john · AGENT_DISCONNECT"), "\(records)")
            #expect(records.contains("sam · CUSTOMER_DISCONNECT"), "\(records)")
        }
    }

    @Test func flowActivityForgetsEndedRunsAndKeepsOnlyTheLastBranches() {
        var activity = FlowActivity()
        let run = FlowRunRef(run: 1, flow: "F", role: .inbound, contact: ContactID(serial: 1))
        activity.apply(EngineEvent(at: 0, .flowStarted(run)))
        let action = FlowActionRef(run: run, flow: "F", action: "a", actionType: "MessageParticipant")
        for i in 0..<(FlowActivity.branchLimit + 5) {
            activity.apply(EngineEvent(at: Millis(i), .flowActionCompleted(action, branch: "Success")))
        }
        #expect(activity.branches.count == FlowActivity.branchLimit)
        #expect(activity.branches.first?.at == 5)
        activity.apply(EngineEvent(at: 99, .flowEnded(run, how: .flow(.finished))))
        #expect(activity.running.isEmpty)
    }

    @Test func recordsFormOneChainFromTheInitialContactByNextContactId_docs2() throws {
        let stage = try EngineStage(size: Self.wide).run(Stages.transferred)
        let records = stage.controller.session.completedRecords
        let chains = RecordChains.of(records)
        #expect(chains.count == 1)
        #expect(chains[0].map(\.InitiationMethod) == ["INBOUND", "TRANSFER"])
        #expect(chains[0][0].NextContactId == chains[0][1].ContactId)
        let text = stage.screen().glyphText
        #expect(text.contains("InitialContactId …00000001"))
        #expect(text.contains("└→ …00000002 TRANSFER"))
        #expect(text.contains("maria · CUSTOMER_DISCONNECT"), "\(text)")
    }
}
