import Foundation
import Flows
import Telephony
import Testing

/// Issue 14 point 18: what `check` says an action does is what the interpreter does; one table (ActionCatalog)
/// decides both.
@Suite struct CheckMatchesRunTests {
    /// Runs a one-action flow whose default branch says "default" and whose error branch says "error".
    private func ran(_ type: String, _ parameters: [String: JSONValue] = [:]) -> [String] {
        let lib = library([action("a", type, parameters, next: "n", errors: [("NoMatchingError", "e")]),
                           say("n", "default"), say("e", "error")])
        let host = FakeHost()
        host.queue = "BasicQueue"
        return play(lib, host: host).0
    }

    private func warning(_ type: String) throws -> Problem? {
        let text = flowText(#"""
            {"Identifier": "a", "Type": "\#(type)", "Parameters": {},
             "Transitions": {"NextAction": "n", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "e"}]}},
            \#(disconnect("n")), \#(disconnect("e"))
            """#)
        return warnings(FlowValidator.validate(try load(text), as: nil)).first
    }

    @Test("an unknown type is not run and follows its default branch; check says exactly that")
    func unknownTypes() throws {
        #expect(ran("SendCarrierPigeon") == ["default"])
        let w = try #require(try warning("SendCarrierPigeon"))
        #expect(w.message.contains("does not run it: the flow follows its default branch to \"n\""))
        #expect(!w.message.contains("error branch"))
    }

    @Test("UpdateContactData is a known action: no unknown-type warning, and it follows Success")
    func updateContactDataIsKnown() throws {
        #expect(ActionCatalog.knownTypes.contains("UpdateContactData"))
        #expect(try warning("UpdateContactData") == nil)
        #expect(ran("UpdateContactData") == ["default"])
    }

    @Test("Wait on voice takes its error branch, and check warns that it will (docs §3.2 Wait)")
    func waitWarnsOfItsErrorBranch() throws {
        #expect(ran("Wait") == ["error"])
        let w = try #require(try warning("Wait"))
        #expect(w.message.contains("takes its error branch"))
    }

    @Test("every action type the validator knows is one the interpreter knows, and the other way round")
    func oneTableForBoth() throws {
        for kind in ActionKind.allCases where kind != .other {
            #expect(ActionCatalog.facts(for: kind.rawValue) != nil, "\(kind.rawValue)")
            #expect(ActionKind(type: kind.rawValue) == kind)
        }
        // Each behaviour the table gives is the branch the interpreter takes.
        for kind in ActionKind.allCases where kind != .other {
            switch ActionCatalog.facts(for: kind).behaviour {
            case .silentSuccess: #expect(ran(kind.rawValue) == ["default"], "\(kind.rawValue)")
            case .errorBranch: #expect(ran(kind.rawValue) == ["error"], "\(kind.rawValue)")
            case .emulated, .notRun: break
            }
        }
    }
}

/// Issue 14 points 12 and 13: what real exports and Store customer input do.
@Suite struct RealExportBehaviourTests {
    @Test("issue 14 point 12: a \\' escape inside an exported Content string loads, as Amazon Connect accepts it")
    func backslashApostropheLoads() throws {
        let content = #"{\"Version\":\"2019-10-30\",\"StartAction\":\"a\",\"Actions\":[{\"Identifier\":\"a\",\"Type\":\"MessageParticipant\",\"Parameters\":{\"Text\":\"We\\\'re closed\"},\"Transitions\":{}}]}"#
        let text = #"{"ContactFlow": {"Name": "closed", "Type": "CONTACT_FLOW", "Content": "\#(content)"}}"#
        let flow = try load(text)
        #expect(flow.action("a")?.text("Text") == "We're closed")
        // At the top level too, and a letter after a backslash is still an error.
        #expect(try load(#"{"Version":"2019-10-30","StartAction":"a","Actions":[{"Identifier":"a","Type":"MessageParticipant","Parameters":{"Text":"it\'s"}}]}"#)
            .action("a")?.text("Text") == "it's")
        #expect(!loadProblems(#"{"Version":"2019-10-30","StartAction":"a","Actions":[],"x":"\q"}"#).isEmpty)
    }

    private func storeFlow() throws -> FlowLibrary {
        FlowLibrary([try FlowLoader.load(file: Fixtures.path("repro/store-timeout.json"))])
    }

    @Test("issue 14 point 13: Store customer input with no input takes Success and stores \"Timeout\" (admin guide, Store customer input)")
    func storeTimeout() throws {
        let lib = try storeFlow()
        let host = FakeHost()
        let (heard, _) = play(lib, host: host, flow: "store-timeout", inputs: [.timedOut])
        #expect(host.stored == "Timeout")
        #expect(heard == ["Enter the extension.", "Timeout branch."])
        #expect(!heard.contains("Error branch."))
        let trace = host.traces.first { $0.action == "in" && $0.branch != nil }
        #expect(trace?.branch == "Success")
    }

    @Test("issue 14 point 13: only the terminating key stores \"Timeout\" too (README: How it behaves)")
    func onlyTheTerminator() throws {
        let host = FakeHost()
        _ = play(try storeFlow(), host: host, flow: "store-timeout", inputs: [.digits("")])
        #expect(host.stored == "Timeout")
        let digits = FakeHost()
        _ = play(try storeFlow(), host: digits, flow: "store-timeout", inputs: [.digits("1234")])
        #expect(digits.stored == "1234")
    }
}
