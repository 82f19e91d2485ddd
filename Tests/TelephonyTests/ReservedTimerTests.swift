@testable import Telephony
import Testing

/// A bot's accept window is only reserved while the bot's answer, due first, is pending (issue 9). Taken over before
/// it answers, the agent's offer still rings out at the end of its 20 s window (docs §6 rule 5), and a reserved timer
/// set later fires in the turn it took.
@Suite struct ReservedAcceptWindow {
    @Test func aBotTakenOverWhileRingingMissesTheOfferWhenItsWindowEnds_docs6_rule5() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect Maria
        wait until maria banner "Incoming call"
        manual maria
        wait 30s
        """)
        let offered = try #require(desk.events.all.last { event in
            if case .offered(_, "maria") = event.kind { return true } else { return false }
        })
        let missed = desk.events.all.filter { event in
            if case .missed(_, "maria", .timedOut) = event.kind { return true } else { return false }
        }
        #expect(missed.map(\.at) == [offered.at + Engine.acceptWindow])
    }

    @Test func aReservedTimerSetLaterFiresBeforeTimersForTheSameInstantSetAfterItWasReserved() throws {
        let desk = try Desk()
        let engine = desk.engine
        let reserved = engine.reserveTimer(after: 5_000)
        engine.schedule(after: 5_000, .flowWakes(RunID(900_002), token: 0))
        engine.schedule(engine.reserveTimer(after: 5_000), .flowWakes(RunID(900_003), token: 0))
        _ = engine.schedule(reserved, .flowWakes(RunID(900_001), token: 0))
        var order: [Int] = []
        while let (_, event) = engine.timers.popFirst(dueBy: engine.now + 5_000) {
            if case .flowWakes(let run, _) = event, run.serial > 900_000 { order.append(run.serial) }
        }
        #expect(order == [900_001, 900_002, 900_003])
    }
}

/// A whisper's 2-minute limit is only reserved while each of the whisper's wake-ups comes before it (issue 9), and is
/// set once one would not: a whisper of many short prompts is still cut off exactly two minutes after it starts
/// (docs §6 rule 27).
@Suite struct ReservedWhisperLimit {
    /// 25 words (10 s at 150 words a minute) said 20 times over: 200 s, past the limit, every prompt shorter than it.
    static let loopingWhisper = #"""
    {"Version": "2019-10-30", "StartAction": "say",
     "Actions": [
      {"Identifier": "say", "Type": "MessageParticipant",
       "Parameters": {"Text": "one two three four five six seven eight nine ten one two three four five six seven eight nine ten one two three four five"},
       "Transitions": {"NextAction": "again"}},
      {"Identifier": "again", "Type": "Loop", "Parameters": {"LoopCount": "20"},
       "Transitions": {"Conditions": [
         {"NextAction": "say", "Condition": {"Operator": "Equals", "Operands": ["ContinueLooping"]}},
         {"NextAction": "end", "Condition": {"Operator": "Equals", "Operands": ["DoneLooping"]}}]}},
      {"Identifier": "end", "Type": "EndFlowExecution", "Parameters": {}, "Transitions": {}}]}
    """#

    @Test func aWhisperOfManyShortPromptsStopsTwoMinutesAfterItStarts_docs6_rule27() throws {
        let desk = try Desk(flows: ["Looping whisper": Self.loopingWhisper]) { $0.defaultFlows.agentWhisper = "Looping whisper" }
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait 3m
        """)
        let started = try #require(desk.events.of("flow.started").first { $0.fields["role"] == "agentWhisper" }?.at)
        let ended = try #require(desk.events.of("flow.ended").first { $0.fields["role"] == "agentWhisper" })
        #expect(ended.at == started + 120_000)
        #expect(ended.fields["how"]?.contains("2-minute limit") == true)
        // The whisper said its prompt twelve times (10 s each) before the limit, not all twenty.
        let said = desk.engine.transcript(of: .agent("john")).filter { $0.text.hasPrefix("one two three") }
        #expect(said.map(\.count).reduce(0, +) == 12)
    }
}
