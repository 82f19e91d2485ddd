import Flows
import Telephony
import Testing

@Suite struct FlowCoverageReports {
    @Test func actionsAndBranchesThatRanAreCountedAndTheRestListed() {
        let lib = library([
            action("c", "Compare", ["ComparisonValue": .string("$.Attributes.x")], errors: [("NoMatchingCondition", "none")],
                   conditions: [("Equals", "a", "a"), ("Equals", "b", "b")]),
            say("a", "a"), say("b", "b"), say("none", "none"),
        ])
        var coverage = FlowCoverage(library: lib)
        let host = FakeHost()
        host.values["$.Attributes.x"] = "b"
        _ = play(lib, host: host)
        host.traces.forEach { coverage.record($0) }
        let report = coverage.reports().first { $0.flow == "f" }
        #expect(report?.actionsRun == ["c", "b"])
        #expect(report?.actionsNeverRun == ["a", "none"])
        #expect(report?.branchesTaken.map(\.label) == ["Equals b"])
        #expect(report?.branchesNeverTaken.map(\.label) == ["Equals a", "NoMatchingCondition"])
    }

    @Test func theTraceSaysWhichAttributesAnActionSet() {
        let lib = library([action("set", "UpdateContactAttributes",
                                  ["Attributes": .object(["tier": .string("gold")], order: ["tier"])])])
        let host = FakeHost()
        _ = play(lib, host: host)
        #expect(host.traces.first?.note == "set tier=gold")
    }
}
