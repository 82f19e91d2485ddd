import Flows
import Testing

/// A flow export saved with LF, CRLF or CR line ends gets the same line numbers in messages and
/// on its actions (issue 8 point 6).
@Suite struct FlowLineEndingTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func syntaxErrorsAndActionsKeepTheirLines(ending: String) throws {
        let broken = ["{", "  \"Version\": \"2019-10-30\"", "  \"StartAction\": \"a\"", "}"].joined(separator: ending)
        let problems = loadProblems(broken)
        #expect(problems.map(\.line) == [3])
        #expect(problems.map(\.column) == [3])
        let flow = ["{", "\"Version\": \"2019-10-30\", \"StartAction\": \"a\",", "\"Actions\": [", disconnect("a"), "]}"]
            .joined(separator: ending)
        #expect(try load(flow).actions.first?.line == 4)
    }
}
