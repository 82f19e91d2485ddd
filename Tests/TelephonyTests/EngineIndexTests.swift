@testable import Telephony
import Testing

/// The small tables the engine looks things up in without hashing (issue 9 point 3).
@Suite struct EngineIndexes {
    @Test func everyEventNameHasItsOwnBitInTheFilter() {
        let ordinals = EventName.allCases.map(\.ordinal)
        #expect(Set(ordinals).count == EventName.allCases.count)
        #expect(ordinals.allSatisfy { (0..<64).contains($0) })
    }

    @Test func aFilterLetsThroughExactlyItsNamesAndNoFilterLetsThroughAll() {
        let chosen: Set<EventName> = [.callEnded, .quickConnect, EventName.allCases.last!]
        let filter = EventFilter(chosen)
        for name in EventName.allCases { #expect(filter.allows(name) == chosen.contains(name)) }
        #expect(EventName.allCases.allSatisfy(EventFilter(nil).allows))
        #expect(!EventName.allCases.contains(where: EventFilter([]).allows))
    }

    @Test func contactIdsReadAsUUIDsWithTheSerialInTwelveHexDigits() {
        func expected(_ serial: Int) -> String {
            let hex = String(serial, radix: 16)
            return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        }
        var serials = Array(0...5000) + [0xabcdef, 1 << 47, (1 << 48) - 1, 1 << 48, Int.max]
        var x: UInt64 = 7
        for _ in 0..<5000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1
            serials.append(Int(x >> 16))
        }
        for serial in serials { #expect(ContactID(serial: serial).description == expected(serial)) }
    }
}

/// A contact keeps the index of its agent, and of the agent who transferred it, beside their usernames (issue 9: its
/// steps reach those agents by index, not by hashing the name). The index must always name the same agent.
@Suite struct ContactAgentIndexes {
    @Test func aContactsAgentIndexNamesItsAgentAndATransfersSourceIndexNamesTheTransferringAgent() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner "Incoming call"
        maria: accept
        wait until maria banner Connected
        """)
        let segments = desk.engine.contacts.values
        #expect(segments.count == 2)
        for c in segments {
            let agent = try #require(c.agent)
            #expect(c.agentAt == desk.engine.agentNumber(agent))
        }
        let transfer = try #require(segments.last)
        #expect(transfer.agent == "maria" && transfer.sourceAgent == "john")
        #expect(transfer.sourceAgentAt == desk.engine.agentNumber("john"))
    }

    @Test func anOfferNotTakenLeavesTheContactWithNoAgentAndNoIndex() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        reject
        """)
        let c = try #require(desk.engine.contacts.values.first)
        #expect(c.agent == nil && c.agentAt == nil)
    }
}
