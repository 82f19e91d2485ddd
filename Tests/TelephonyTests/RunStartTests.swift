import Telephony
import Testing

/// A run no one hears start is stepped as it was stored, one that someone hears start is looked up again in case
/// the listener stopped it (issue 9). Either way it starts the same: a whisper still gets its 2-minute limit.
@Suite struct RunStartTests {
    private let longWhisper = promptThenEnd(Array(repeating: "please", count: 400).joined(separator: " "))

    private func agentWhisperEnd(listening: Bool) throws -> (connectingBefore: Bool, connectedAfter: Bool) {
        let desk = try Desk(flows: ["Long whisper": longWhisper]) { $0.defaultFlows.agentWhisper = "Long whisper" }
        if !listening { desk.engine.onEvent = nil }
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        """)
        let accepted = desk.engine.now
        desk.engine.advance(to: accepted + 119_000)
        let before = desk.engine.view(of: "john")?.contact?.banner == .connecting
        // 400 words take 160 s; the limit cuts the whisper at 120 s and the 1 s beep follows.
        desk.engine.advance(to: accepted + 121_500)
        let after = desk.engine.view(of: "john")?.contact?.banner == .connected
        return (before, after)
    }

    @Test(arguments: [true, false])
    func anAgentWhisperStopsAfterTwoMinutesWhetherOrNotAnyoneListens_docs6_rule27(listening: Bool) throws {
        let end = try agentWhisperEnd(listening: listening)
        #expect(end.connectingBefore)
        #expect(end.connectedAfter)
    }
}
