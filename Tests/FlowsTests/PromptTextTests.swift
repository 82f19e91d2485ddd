import Flows
import Telephony
import Testing

/// Text, SSML and message lists are compiled once per flow; these pin that what plays is still
/// read from the contact each time (docs §3.1 parameter restrictions).
@Suite struct PromptText {
    @Test func aReferenceInTextIsReadAgainEachTimeTheActionPlays() {
        let lib = library([say("a", "Hello $.Attributes.name, welcome back")])
        let host = FakeHost()
        host.values["$.Attributes.name"] = "Ann"
        #expect(play(lib, host: host).0 == ["Hello Ann, welcome back"])
        host.values["$.Attributes.name"] = "Bo"
        #expect(play(lib, host: host).0 == ["Hello Bo, welcome back"])
    }

    @Test func aFullStopEndsAReferenceAndALoneDollarDotIsReadAsWritten() {
        let lib = library([say("a", "You are in $.Queue.Name. It costs 5 $. Bye.")])
        let host = FakeHost()
        host.values["$.Queue.Name"] = "Billing"
        #expect(play(lib, host: host).0 == ["You are in Billing. It costs 5 $. Bye."])
    }

    @Test func punctuationOutsideASCIIEndsAReferenceAndLettersOutsideASCIIContinueIt() {
        let lib = library([say("a", "$.Attributes.name’s order for $.Attributes.café")])
        let host = FakeHost()
        host.values["$.Attributes.name"] = "Ann"
        host.values["$.Attributes.café"] = "Zoë"
        #expect(play(lib, host: host).0 == ["Ann’s order for Zoë"])
    }

    @Test func anUnresolvedReferenceInTextIsSpokenAsNothing() {
        let lib = library([say("a", "Order $.Attributes.missing is ready")])
        #expect(play(lib, host: FakeHost()).0 == ["Order  is ready"])
    }

    @Test func ssmlWithAReferenceIsReadAgainAndKeepsItsBreakTime() {
        let lib = library([action("a", "MessageParticipant",
                                  ["SSML": .string("<speak>Hi $.Attributes.name<break time=\"2s\"/></speak>")])])
        let host = FakeHost()
        host.values["$.Attributes.name"] = "Ann"
        var cursor = FlowCursor(flow: "f")
        guard case .play(let first) = lib.run(&cursor, input: .start, host: host) else { Issue.record("no prompt"); return }
        host.values["$.Attributes.name"] = "Bo Berg"
        cursor = FlowCursor(flow: "f")
        guard case .play(let second) = lib.run(&cursor, input: .start, host: host) else { Issue.record("no prompt"); return }
        #expect(first.text == "Hi Ann")
        #expect(second.text == "Hi Bo Berg")
        #expect(first.duration == Prompt.speakingTime("Hi Ann") + 2000)
        #expect(second.duration == Prompt.speakingTime("Hi Bo Berg") + 2000)
    }

    @Test func ssmlBreaksCountSecondsMillisecondsAndAStrengthAlone() {
        let lib = library([action("a", "MessageParticipant",
                                  ["SSML": .string("<speak>One<break time='500ms'/>two<break time=\"1.5s\"/>three<break strength=\"strong\"/></speak>")])])
        var cursor = FlowCursor(flow: "f")
        guard case .play(let p) = lib.run(&cursor, input: .start, host: FakeHost()) else { Issue.record("no prompt"); return }
        #expect(p.text == "One two three")
        #expect(p.duration == Prompt.speakingTime("One two three") + 500 + 1500 + 750)
    }

    @Test func aPromptIdGivenAsAReferenceIsReadEachTimeAndUnresolvedTakesTheErrorBranch() {
        let lib = library([
            action("p", "MessageParticipant", ["PromptId": .string("$.Attributes.greeting")], next: "ok",
                   errors: [("NoMatchingError", "err")]),
            say("ok", "ok"), say("err", "err"),
        ])
        let host = FakeHost()
        #expect(play(lib, host: host).0 == ["err"])
        host.values["$.Attributes.greeting"] = "hold-music"
        #expect(play(lib, host: host).0 == ["♪ hold music ♪", "ok"])
    }

    @Test func loopedMessagesReadTheirReferencesAndPromptsWhenTheLoopStarts() {
        let messages: JSONValue = .array([
            .object(["Text": .string("You are caller $.Attributes.position")], order: ["Text"]),
            .object(["Note": .string("names no prompt, so it is skipped")], order: ["Note"]),
            .object(["PromptId": .string("hold-music")], order: ["PromptId"]),
        ])
        let lib = library([action("loop", "MessageParticipantIteratively", ["Messages": messages])])
        let host = FakeHost()
        for position in ["3", "2"] {
            host.values["$.Attributes.position"] = position
            var cursor = FlowCursor(flow: "f")
            guard case .loopPrompts(let prompts, _) = lib.run(&cursor, input: .start, host: host) else {
                Issue.record("no loop"); return
            }
            #expect(prompts.map(\.text) == ["You are caller \(position)", "♪ hold music ♪"])
        }
    }
}
