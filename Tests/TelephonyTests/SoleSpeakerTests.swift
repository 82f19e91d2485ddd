@testable import Telephony
import Testing

/// Hold loops play to an agent left alone in conversation while everyone else is held (docs §6 rule 19). Whether an
/// agent is that one speaker is worked out without gathering the conversation (issue 9); at every change of every
/// call it must agree with the conversation itself.
@Suite struct SoleSpeakerTests {
    /// The sole speaker as the conversation names it: the one party in it, when that party is an agent.
    static func soleAgent(inConversationOf call: Call, _ engine: Engine) -> String? {
        let speakers = engine.conversation(of: call).speakers
        guard speakers.count == 1, case .agent(let u) = speakers[0] else { return nil }
        return u
    }

    @Test func theSoleSpeakingAgentAgreesWithTheConversationThroughHoldsTransfersAndJoins() throws {
        let desk = try Desk()
        var checked = 0
        var alone = 0
        let engine = desk.engine
        let log = desk.events
        engine.onEvent = { event in
            log.append(event)
            for call in engine.calls.values {
                let expected = Self.soleAgent(inConversationOf: call, engine)
                #expect(engine.soleSpeakingAgent(on: call) == expected, "after \(event.type) at \(event.at) ms")
                checked += 1
                if expected != nil { alone += 1 }
            }
        }
        desk.connected(then: Desk.holdsTransferAndJoin)
        #expect(checked > 20)
        // The walk passes through moments where an agent talks alone while the caller is held.
        #expect(alone > 0)
    }
}
