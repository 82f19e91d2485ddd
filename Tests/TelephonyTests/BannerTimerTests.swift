import Telephony
import Testing

/// The contact banner's timer is the contact's state duration (Streams getStateDuration, docs §1.7):
/// it runs from when the contact connected, whatever its parties do (review finding: it restarted
/// when Maria connected and on Join).
@Suite struct BannerTimerTests {
    @Test func theBannerTimerRunsOnThroughAConsultAndJoin() throws {
        let desk = try Desk()
        desk.connected()
        let since = try #require(desk.engine.view(of: "john")?.contact?.bannerSince)
        desk.run("""
            wait 5s
            quick-connect Maria
            wait until maria banner Connected
            wait 3s
            """)
        #expect(desk.engine.view(of: "john")?.contact?.bannerSince == since)
        desk.run("""
            join
            wait 4s
            hold all
            wait 2s
            """)
        #expect(desk.engine.view(of: "john")?.contact?.banner == .onHold)
        #expect(desk.engine.view(of: "john")?.contact?.bannerSince == since)
        // After contact work is a state of its own: its timer starts when it begins.
        desk.run("resume all\nend")
        #expect(desk.engine.view(of: "john")?.contact?.banner == .afterContactWork)
        #expect(desk.engine.view(of: "john")?.contact?.bannerSince == desk.engine.now)
    }
}
