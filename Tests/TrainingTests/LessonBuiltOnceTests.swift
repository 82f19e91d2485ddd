import Foundation
import Scenario
import Telephony
import Testing
import Training

/// `termccp learn` validates a lesson against the engine its scenario builds and then runs that same
/// engine: the scenario is read and built once (issue 11 review, point 4: it was built twice, for the
/// check and again for the start), so what runs is exactly what was checked.
@Suite struct LessonBuiltOnceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A lesson and its scenario file in a folder of their own, since the test changes the scenario.
    private func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("built-once-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for name in ["maria-takes-a-call.yaml", "two-teams.yaml"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("flows"),
                                                   withDestinationURL: Self.fixtures.appendingPathComponent("flows"))
        return dir
    }

    @Test func theRunStartsOnTheEngineTheValidationBuiltWithoutReadingTheScenarioAgain() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let checked = try LessonLoader.checked(file: dir.appendingPathComponent("maria-takes-a-call.yaml").path)
        // A second build would read this and fail; the one build already happened.
        try "agents: [".write(to: dir.appendingPathComponent("two-teams.yaml"), atomically: true, encoding: .utf8)
        let run = try LessonSetup.start(checked)
        #expect(run.engine === checked.engine)
        #expect(run.agent == "maria")
    }

    @Test func aBuiltInLessonStartsOnTheEngineItsValidationBuilt() throws {
        let checked = try #require(try BuiltInLessons.checked("take-a-call"))
        let run = try LessonSetup.start(checked)
        #expect(run.engine === checked.engine)
    }
}
