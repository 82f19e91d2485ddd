@testable import Telephony
import Testing

/// A quick connect is found by its place in the agent's list and its fields read in place (issue 9): the exact name
/// first, then the first ignoring case, and the transfer names the quick connect found (docs §6 rules 9–11).
@Suite struct QuickConnectLookupTests {
    @Test func theExactNameWinsThenTheFirstIgnoringCase_docs6_rule9() throws {
        let desk = try Desk { config in
            config.quickConnects.append(QuickConnectConfig(name: "maria", target: .queue("PasswordReset"),
                                                           queues: ["BasicQueue"]))
        }
        desk.connected()
        let john = try #require(desk.engine.agentNumber("john"))
        #expect(desk.engine.quickConnectIndex("maria", forAgentAt: john)
                    == desk.engine.agentQuickConnects[john].firstIndex { $0.name == "maria" })
        #expect(desk.engine.quickConnectIndex("MARIA", forAgentAt: john)
                    == desk.engine.agentQuickConnects[john].firstIndex { $0.name == "Maria" })
        #expect(desk.engine.quickConnectIndex("Nobody", forAgentAt: john) == nil)
        #expect(desk.engine.perform(.quickConnect("maria"), as: "john") == nil)
        let named = desk.events.all.compactMap { event -> (String, QuickConnectConfig.Target)? in
            if case .quickConnect(_, _, let name, let target) = event.kind { return (name, target) }
            return nil
        }
        #expect(named.count == 1)
        #expect(named.first?.0 == "maria")
        #expect(named.first?.1 == .queue("PasswordReset"))
    }
}
