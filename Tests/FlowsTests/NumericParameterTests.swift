import Flows
import Telephony
import Testing

/// Issue 8 point 1 for flows: every number a flow action reads is range-checked at load (file, line, action, range),
/// and a value that only becomes bad at run time takes the action's error branch with the reason in the trace.
@Suite struct NumericParameterLoadTests {
    /// One action of `type` with `parameters` (JSON object members) and a disconnect to go to.
    private func flow(_ type: String, _ parameters: String) -> String {
        let messages = type == "MessageParticipantIteratively" ? #""Messages": [{"Text": "Please hold"}], "# : ""
        return flowText(#"""

            {"Identifier": "a", "Type": "\#(type)", "Parameters": {\#(messages)\#(parameters)},
             "Transitions": {"NextAction": "b", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "b"}]}},
            \#(disconnect("b"))
            """#)
    }

    private func numberErrors(_ type: String, _ parameters: String, as flowType: FlowType) throws -> [Problem] {
        let doc = try load(flow(type, parameters), source: "numbers.json")
        return errors(FlowValidator.validate(doc, as: flowType)).filter { $0.location?.contains(".Parameters.") == true }
    }

    /// Every numeric parameter of the catalog, with the flow type it is allowed in.
    static let cases: [(type: String, flowType: FlowType, key: String)] = [
        ("GetParticipantInput", .contactFlow, "InputTimeLimitSeconds"),
        ("GetParticipantInput", .contactFlow, "InputValidation.CustomValidation.MaximumLength"),
        ("ConnectParticipantWithLexBot", .contactFlow, "LexTimeoutSeconds.Text"),
        ("ConnectParticipantWithLexBot", .contactFlow, "InputTimeLimitSeconds"),
        ("MessageParticipantIteratively", .customerQueue, "InterruptFrequencySeconds"),
        ("TransferParticipantToThirdParty", .contactFlow, "ThirdPartyConnectionTimeLimitSeconds"),
        ("TransferParticipantToThirdParty", .contactFlow, "ThirdPartyConnectionTimeoutSeconds"),
        ("CreateCallbackContact", .contactFlow, "InitialCallDelaySeconds"),
        ("CreateCallbackContact", .contactFlow, "MaximumConnectionAttempts"),
        ("CreateCallbackContact", .contactFlow, "RetryDelaySeconds"),
        ("UpdateContactRoutingBehavior", .contactFlow, "QueuePriority"),
        ("UpdateContactRoutingBehavior", .contactFlow, "QueueTimeAdjustmentSeconds"),
        ("Loop", .contactFlow, "LoopCount"),
        ("InvokeLambdaFunction", .contactFlow, "InvocationTimeLimitSeconds"),
        ("Wait", .contactFlow, "TimeoutSeconds"),
    ]

    /// `"A": {"B": value}` for the key path A.B.
    private func nested(_ key: String, _ value: String) -> String {
        let parts = key.split(separator: ".").map(String.init)
        var json = value
        for part in parts.reversed() { json = #"{"\#(part)": \#(json)}"# }
        return String(json.dropFirst().dropLast())
    }

    @Test("issue 8: huge, negative, NaN and infinite numbers are load errors naming the action, line and range",
          arguments: cases)
    func hostileNumbersAreLoadErrors(_ c: (type: String, flowType: FlowType, key: String)) throws {
        // A queue time adjustment may be negative (it moves the contact back); everything else starts at 0 or 1.
        let negative = c.key == "QueueTimeAdjustmentSeconds" ? #""-1e9""# : #""-5""#
        for bad in [#""1e300""#, "1e300", negative, #""NaN""#, #""Infinity""#, "1e999", #""ten""#] {
            let messages = try numberErrors(c.type, nested(c.key, bad), as: c.flowType)
            #expect(messages.count == 1, "\(c.type) \(c.key) = \(bad)")
            guard let p = messages.first else { continue }
            #expect(p.file == "numbers.json")
            #expect(p.line == 2)
            #expect(p.location == "action a (\(c.type)) at $.Actions[0].Parameters.\(c.key)")
            #expect(p.message.contains("must be"), "\(p.message)")
            #expect(p.fix?.hasPrefix("make it ") == true)
        }
    }

    @Test("issue 8: a $. reference is not judged at load", arguments: cases)
    func referencesAreLeftToRunTime(_ c: (type: String, flowType: FlowType, key: String)) throws {
        #expect(try numberErrors(c.type, nested(c.key, #""$.Attributes.n""#), as: c.flowType).isEmpty)
    }

    @Test("CreateCallbackContact: delays are whole seconds from 1 to 259200 (API reference, flow language)")
    func callbackDelays() throws {
        #expect(try numberErrors("CreateCallbackContact", #""InitialCallDelaySeconds": "259200""#, as: .contactFlow).isEmpty)
        #expect(try numberErrors("CreateCallbackContact", #""InitialCallDelaySeconds": "259201""#, as: .contactFlow).count == 1)
        #expect(try numberErrors("CreateCallbackContact", #""RetryDelaySeconds": "0""#, as: .contactFlow).count == 1)
        #expect(try numberErrors("CreateCallbackContact", #""RetryDelaySeconds": "1.5""#, as: .contactFlow).count == 1)
        #expect(try numberErrors("CreateCallbackContact", #""MaximumConnectionAttempts": "0""#, as: .contactFlow).count == 1)
    }

    @Test("issue 14 point 11: InputTimeLimitSeconds 300 is valid flow language; the console's 179 s limit is a warning")
    func inputTimeLimitFollowsTheFlowLanguage() throws {
        let doc = try FlowLoader.load(file: Fixtures.path("repro/input-300.json"))
        let problems = FlowValidator.validate(doc, as: .contactFlow)
        #expect(errors(problems).isEmpty)
        let warning = try #require(warnings(problems).first)
        #expect(warning.message.contains("console only accepts 1 to 179 seconds"))
        #expect(warning.location == "action in (GetParticipantInput) at $.Actions[0].Parameters.InputTimeLimitSeconds")
    }

    @Test("SSML break times: at most 10 s, in s or ms, checked at load (docs §3.5)")
    func ssmlBreaksAreCheckedAtLoad() throws {
        func ssmlErrors(_ time: String) throws -> [Problem] {
            let text = flowText(#"""
                {"Identifier": "a", "Type": "MessageParticipant", "Parameters": {"SSML": "<speak>Hi <break time=\"\#(time)\"/></speak>"},
                 "Transitions": {"NextAction": "b"}},
                \#(disconnect("b"))
                """#)
            return errors(FlowValidator.validate(try load(text), as: .contactFlow))
        }
        #expect(try ssmlErrors("10s").isEmpty)
        #expect(try ssmlErrors("500ms").isEmpty)
        for bad in ["1e300s", "-1s", "NaNs", "11s", "10001ms", "5"] {
            let found = try ssmlErrors(bad)
            #expect(found.count == 1, "\(bad)")
            #expect(found.first?.location == "action a (MessageParticipant) at $.Actions[0].Parameters.SSML")
        }
        #expect(try ssmlErrors("$.Attributes.pause").isEmpty)
    }

    @Test("issue 8: numbers in legacy modules are checked at the module's line")
    func legacyNumbersAreChecked() throws {
        let text = #"""
            {"modules": [
             {"id": "in", "type": "GetUserInput", "branches": [{"condition": "Timeout", "transition": "d"}],
              "parameters": [{"name": "Text", "value": "Press 1"}, {"name": "Timeout", "value": "1e300"}], "target": "Digits"},
             {"id": "d", "type": "Disconnect", "branches": [], "parameters": []}],
             "version": "1", "type": "contactFlow", "start": "in", "metadata": {"name": "m"}}
            """#
        let found = errors(FlowValidator.validate(try load(text, source: "legacy.json"), as: .contactFlow))
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.location == "action in (GetParticipantInput) at $.modules[0].Parameters.InputTimeLimitSeconds")
    }
}

@Suite struct NumericParameterRunTimeTests {
    /// The action `a` with `parameters`; its error branch says "error", Success says "ok".
    private func run(_ type: String, _ parameters: [String: JSONValue], values: [String: String]) -> (heard: [String], host: FakeHost) {
        let lib = library([action("a", type, parameters, next: "ok", errors: [("NoMatchingError", "err")]), say("ok", "ok"), say("err", "error")])
        let host = FakeHost()
        host.values = values
        host.queue = "BasicQueue"
        return (play(lib, host: host).0, host)
    }

    @Test("issue 8: a reference that resolves to a bad number takes the error branch with the reason in the trace",
          arguments: ["1e300", "-3", "NaN", "inf", "abc"])
    func badRunTimeNumbersTakeTheErrorBranch(_ bad: String) {
        let probes: [(String, [String: JSONValue])] = [
            ("CreateCallbackContact", ["InitialCallDelaySeconds": .string("$.Attributes.n")]),
            ("CreateCallbackContact", ["MaximumConnectionAttempts": .string("$.Attributes.n")]),
            ("CreateCallbackContact", ["RetryDelaySeconds": .string("$.Attributes.n")]),
            ("UpdateContactRoutingBehavior", ["QueuePriority": .string("$.Attributes.n")]),
            ("UpdateContactRoutingBehavior", ["QueueTimeAdjustmentSeconds": .string("$.Attributes.n")]),
            ("Loop", ["LoopCount": .string("$.Attributes.n")]),
            ("GetParticipantInput", ["Text": .string("Enter"), "InputTimeLimitSeconds": .string("$.Attributes.n")]),
            ("GetParticipantInput", ["Text": .string("Enter"), "StoreInput": .string("True"),
                                     "InputValidation": .object(["CustomValidation": .object(["MaximumLength": .string("$.Attributes.n")], order: ["MaximumLength"])], order: ["CustomValidation"])]),
            ("ConnectParticipantWithLexBot", ["Text": .string("Say"), "LexTimeoutSeconds": .object(["Text": .string("$.Attributes.n")], order: ["Text"])]),
            ("TransferParticipantToThirdParty", ["ThirdPartyPhoneNumber": .string("+15555550100"),
                                                 "ThirdPartyConnectionTimeLimitSeconds": .string("$.Attributes.n")]),
            ("MessageParticipant", ["SSML": .string("<speak>Wait <break time=\"$.Attributes.n\"/></speak>")]),
        ]
        for (type, parameters) in probes where !(bad == "-3" && parameters["QueueTimeAdjustmentSeconds"] != nil) {
            let (heard, host) = run(type, parameters, values: ["$.Attributes.n": type == "MessageParticipant" ? bad + "s" : bad])
            #expect(heard == ["error"], "\(type) \(parameters.keys.sorted()) = \(bad)")
            let trace = host.traces.first { $0.action == "a" }
            #expect(trace?.branch == "NoMatchingError")
            #expect(trace?.note?.isEmpty == false, "\(type): the trace says why")
        }
    }

    @Test("issue 8: an interrupt frequency from a reference is range-checked when the loop starts")
    func interruptFrequencyFromAReference() {
        let loop = action("a", "MessageParticipantIteratively",
                          ["Messages": .array([.object(["Text": .string("Please hold")], order: ["Text"])]),
                           "InterruptFrequencySeconds": .string("$.Attributes.n")],
                          errors: [("NoMatchingError", "err")])
        let lib = FlowLibrary([FlowDocument(name: "f", type: .customerQueue, startAction: "a", actions: [loop, say("err", "error")],
                                            source: "test")])
        let host = FakeHost()
        host.values["$.Attributes.n"] = "1e300"
        #expect(play(lib, host: host).0 == ["error"])
        host.values["$.Attributes.n"] = "30"
        guard case .loopPrompts(_, let every) = play(lib, host: host).1 else { Issue.record("expected a loop"); return }
        #expect(every == 30_000)
    }

    @Test("a valid reference is used: the callback waits the resolved delay")
    func validReferencesAreUsed() {
        let (heard, host) = run("CreateCallbackContact", ["InitialCallDelaySeconds": .string("$.Attributes.n")], values: ["$.Attributes.n": "90"])
        #expect(heard == ["ok"])
        #expect(host.callbacks.first?.initialDelay == 90_000)
    }
}

@Suite struct NoConversionTrapsTests {
    @Test("issue 8: milliseconds never trap, whatever a caller passes")
    func millisecondsClamp() {
        #expect(NumericParameter.milliseconds(1.5) == 1500)
        #expect(NumericParameter.milliseconds(-2) == -2000)
        for hostile in [1e300, -1e300, Double.nan, Double.infinity, -Double.infinity] {
            let ms = NumericParameter.milliseconds(hostile)
            #expect(abs(ms) <= 31_536_000_000_000, "\(hostile)")
        }
    }

    @Test("issue 8: numbers are printed without Int conversions that could trap")
    func formatting() {
        #expect(NumericParameter.format(3) == "3")
        #expect(NumericParameter.format(1e300) == "1e+300")
        #expect(NumericParameter.format(.nan) == "nan")
    }
}
