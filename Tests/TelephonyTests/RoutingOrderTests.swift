import Telephony
import Testing

/// Routing offers a waiting contact to the longest-idle Available agent whose routing profile serves
/// its queue (README "How it behaves": routing order; docs §6 rules 5, 7). Idle time starts when an
/// agent becomes Available or clears its last contact.
@Suite struct RoutingOrder {
    /// John works alone; Amy, Ben and Cat (bots on his routing profile, listed in that order) start
    /// Offline, so the scripts choose when each becomes idle.
    private func desk() throws -> Desk {
        try Desk { config in
            config.agents = config.agents.map { a in
                var a = a
                if a.username == "john" { a.initialStatus = "Offline" }
                return a
            }
            for name in ["amy", "ben", "cat"] {
                config.agents.append(AgentConfig(username: name, firstName: name.capitalized, routingProfile: "Support",
                                                 initialStatus: "Offline",
                                                 bot: BotBehaviour(offer: .accept(after: 1000), hangUpAfter: 20_000, clearAfter: 1000)))
            }
        }
    }

    @Test func theLongestIdleAgentIsOfferedFirstNotTheFirstListed() throws {
        let desk = try desk()
        desk.run("""
        as cat
        status Available
        wait 1s
        as amy
        status Available
        wait 1s
        as ben
        status Available
        wait 1s
        call +15555550123 -> +18005550100
        wait until cat banner "Incoming call"
        expect amy no contact
        call +15555550124 -> +18005550100
        wait until amy banner "Incoming call"
        expect ben no contact
        call +15555550125 -> +18005550100
        wait until ben banner "Incoming call"
        """)
    }

    @Test func clearingAContactOrChoosingAvailableAgainStartsTheIdleTimeOver() throws {
        let desk = try desk()
        desk.run("""
        as amy
        status Available
        wait 1s
        as ben
        status Available
        wait 1s
        as cat
        status Available
        wait 1s
        call +15555550123 -> +18005550100
        wait until amy banner "Incoming call"
        wait until amy banner "After contact work"
        wait until amy no contact
        as ben
        status Break
        status Available
        call +15555550124 -> +18005550100
        wait until cat banner "Incoming call"
        call +15555550125 -> +18005550100
        wait until amy banner "Incoming call"
        expect ben no contact
        """)
    }
}
