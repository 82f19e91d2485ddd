import Foundation
import Flows

/// Reads Amazon Connect test-case files in every shape users have (docs/connect-testing-language.md §2, §3):
/// - the bare Testing-language content: `{ "Version", "Metadata", "Observations" }`;
/// - a CreateTestCase request (`aws connect create-test-case --cli-input-json`, CloudFormation's properties):
///   `{ "Name", "Content": "<the test case as a JSON string>", "EntryPoint", … }`;
/// - a DescribeTestCase response: `{ "TestCase": { "Id", "Arn", "Name", "Content", … } }`.
/// Every problem names the file, the line, the JSON path and what to change.
public enum TestCaseLoader {
    /// Decodes a test-case file; throws every problem found when there is at least one error (warnings alone
    /// do not stop it). Errors: unreadable file, malformed JSON, and each rule of §2 that the content breaks.
    public static func load(file: String, resources: ScenarioResources? = nil) throws(ProblemsError) -> TestCase {
        let bytes: [UInt8]
        switch readRegularFile(file) {
        case .success(let read): bytes = read
        case .failure(let problem): throw problem
        }
        let (testCase, problems) = decode(bytes, file: file, resources: resources)
        guard let testCase, !problems.contains(where: \.isError) else { throw ProblemsError(problems) }
        return testCase
    }

    /// Decodes the bytes of a test-case file: the test case when there is no error, and every problem. With
    /// `resources`, an override of a resource the scenario lacks is an error and an observation of one a warning.
    public static func decode(_ bytes: [UInt8], file: String, resources: ScenarioResources? = nil) -> (testCase: TestCase?, problems: [Problem]) {
        let document: JSONText.Document
        do {
            document = try JSONText.Document(bytes: bytes, depth: 16)
        } catch {
            return (nil, [Problem(file: file, line: error.line, column: error.column, message: "malformed JSON: \(error.message)",
                                  fix: "fix the JSON syntax at line \(error.line), column \(error.column) (look for a missing or extra comma, quote or bracket)")])
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return (nil, [Problem(file: file, message: "the file is not UTF-8 text", fix: "save the test case as UTF-8 JSON")])
        }
        var decoder = TestCaseDecoder(reader: JSONReader(file: file, document: document), resources: resources)
        let testCase = decoder.decodeFile()
        let problems = decoder.reader.problems
        return (problems.contains(where: \.isError) ? nil : testCase, problems)
    }

    /// Whether a `.json` file holds a test case rather than a flow: its top-level object has `Observations`
    /// (bare content), a `TestCase` object (DescribeTestCase), or a `Content` string that mentions
    /// `"Observations"` (CreateTestCase; a flow's Content has `Actions` instead). Anything else is a flow.
    public static func isTestCase(_ bytes: [UInt8]) -> Bool {
        guard let root = try? JSONText.Document(bytes: bytes, depth: 0).root else { return false }
        if root["Observations"] != nil { return true }
        if let testCase = root["TestCase"], testCase.isObject { return true }
        if let content = root["Content"]?.stringValue { return content.contains("\"Observations\"") }
        return false
    }

    /// The bytes of a test-case file, read by the project's one reader of input files (regular files only,
    /// UTF-8, bounded size); what it refuses is a problem naming the cause.
    public static func readRegularFile(_ file: String) -> Result<[UInt8], ProblemsError> {
        switch TextFile.read(file) {
        case .success(let text): return .success(Array(text.utf8))
        case .failure(let failure): return .failure(ProblemsError([failure.problem(file: file)]))
        }
    }
}
