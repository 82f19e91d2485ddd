import Foundation
import Scenario
import Testing

/// docs/scenario-format.md's example is the one users copy, so it must load.
@Suite struct FormatDocumentTests {
    @Test func theDocumentedExampleLoadsApartFromItsFlowFiles() throws {
        let format = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/scenario-format.md")
        let text = try String(contentsOf: format, encoding: .utf8)
        let start = try #require(text.range(of: "```yaml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let example = String(text[start.upperBound..<end.lowerBound])
        #expect(problems(example).map(\.location) == ["flows[0].file", "flows[1].file"])
    }
}
