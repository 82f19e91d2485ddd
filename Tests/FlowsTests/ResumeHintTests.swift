import Flows
import Telephony
import Testing

/// A run resumes at the action it waited on, found through the cursor's resume hint (issue 9:
/// names resolved to numbers) or by name when the hint does not name it: a hint is a shortcut,
/// never a second source of truth.
@Suite struct ResumeHintTests {
    private let lib = library([
        say("a", "first", next: "b"), say("b", "second", next: "c"), say("c", "third"),
    ])

    @Test func aRunResumesWhereItWaitedWithTheHintItWasGiven() {
        var cursor = FlowCursor(flow: "f")
        guard case .play(let first) = lib.run(&cursor, input: .start, host: FakeHost()) else { Issue.record("no prompt"); return }
        #expect(first.text == "first")
        #expect(cursor.resumeHint != nil)
        guard case .play(let p) = lib.run(&cursor, input: .completed, host: FakeHost()) else { Issue.record("no prompt"); return }
        #expect(p.text == "second")
    }

    /// A hint from another library (other numbers), or one pointing at another action, is not
    /// trusted: the run resumes at the action its cursor names.
    @Test func aHintThatNamesAnotherActionIsIgnored() {
        var cursor = FlowCursor(flow: "f")
        _ = lib.run(&cursor, input: .start, host: FakeHost())
        _ = lib.run(&cursor, input: .completed, host: FakeHost())
        #expect(cursor.action == "b")
        for hint in [(0, 0), (0, 2), (7, 1), (0, 99)] {
            var stale = cursor
            stale.resumeHint = hint
            #expect(stale == cursor)
            guard case .play(let p) = lib.run(&stale, input: .completed, host: FakeHost()) else {
                Issue.record("no prompt after hint \(hint)")
                continue
            }
            #expect(p.text == "third")
        }
    }

    /// The cursor names the action a run waits on, not the instant actions it passed on the way (issue 9: the name is
    /// written only where the run stops), and the run resumes there: after it, the flow goes on by that action's
    /// transition (docs §3.1).
    @Test func aRunNamesTheActionItWaitsOnNotTheInstantActionsBeforeIt() {
        let lib = library([
            action("set", "UpdateContactAttributes", ["Attributes": .object(["tier": .string("gold")], order: ["tier"])],
                   next: "check"),
            action("check", "Compare", ["ComparisonValue": .string("$.Attributes.tier")],
                   conditions: [("Equals", "gold", "gold")]),
            say("gold", "welcome", next: "set again"),
            action("set again", "UpdateContactAttributes", ["Attributes": .object(["seen": .string("yes")], order: ["seen"])],
                   next: "bye"),
            say("bye", "goodbye"),
        ])
        let host = FakeHost()
        var cursor = FlowCursor(flow: "f")
        guard case .play(let first) = lib.run(&cursor, input: .start, host: host) else { Issue.record("no prompt"); return }
        #expect(first.text == "welcome")
        #expect(cursor.action == "gold")
        guard case .play(let second) = lib.run(&cursor, input: .completed, host: host) else { Issue.record("no prompt"); return }
        #expect(second.text == "goodbye")
        #expect(cursor.action == "bye")
        #expect(lib.run(&cursor, input: .completed, host: host) == .end(.finished))
        #expect(host.traces.map(\.action) == ["set", "check", "gold", "gold", "set again", "bye", "bye"])
    }

    /// A flow replaced by name (a scenario overriding a default) keeps its number: runs of the
    /// new flow resume in it.
    @Test func aFlowReplacedByNameIsTheOneThatRuns() {
        var replaced = lib
        replaced.add(FlowDocument(name: "f", type: .contactFlow, startAction: "x",
                                  actions: [say("x", "new", next: "y"), say("y", "newer")], source: "test"))
        #expect(play(replaced, host: FakeHost()).0 == ["new", "newer"])
        #expect(play(lib, host: FakeHost()).0 == ["first", "second", "third"])
    }
}
