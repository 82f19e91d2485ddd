import ConnectTests
import Flows
import Foundation

enum Cases {
    static var folder: URL { Bundle.module.resourceURL!.appendingPathComponent("Cases") }

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func names(in subfolder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(subfolder).path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    static func load(_ name: String) throws -> TestCase { try TestCaseLoader.load(file: path("good/\(name)")) }

    static func problems(_ name: String) -> [Problem] {
        let bytes = [UInt8](FileManager.default.contents(atPath: path("bad/\(name)")) ?? Data())
        return TestCaseLoader.decode(bytes, file: name).problems
    }

    static func decode(_ text: String) -> (TestCase?, [Problem]) {
        let (testCase, problems) = TestCaseLoader.decode(Array(text.utf8), file: "inline.json")
        return (testCase, problems)
    }
}
