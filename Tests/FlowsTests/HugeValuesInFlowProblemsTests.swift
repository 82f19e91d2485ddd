import Flows
import Testing

/// Issue 8 point 5: a huge offending value is shortened in the message, whatever the check that found it.
@Suite struct HugeValuesInFlowProblems {
    @Test func aHugeActionTypeAndIdentifierAreCutInEveryProblem() throws {
        let huge = String(repeating: "X", count: 20_000)
        let text = flowText("""
        {"Identifier": "\(huge)", "Type": "\(huge)", "Parameters": {}, "Transitions": {}}
        """, start: huge)
        let flow = try load(text)
        let problems = FlowValidator.validate(flow, as: .contactFlow)
        #expect(!problems.isEmpty)
        for p in problems {
            #expect(p.description.count < 4 * Problem.longestPart + p.file.count + 40)
            #expect(!p.description.contains(huge))
        }
        #expect(problems.contains { $0.description.contains("more characters)") })
    }

    @Test func aShortMessageIsKeptWhole() {
        let p = Problem(file: "f.json", line: 3, location: "$.Actions[0]", message: "TimeoutSeconds is 1e+300", fix: "make it from 0 to 604800 seconds")
        #expect(p.description == "f.json:3: $.Actions[0]: TimeoutSeconds is 1e+300 — make it from 0 to 604800 seconds")
    }
}
