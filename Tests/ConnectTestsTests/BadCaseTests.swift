import ConnectTests
import Flows
import Testing

/// Bad test cases: each problem names the line, the JSON path and what to change (issue 10, "Bad input"), and
/// no test case comes back.
@Suite struct BadCaseTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var line: Int?
        var location: String?
        var message: String
        var fix: String
        var description: String { file }
    }

    static let expectations: [Expected] = [
        Expected(file: "initialization-data-not-json.json", line: 11, location: "$.InitializationData",
                 message: "InitializationData must hold a JSON object of contact data", fix: "Attributes"),
        Expected(file: "unknown-event-type.json", line: 3, location: "$.Observations[0].Event.Type",
                 message: "unknown Type \"PromptPlayed\"", fix: "TestInitiated, TestCompleted, MessageReceived, FlowActionStarted, FlowActionCompleted"),
        Expected(file: "unknown-action-type.json", line: 5, location: "$.Observations[0].Actions[0].Type",
                 message: "unknown Type \"Pause\"", fix: "SendInstruction, OverrideSystemBehavior, Assert, TestControl"),
        Expected(file: "missing-next-observation.json", line: 5, location: "$.Observations[0].Transitions.NextObservations[0]",
                 message: "NextObservations names \"welcom\", which is not an observation", fix: "start, welcome"),
        Expected(file: "missing-next-action.json", line: 7, location: "$.Observations[0].Actions[0].Transitions.NextAction",
                 message: "NextAction names \"finish\"", fix: "check"),
        Expected(file: "bad-number-operand.json", line: 7, location: "$.Observations[0].Actions[0].Parameters.Operand",
                 message: "Operand \"a hundred\" is not a number", fix: "write a number"),
        Expected(file: "negative-delay.json", line: 10,
                 location: "$.Observations[0].Actions[0].Parameters.Behavior.Properties.Strategy.Response.ExecutionResult.DelaySeconds",
                 message: "DelaySeconds -3 is not valid", fix: "at least 0"),
        Expected(file: "malformed-json.json", line: 3, location: nil, message: "malformed JSON", fix: "line 3"),
        Expected(file: "duplicate-observation.json", line: 3, location: "$.Observations[1].Identifier",
                 message: "defined twice (first at $.Observations[0])", fix: "its own Identifier"),
        Expected(file: "no-starting-observation.json", line: 1, location: "$.Observations",
                 message: "none is active when the run starts", fix: "leave at least one observation"),
        Expected(file: "text-and-prompt.json", line: 4, location: "$.Observations[0].Event.Properties",
                 message: "PromptId and Text exclude each other", fix: "keep only one"),
        Expected(file: "bad-dtmf.json", line: 6, location: "$.Observations[0].Actions[0].Parameters.Instruction.Properties.Value",
                 message: "\"A\", which is not a phone key", fix: "0-9, * and #"),
        Expected(file: "wrong-mock-error.json", line: 9,
                 location: "$.Observations[0].Actions[0].Parameters.Behavior.Properties.Strategy.Response.Error.Value",
                 message: "unknown Value \"QueueAtCapacity\"", fix: "use one of: NoMatchingError"),
        Expected(file: "usage-times-zero.json", line: 4, location: "$.Observations[0].Usage.Times",
                 message: "Times 0 is not valid", fix: "at least 1"),
        Expected(file: "usage-wrong-case.json", line: 4, location: "$.Observations[0].Usage.Type",
                 message: "not spelled as Amazon Connect writes it", fix: "write \"AtLeast\""),
        Expected(file: "content-not-string.json", line: 2, location: "$.Content",
                 message: "Content must be a string", fix: "serialize the test case into a string"),
        Expected(file: "content-malformed.json", line: 3, location: "$.Content",
                 message: "malformed JSON inside the Content string at its line 1", fix: "fix the JSON inside the Content string"),
        Expected(file: "content-bad-event.json", line: 4,
                 location: "$.TestCase.Content → $.Observations[0].Event.Type (line 4 of the Content string)",
                 message: "unknown Type \"MessageRecieved\"", fix: "MessageReceived"),
        Expected(file: "bad-phone-number.json", line: 4, location: "$.EntryPoint.VoiceCallEntryPointParameters.DestinationPhoneNumber",
                 message: "\"18005550100\" is not an E.164 phone number", fix: "+18005550100"),
        Expected(file: "loaded-data-object.json", line: 9,
                 location: "$.Observations[0].Actions[0].Parameters.Behavior.Properties.Strategy.Response.ExecutionResult.LoadedData",
                 message: "LoadedData must be the response serialized as a JSON string", fix: "write it as a string"),
        Expected(file: "assertion-type.json", line: 4, location: "$.Observations[0].Actions[0].Type",
                 message: "unknown action Type \"Assertion\"", fix: "write \"Assert\""),
        Expected(file: "agent-actor.json", line: 3, location: "$.Observations[0].Event.Actor",
                 message: "Amazon Connect documents only System events", fix: "\"Actor\": \"System\""),
    ]

    @Test func everyBadFileHasAnExpectation() {
        #expect(Set(Cases.names(in: "bad")) == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations)
    func badCaseIsReportedWithLinePathAndFix(_ expected: Expected) throws {
        let problems = Cases.problems(expected.file).filter(\.isError)
        let problem = try #require(problems.first, "\(expected.file) must be refused")
        #expect(problems.count == 1, "\(problems.map(\.description))")
        #expect(problem.file == expected.file)
        #expect(problem.line == expected.line, "\(problem)")
        #expect(problem.location == expected.location, "\(problem)")
        #expect(problem.message.contains(expected.message), "\(problem)")
        #expect(problem.fix?.contains(expected.fix) == true, "\(problem)")
        #expect(throws: ProblemsError.self) { try TestCaseLoader.load(file: Cases.path("bad/\(expected.file)")) }
    }

    /// One fault, one message: an observation or action refused for its own fault is still a known target.
    @Test func aRefusedObservationOrActionIsNotReportedAgainByTheOneNamingIt() {
        let observation = #"{"Version":"2025-06-21","Observations":[{"Identifier":"a","Event":{"Type":"TestInitiated"},"Transitions":{"NextObservations":["b"]}},{"Identifier":"b","Event":{"Type":"Nope"}}]}"#
        #expect(Cases.decode(observation).1.map(\.location) == ["$.Observations[1].Event.Type"])
        let action = #"{"Version":"2025-06-21","Observations":[{"Identifier":"a","Event":{"Type":"TestCompleted"},"Actions":[{"Identifier":"x","Type":"TestControl","Parameters":{"Command":{"Type":"EndTest"}},"Transitions":{"NextAction":"y"}},{"Identifier":"y","Type":"Nope","Parameters":{}}]}]}"#
        #expect(Cases.decode(action).1.map(\.location) == ["$.Observations[0].Actions[1].Type"])
    }

    @Test func aTyposMemberIsAWarningNamingTheRightSpelling() {
        let (testCase, problems) = Cases.decode(#"{"Version":"2025-06-21","Observations":[{"Identifier":"s","Event":{"Type":"TestInitiated"},"transitions":{}}]}"#)
        #expect(testCase != nil)
        #expect(problems.map(\.description) == [
            "inline.json:1: warning: $.Observations[0].transitions: unknown member \"transitions\" is ignored — write \"Transitions\"",
        ])
    }

    @Test func unreadableFilesAreProblemsNotCrashes() {
        #expect(throws: ProblemsError.self) { try TestCaseLoader.load(file: "/nonexistent/case.json") }
        #expect(throws: ProblemsError.self) { try TestCaseLoader.load(file: Cases.folder.path) }
        let notUTF8: [UInt8] = [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]
        #expect(TestCaseLoader.decode(notUTF8, file: "x.json").problems.map(\.message) == ["the file is not UTF-8 text"])
        let (none, problems) = TestCaseLoader.decode(Array("[1, 2]".utf8), file: "x.json")
        #expect(none == nil)
        #expect(problems.map(\.message) == ["a test-case file must be a JSON object, found an array"])
    }
}
