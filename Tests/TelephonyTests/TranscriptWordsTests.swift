@testable import Telephony
import Testing

/// Transcript lines keep the facts they are made of and write their words when read (issue 9: text made
/// on read); a reader sees exactly the sentences the CCP has always shown.
@Suite struct TranscriptWordsTests {
    @Test func eachKindOfLineReadsAsItsSentence_issue9() {
        let sentences: [(TranscriptLine.Words, String)] = [
            (.text("The caller hung up"), "The caller hung up"),
            (.incomingCall(from: "+15555550123"), "Incoming call from +15555550123"),
            (.connected("Maria Garcia"), "Maria Garcia connected"),
            (.hungUp(who: "John Doe", supervisor: false, whom: "the caller"), "John Doe hung up the caller"),
            (.hungUp(who: "Sue Park", supervisor: true, whom: "+15555550123"), "Sue Park (supervisor) hung up +15555550123"),
            (.partyHungUp("+15555550199"), "+15555550199 hung up"),
            (.flowDisconnected("the caller"), "The flow disconnected the caller"),
        ]
        for (words, sentence) in sentences {
            #expect(TranscriptLine(at: 7, kind: .system, words: words, source: "CCP").text == sentence)
        }
    }

    @Test func aLineKeptAsFactsEqualsTheSameLineKeptAsText_issue9() throws {
        let facts = TranscriptLine(at: 7, kind: .system, words: .incomingCall(from: "+15555550123"), source: "CCP")
        let text = TranscriptLine(at: 7, kind: .system, text: "Incoming call from +15555550123", source: "CCP")
        #expect(facts == text)
        #expect(facts != TranscriptLine(at: 7, kind: .system, text: "Incoming call from +15555550124", source: "CCP"))
    }

    @Test func writingTextReplacesTheFacts_issue9() {
        var line = TranscriptLine(at: 7, kind: .system, words: .connected("Maria Garcia"), source: "CCP")
        line.text += " (again)"
        #expect(line.text == "Maria Garcia connected (again)")
    }

    @Test func theOfferedAgentReadsWhoIsCalling_docs6_rule5() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        """)
        #expect(desk.engine.transcript(of: .agent("john")).map(\.text).contains("Incoming call from +15555550123"))
    }
}

/// Transcripts are kept by agent number, call and leg instead of by a hashed party key (issue 9); who heard
/// what reads the same.
@Suite struct TranscriptPlacesTests {
    @Test func partiesHeardAreExactlyThoseWithLines_issue9() throws {
        let desk = try Desk()
        desk.connected(then: "say Hello")
        let everyone = desk.engine.agentUsernames.map { PartyKey.agent($0) } + [.customer(1)]
        let withLines = everyone.filter { !desk.engine.transcript(of: $0).isEmpty }
        #expect(Set(desk.engine.partiesHeard) == Set(withLines))
        #expect(withLines.contains(.agent("john")) && withLines.contains(.customer(1)))
        #expect(desk.engine.transcript(of: .customer(1)).last?.text == "Hello")
    }

    @Test func aNameThatIsNoAgentHasHeardNothing_issue9() throws {
        let desk = try Desk()
        desk.connected()
        #expect(desk.engine.transcript(of: .agent("nobody")).isEmpty)
        #expect(desk.engine.transcript(of: .external(99)).isEmpty)
    }
}
