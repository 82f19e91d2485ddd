import Telephony
import Testing

/// The call map's view: every party of the call with its state, and a line for each two parties who
/// hear each other, read from `Engine.hears` (docs §1.5 hold semantics, §6 rules 13–19).
@Suite struct CallMapTests {
    static func names(_ map: CallMapView) -> [String] { map.nodes.map(\.handle) }

    /// The lines as "listener-speaker" handle pairs: mutual lines both ways.
    static func hearing(_ map: CallMapView) -> Set<String> {
        var pairs: Set<String> = []
        for line in map.lines {
            let a = map.nodes[line.a].handle, b = map.nodes[line.b].handle
            pairs.insert("\(a) hears \(b)")
            if !line.oneWay { pairs.insert("\(b) hears \(a)") }
        }
        return pairs
    }

    @Test func aConsultLeavesTheHeldCallerHearingNoOne_docs1_5() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        """)
        let map = try #require(desk.engine.callMap(of: .agent("john")))
        #expect(Self.names(map) == ["customer", "john", "maria"])
        #expect(map.nodes.map(\.state) == ["On hold", "Connected", "Connected"])
        #expect(Self.hearing(map) == ["john hears maria", "maria hears john"])
        #expect(desk.engine.callMap(of: .agent("maria")) == map)
    }

    @Test func joinedEveryoneHearsEveryone() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        join
        """)
        let map = try #require(desk.engine.callMap(of: .customer(1)))
        #expect(Self.hearing(map) == ["customer hears john", "john hears customer", "customer hears maria",
                                      "maria hears customer", "john hears maria", "maria hears john"])
    }

    @Test func aMutedAgentHearsButIsNotHeard_oneWayLine() throws {
        let desk = try Desk()
        desk.connected(then: "mute")
        let map = try #require(desk.engine.callMap(of: .agent("john")))
        #expect(Self.hearing(map) == ["john hears customer"])
        #expect(map.lines.allSatisfy { $0.oneWay })
        #expect(map.nodes[1].muted)
    }

    /// On a multi-party call an agent mutes the caller ("Any agent on the call can mute any other
    /// participant on the call", AWS three-party-multi-party-comparison; docs/supervisor.md): the map
    /// marks the caller muted and its lines one-way (it hears both agents, neither hears it), and
    /// `--events` logs `party.muted` with the agent who did it. Maria unmutes the caller, though John
    /// muted it ("an agent can unmute participants who are not agents"): the lines are mutual again.
    @Test func anAgentMutesTheCallerOnAMultiPartyCall_oneWayLinesAndTheEvent() throws {
        let desk = try Desk { $0.multiParty = true }
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        join
        mute customer
        """)
        let map = try #require(desk.engine.callMap(of: .agent("maria")))
        #expect(map.nodes.first { $0.handle == "customer" }?.muted == true)
        #expect(Self.hearing(map) == ["customer hears john", "customer hears maria", "john hears maria", "maria hears john"])
        desk.run("maria: unmute customer")
        let after = try #require(desk.engine.callMap(of: .agent("john")))
        #expect(Self.hearing(after) == ["customer hears john", "john hears customer", "customer hears maria",
                                        "maria hears customer", "john hears maria", "maria hears john"])
        let muted = desk.events.of("party.muted").map { $0.line().fields }
        #expect(muted.map { [$0["party"], $0["by"], $0["muted"]] } == [
            ["customer of call 1", "john", "true"], ["customer of call 1", "maria", "false"],
        ])
    }

    @Test func anAgentWithNoCallHasNoMap_andOneWhoLeftSeesTheCallGoOnWithoutThem() throws {
        let desk = try Desk()
        #expect(desk.engine.callMap(of: .agent("john")) == nil)
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner Connected
        join
        leave
        """)
        let map = try #require(desk.engine.callMap(of: .agent("maria")))
        #expect(map.nodes.first { $0.handle == "john" }?.onCall == false)
        #expect(Self.hearing(map) == ["customer hears maria", "maria hears customer"])
        // In after contact work John's contact is still that call's: his map shows it going on.
        #expect(desk.engine.callMap(of: .agent("john")) == map)
        desk.run("clear")
        #expect(desk.engine.callMap(of: .agent("john")) == nil)
    }

    /// A supervisor is a party of the map it monitors (docs/supervisor.md): silent, it hears everyone
    /// and no one hears it; barged in, it is in the conversation. Its map is the monitored call's.
    @Test func aSupervisorIsOnTheMapSilentThenBarged() throws {
        let desk = try MonitorRecordTests.desk()
        desk.connected(then: "sue: monitor john")
        let silent = try #require(desk.engine.callMap(of: .agent("sue")))
        #expect(Self.names(silent) == ["customer", "john", "sue"])
        #expect(silent.nodes.last?.label == "Sue Park")
        #expect(silent.nodes.last?.role == "supervisor")
        #expect(silent.nodes.last?.state == "Monitoring")
        #expect(Self.hearing(silent) == ["customer hears john", "john hears customer", "sue hears customer", "sue hears john"])
        #expect(desk.engine.callMap(of: .agent("john")) == silent)
        desk.run("sue: barge")
        let barged = try #require(desk.engine.callMap(of: .agent("john")))
        #expect(barged.nodes.last?.state == "Barged in")
        #expect(Self.hearing(barged) == ["customer hears john", "john hears customer", "sue hears customer", "sue hears john",
                                         "customer hears sue", "john hears sue"])
    }
}
