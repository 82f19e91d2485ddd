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
