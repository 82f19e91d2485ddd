@testable import CCP
@testable import Telephony
import Testing

/// The call map after many attempts (README "How it behaves", call map; review #9): the parties on
/// the call with their states and who hears whom, the caller always, the most recent leg that left
/// (its party not back on the call), and every other leg that left folded into one counted line.
@Suite struct CallMapShownTests {
    static func node(_ handle: String, _ label: String, _ kind: PartyView.Kind, _ state: String, onCall: Bool,
                     key: PartyKey? = nil) -> CallMapView.Node {
        .init(handle: handle, key: key, label: label, kind: kind, state: state, onCall: onCall, muted: false)
    }

    /// Pat on hold with John; four legs to Maria and one to Acme Shipping's number left; Sam connected.
    static let map = CallMapView(
        call: CallID(1), contacts: [],
        nodes: [
            node("customer", "Pat Caller", .customer, "On hold", onCall: true, key: .customer(CallID(1))),
            node("john", "John Doe", .agent, "Connected", onCall: true, key: .agent("john")),
            node("maria", "Maria Garcia", .agent, "Disconnected", onCall: false, key: .agent("maria")),
            node("+18005550199", "Acme Shipping", .external, "Disconnected", onCall: false),
            node("maria", "Maria Garcia", .agent, "Disconnected", onCall: false, key: .agent("maria")),
            node("sam", "Sam Lee", .agent, "Connected", onCall: true, key: .agent("sam")),
            node("maria", "Maria Garcia", .agent, "Disconnected", onCall: false, key: .agent("maria")),
            node("+18005550199", "Acme Shipping", .external, "Disconnected", onCall: false),
            node("maria", "Maria Garcia", .agent, "Disconnected", onCall: false, key: .agent("maria")),
        ],
        lines: [.init(a: 1, b: 5, oneWay: false)],
        ended: false)

    @Test func livePartiesStayTheLatestLegThatLeftShowsAndTheRestFoldIntoCounts() {
        let shown = CallMapShown(Self.map)
        #expect(shown.nodes.map(\.label) == ["Pat Caller", "John Doe", "Sam Lee", "Maria Garcia"])
        #expect(shown.nodes.map(\.state) == ["On hold", "Connected", "Connected", "Disconnected"])
        #expect(shown.lines == [.init(a: 1, b: 2, oneWay: false)])
        #expect(shown.folded == [.init(label: "Maria Garcia", count: 3), .init(label: "Acme Shipping", count: 2)])
        #expect(shown.foldedText(.unicode) == "Left earlier: Maria Garcia ×3, Acme Shipping ×2")
        #expect(shown.foldedText(.ascii) == "Left earlier: Maria Garcia x3, Acme Shipping x2")
    }

    /// A caller returned from Acme Shipping to John (05-resume-flow-after-transfer): the number that left
    /// was drawn between them, the line joining Pat and John running past it as if Acme were still in their
    /// conversation. The leg that left goes under the parties on the call, whose line joins neighbours.
    @Test func theLegThatLeftIsDrawnUnderThePartiesOnTheCall_notBetweenTwoWhoHearEachOther() {
        let map = CallMapView(
            call: CallID(1), contacts: [],
            nodes: [
                Self.node("customer", "Pat Caller", .customer, "Connected", onCall: true, key: .customer(CallID(1))),
                Self.node("+18005550199", "Acme Shipping", .external, "Disconnected", onCall: false),
                Self.node("john", "John Doe", .agent, "Connected", onCall: true, key: .agent("john")),
            ],
            lines: [.init(a: 0, b: 2, oneWay: false)],
            ended: false)
        let shown = CallMapShown(map)
        #expect(shown.nodes.map(\.label) == ["Pat Caller", "John Doe", "Acme Shipping"])
        #expect(shown.lines == [.init(a: 0, b: 1, oneWay: false)])
        #expect(shown.folded.isEmpty)
    }

    /// Maria rejected John's transfer at 0:07, then John ended the call at 0:12: the map kept Maria, the last
    /// to join, and folded John, the last to leave ("Left earlier: John Doe" over the story's last step).
    @Test func theLegKeptIsTheOneThatLeftLast_notTheOneThatJoinedLast() {
        var john = Self.node("john", "John Doe", .agent, "Disconnected", onCall: false, key: .agent("john"))
        john.leftAt = 12_000
        var maria = Self.node("maria", "Maria Garcia", .agent, "Disconnected", onCall: false, key: .agent("maria"))
        maria.leftAt = 7_000
        let map = CallMapView(
            call: CallID(1), contacts: [],
            nodes: [Self.node("customer", "Pat Caller", .customer, "Disconnected", onCall: false), john, maria],
            lines: [], ended: true)
        let shown = CallMapShown(map)
        #expect(shown.nodes.map(\.label) == ["Pat Caller", "John Doe"])
        #expect(shown.foldedText(.unicode) == "Left earlier: Maria Garcia")
    }

    /// The engine says when each leg left: the one that left last is the one it disconnected last.
    @Test func theEngineStampsWhenEachLegLeft() throws {
        let stage = try EngineStage(size: Size(columns: 120, rows: 40)).run(Stages.callIn + "\n" + """
            accept
            wait until banner Connected
            manual maria
            quick-connect Maria
            wait until maria banner "Incoming call"
            maria: reject
            wait 2s
            resume customer
            wait 3s
            end
            """)
        let map = try #require(stage.engine.latestCallMap(of: ["john"], caller: nil))
        let left = map.nodes.filter { !$0.onCall && $0.kind == .agent }
        #expect(left.map(\.handle) == ["john", "maria"])
        #expect(left.allSatisfy { $0.leftAt != nil })
        #expect(left[0].leftAt! > left[1].leftAt!, "John ended the call after Maria rejected")
        #expect(CallMapShown(map).nodes.last?.handle == "john")
    }

    /// The folded line never cuts a party's name: parties that do not fit are counted (issue 12 review
    /// point 4; README "How it behaves", text that does not fit).
    @Test func theFoldedLineCountsThePartiesItHasNoRoomForInsteadOfCuttingAName() {
        let shown = CallMapShown(Self.map)
        #expect(shown.foldedText(.unicode, width: 47) == "Left earlier: Maria Garcia ×3, Acme Shipping ×2")
        #expect(shown.foldedText(.unicode, width: 46) == "Left earlier: Maria Garcia ×3, +1 more")
        #expect(shown.foldedText(.unicode, width: 37) == "Left earlier: 2 parties")
    }

    /// A supervisor's node is named by the supervisor's name; the handle, then the role give way whole
    /// when the row is short, so at 120 columns the name is never "Sue Park…" (issue 12 review point 4).
    @Test func aNodeRowDropsTheHandleAndTheRoleWholeBeforeItCutsTheName() {
        var sue = Self.node("sue", "Sue Park", .agent, "Barged in", onCall: true, key: .agent("sue"))
        sue.role = "supervisor"
        #expect(CallMapPanel.nodeName(sue, room: 40, glyphs: .unicode) == "● Sue Park (supervisor) (sue)")
        #expect(CallMapPanel.nodeName(sue, room: 28, glyphs: .unicode) == "● Sue Park (supervisor)")
        #expect(CallMapPanel.nodeName(sue, room: 22, glyphs: .unicode) == "● Sue Park (sue)")
        #expect(CallMapPanel.nodeName(sue, room: 12, glyphs: .unicode) == "● Sue Park")
        let caller = Self.node("customer", "Pat Caller", .customer, "Connected", onCall: true)
        #expect(CallMapPanel.nodeName(caller, room: 40, glyphs: .unicode) == "● Pat Caller")
    }

    /// Maria rejected, then took the call: her legs that left are earlier attempts of a party on the
    /// call, so none of them is drawn as a node of its own; Acme Shipping, the last to leave, is drawn
    /// under the parties on the call.
    @Test func aPartyBackOnTheCallHasNoDeadRowOfItsOwn() {
        var map = Self.map
        map.nodes[8].state = "Connected"
        map.nodes[8].onCall = true
        let shown = CallMapShown(map)
        #expect(shown.nodes.map(\.label) == ["Pat Caller", "John Doe", "Sam Lee", "Maria Garcia", "Acme Shipping"])
        #expect(shown.nodes.map(\.onCall) == [true, true, true, true, false])
        #expect(shown.folded == [.init(label: "Maria Garcia", count: 3), .init(label: "Acme Shipping", count: 1)])
    }

    /// The caller who hung up stays: the map is of the caller's call.
    @Test func aCallWithNothingToFoldIsDrawnAsItIs() {
        var map = Self.map
        map.nodes = Array(map.nodes.prefix(3))
        map.nodes[0].onCall = false
        map.nodes[0].state = "Disconnected"
        map.lines = []
        let shown = CallMapShown(map)
        #expect(shown.nodes == map.nodes)
        #expect(shown.folded.isEmpty && shown.foldedText(.unicode) == nil)
    }
}

/// On the engine: John's five quick connects to Maria, each rejected, the caller on hold.
@Suite struct CallMapAfterFailedAttemptsTests {
    static var fiveRejected: String {
        var script = Stages.connected
        for _ in 0..<5 {
            script += "\n" + """
                quick-connect Maria
                wait until maria banner "Incoming call"
                maria: reject
                wait 1s
                maria: clear
                maria: status Available
                wait 2s
                """
        }
        return script
    }

    @Test func theMapShowsTheCallAsItIsAndCountsTheAttempts() throws {
        for size in GoldenScreenTests.sizes {
            let stage = try EngineStage(agents: ["john", "maria"], size: size).run(Self.fiveRejected)
            let map = try #require(stage.engine.callMap(of: .agent("john")))
            #expect(map.nodes.count == 7)
            let shown = CallMapShown(map)
            #expect(shown.nodes.map(\.label) == ["Pat Caller", "John Doe", "Maria Garcia"])
            #expect(shown.nodes.map(\.state) == ["On hold", "Connected", "Disconnected"])
            #expect(shown.folded == [.init(label: "Maria Garcia", count: 4)])
            if size.columns >= 200 {
                let text = stage.text
                #expect(text.contains("Left earlier: Maria Garcia ×4"))
                #expect(text.components(separatedBy: "● Maria Garcia (maria)").count - 1 == 1)
            }
            Golden.check(Golden.text(stage.screen()), file: "call-map-failed-attempts.\(size.columns)x\(size.rows).txt")
        }
    }
}
