import ConnectTests
import Flows
import Telephony
import Testing

/// `InitializationData` ("the initial custom attributes for your test", API_CreateTestCase; shapes in
/// docs/connect-testing-language.md §3 and §4) is on the test's contact before its flow runs; `$.SegmentAttributes.*`
/// reads the segment attributes it gives; paths termccp cannot fill say so in a failing check (README "Not emulated").
@Suite struct InitialDataTests {
    @Test("Attributes and SegmentAttributes reach the flow's first prompt and the checks")
    func structuredInitialDataIsOnTheContactFromTheStart() throws {
        let (result, engine) = try Runs.run("run/pass-initialization-data.json")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        #expect(Runs.record("hello", in: result)?.happened.contains("Hello Pat, your unit is Billing") == true)
        let call = try #require(engine.latestCallId)
        let contact = try #require(engine.contactIds(ofCall: call).first)
        #expect(engine.value(of: "$.Attributes.name", forContact: contact) == "Pat", "the contact's own attribute, as flows read it")
        #expect(engine.value(of: "$.SegmentAttributes.businessUnit", forContact: contact) == "Billing")
    }

    @Test("a flat object is read as custom attributes")
    func flatInitialDataIsAttributes() throws {
        #expect(try Runs.run("run/pass-initialization-data-flat.json").result.status == .passed)
        let testCase = try TestCaseLoader.load(file: Cases.path("run/pass-initialization-data-flat.json"))
        #expect(testCase.api?.initialData == InitialContactData(attributes: ["name": "Sam"]))
    }

    @Test("a segment attribute nobody gave fails its check, saying where segment attributes come from")
    func missingSegmentAttributeSaysWhy() throws {
        let (result, _) = try Runs.run("run/fail-segment-attribute-not-given.json")
        let check = try #require(Runs.record("hello", in: result)?.failedCheck)
        #expect(check.actual == nil)
        #expect(check.reason.contains("segment attributes come only from the test case's InitializationData"))
    }

    @Test("$.AgenticCX.* fails its check saying termccp does not run AI agents, not silently empty")
    func agenticCXSaysItIsNotRun() throws {
        let (result, _) = try Runs.run("run/fail-agenticcx-reads-no-value.json")
        let check = try #require(Runs.record("hello", in: result)?.failedCheck)
        #expect(check.reason.contains("does not run ConnectParticipantWithAgenticCX"))
    }

    @Test("InitializationData that is not a JSON object is bad input at its line")
    func initialDataNotJSONIsBadInput() {
        let problems = Cases.problems("initialization-data-not-json.json")
        let problem = problems.first { $0.isError }
        #expect(problem?.location == "$.InitializationData")
        #expect(problem?.line == 11)
        #expect(problem?.message.contains("must hold a JSON object") == true)
    }

    @Test("segment attribute values may be scalars or the API's {ValueString}; other members are refused")
    func segmentAttributeShapes() throws {
        let text = #"{"Name": "t", "InitializationData": "{\"SegmentAttributes\": {\"a\": \"x\", \"b\": {\"ValueString\": \"y\"}, \"c\": [1]}}", "Content": "{\"Version\": \"2025-06-21\", \"Observations\": [{\"Identifier\": \"o\", \"Event\": {\"Identifier\": \"e\", \"Type\": \"TestInitiated\", \"Actor\": \"System\", \"Properties\": {}}, \"Actions\": []}]}"}"#
        let (_, problems) = Cases.decode(text)
        #expect(problems.filter(\.isError).map(\.location) == ["$.InitializationData.SegmentAttributes.c"])
    }
}
