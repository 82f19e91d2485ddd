import Foundation
import Testing
import Training

/// A trainer collecting a class's reports needs to know whose each row is: the JSON has `agent` and
/// `source`, and every CSV row has the `agent` (username) and `source` (`built-in:NAME` or the lesson
/// file's path) columns (issue 11 review point 10a; docs/lesson-format.md, Reports).
@Suite struct LessonReportWhoseTests {
    @Test func everyCSVRowAndTheJSONNameTheAgentAndTheLessonSource() throws {
        let t = try Trainee("take-a-call")
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.waitForGoal(3).press("e").waitForBanner(.afterContactWork).wait(2000).press("c")
        let report = LessonReport(t.run)
        let rows = report.csv().split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let agent = try #require(header.firstIndex(of: "agent"))
        let source = try #require(header.firstIndex(of: "source"))
        #expect(rows.count == 6)
        for row in rows.dropFirst() {
            #expect(row.count == header.count)
            #expect(row[agent] == "john" && row[source] == "built-in:take-a-call", "\(row)")
        }
        let object = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(object["agent"] as? String == "john")
        #expect(object["source"] as? String == "built-in:take-a-call")
    }

    /// Every trainee plays the same agent: the trainer's name for them and the wall-clock time the lesson closed go
    /// on every CSV row (quoted where the name holds a comma) and in the JSON, null there when not given, so every
    /// report has one shape (issue 11 review 3; docs/lesson-format.md, Reports).
    @Test func theTraineesNameAndWhenTheLessonClosedAreOnEveryRow() throws {
        let t = try Trainee("take-a-call")
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        let report = LessonReport(t.run, trainee: "Lima, Ana", finishedAt: "2026-12-02T14:31:04Z")
        let lines = report.csv().split(separator: "\r\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        #expect(Array(header.suffix(2)) == ["trainee", "finished_at"])
        #expect(lines.count == 6)
        for line in lines.dropFirst() { #expect(line.hasSuffix(",\"Lima, Ana\",2026-12-02T14:31:04Z"), "\(line)") }
        let object = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(object["trainee"] as? String == "Lima, Ana")
        #expect(object["finishedAt"] as? String == "2026-12-02T14:31:04Z")
        let unnamed = try #require(try JSONSerialization.jsonObject(with: LessonReport(t.run).json()) as? [String: Any])
        #expect(unnamed.keys.contains("trainee") && unnamed["trainee"] is NSNull)
        #expect(LessonReport(t.run).csv().split(separator: "\r\n").dropFirst().allSatisfy { $0.hasSuffix(",,") })
    }

    /// A lesson file's report names the file as given; the askedMisses measure is in both forms.
    @Test func aLessonFilesReportNamesItsPathAndTheAskedMisses() throws {
        let lesson = try LessonLoader.load(yaml: "title: T\nstory: S\nagent: john\nworld:\n  - at: 1s\n    do: call +15555550123 -> +18005550100\n"
            + "goals:\n  - goal: Let it ring out\n    check: status Missed\n    asksForMiss: true\n", source: "class/week1.yaml", baseDirectory: "/")
        let t = try Trainee(lesson: lesson)
        t.waitForBanner(.missed)
        #expect(t.run.phase == .passed)
        let report = LessonReport(t.run)
        let rows = report.csv().split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        #expect(rows[1][header.firstIndex(of: "source")!] == "class/week1.yaml")
        #expect(rows[1][header.firstIndex(of: "asked_misses")!] == "1")
        #expect(rows[1][header.firstIndex(of: "missed_offers")!] == "1")
        let object = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        #expect(object["source"] as? String == "class/week1.yaml")
        #expect((object["measures"] as? [String: Any])?["askedMisses"] as? Int == 1)
    }
}
