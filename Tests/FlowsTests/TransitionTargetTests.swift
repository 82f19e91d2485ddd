import Flows
import Telephony
import Testing

/// A compiled transition names the action it leads to with that action's own identifier (issue 9: a resumed run's
/// check of its waiting action then compares one string with itself). What a run sees is unchanged: the action it
/// waits on is found by name whatever string the cursor holds, and a transition to a missing action still fails
/// naming the identifier the flow wrote (docs §3.1: a flow's transitions name actions by Identifier).
@Suite struct TransitionTargetTests {
    @Test func aRunResumesWhenItsCursorNamesTheWaitingActionWithAnotherEqualString() {
        let lib = library([say("a", "first", next: "b"), say("b", "second", next: "c"), say("c", "third")])
        var cursor = FlowCursor(flow: "f")
        _ = lib.run(&cursor, input: .start, host: FakeHost())
        _ = lib.run(&cursor, input: .completed, host: FakeHost())
        // The same identifier, built anew from its bytes: equal, not the compiled flow's own storage.
        cursor.action = cursor.action.map { String(decoding: Array($0.utf8), as: UTF8.self) }
        #expect(cursor.action == "b")
        guard case .play(let p) = lib.run(&cursor, input: .completed, host: FakeHost()) else {
            Issue.record("no prompt")
            return
        }
        #expect(p.text == "third")
    }

    @Test func aTransitionToAMissingActionFailsNamingIt() {
        let lib = library([say("a", "first", next: "nowhere")])
        var cursor = FlowCursor(flow: "f")
        _ = lib.run(&cursor, input: .start, host: FakeHost())
        #expect(lib.run(&cursor, input: .completed, host: FakeHost()) == .end(.failed("flow f has no action nowhere")))
    }
}

/// The interpreter keeps the flow it runs by its number (issue 9: no reference held for the run). A run that moves
/// to another flow keeps running and resuming there, and traces each action under the flow it belongs to (docs §3.2
/// TransferToFlow, InvokeFlowModule).
@Suite struct FlowSwitchTests {
    @Test func aRunTransferredToAnotherFlowResumesThereAndTracesItsActionsUnderIt() {
        let main = FlowDocument(name: "main", type: .contactFlow, startAction: "go",
                                actions: [action("go", "TransferToFlow", ["ContactFlowId": .string("other")])],
                                source: "test")
        let other = FlowDocument(name: "other", type: .contactFlow, startAction: "hi",
                                 actions: [say("hi", "first", next: "again"), say("again", "second")], source: "test")
        let host = FakeHost()
        host.knownFlows = ["other"]
        #expect(play(FlowLibrary([main, other]), host: host, flow: "main").0 == ["first", "second"])
        #expect(host.traces.map { "\($0.flow)/\($0.action)" } == ["main/go", "other/hi", "other/hi", "other/again", "other/again"])
    }

    @Test func aRunBackFromAModuleResumesInTheFlowThatInvokedIt() {
        let caller = FlowDocument(name: "f", type: .contactFlow, startAction: "m",
                                  actions: [action("m", "InvokeFlowModule", ["FlowModuleId": .string("greet")], next: "after"),
                                            say("after", "back", next: "last"), say("last", "last")],
                                  source: "test")
        let module = FlowDocument(name: "greet", type: nil, startAction: "hello",
                                  actions: [say("hello", "hello", next: "end"), action("end", "EndFlowModuleExecution")],
                                  source: "test", isModule: true)
        let host = FakeHost()
        #expect(play(FlowLibrary([caller, module]), host: host).0 == ["hello", "back", "last"])
        #expect(host.traces.last.map { "\($0.flow)/\($0.action)" } == "f/last")
    }
}
