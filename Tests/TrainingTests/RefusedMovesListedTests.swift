import CCP
import Foundation
import Telephony
import Testing
import Training

/// A refused move costs conduct points; the summary, the printed result and the report say which moves
/// were refused, when, and why, in the CCP's words, not only how many (issue 11 review 3: a trainee saw
/// "Refused moves 3, conduct 4/10" and nothing said which three; the "what went wrong").
@Suite struct RefusedMovesListedTests {
    /// `a` before the offer (a dimmed button), `j` on a two-party call, and `:clear` typed while connected.
    static func threeRefusals() throws -> Trainee {
        let t = try Trainee("take-a-call", size: Size(columns: 120, rows: 40))
        t.press("a")
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.wait(1000).press("j")
        t.press(":clear⏎")
        return t
    }

    @Test func eachRefusedMoveIsKeptWithItsTimeAndTheCCPsReason() throws {
        let t = try Self.threeRefusals()
        let refused = t.run.refusals
        #expect(refused.count == 3 && t.run.refusedMoves == 3)
        #expect(refused[0].what.hasPrefix("Accept call: "), "\(refused)")
        #expect(refused[1].what.hasPrefix("Join: "), "\(refused)")
        // The engine refused the typed command: its reason, which names the move, is what is kept.
        #expect(refused[2].what.contains("Clear contact"), "\(refused)")
        #expect(refused.map(\.at) == refused.map(\.at).sorted() && refused[0].at < refused[1].at)
    }

    @Test func theReportListsThemInJSONCSVAndTheText() throws {
        let t = try Self.threeRefusals()
        let report = LessonReport(t.run)
        let object = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        let listed = try #require(object["refused"] as? [[String: Any]])
        #expect(listed.map { $0["move"] as? String } == t.run.refusals.map(\.what))
        #expect(listed.map { $0["at"] as? Double } == t.run.refusals.map { Double($0.at) / 1000 })

        let rows = report.csv().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = rows[0].components(separatedBy: ",")
        #expect(header == LessonReport.csvHeader)
        let refusedRows = rows.filter { $0.contains(",refused,") }
        #expect(refusedRows.count == 3, "\(rows)")
        let join = try #require(refusedRows.first { $0.contains("Join: ") })
        // The move's text holds no comma, so the cells split where the columns do.
        let at = try #require(header.firstIndex(of: "refused_at_s"))
        #expect(join.components(separatedBy: ",")[at] == String(format: "%.3f", Double(t.run.refusals[1].at) / 1000), "\(join)")

        let text = report.text()
        #expect(text.components(separatedBy: "\n").filter { $0.hasPrefix("  refused at ") }.count == 3, "\(text)")
    }

    @Test func theSummaryListsThemUnderTheCount() throws {
        let t = try Self.threeRefusals()
        t.run.stop()
        let screen = t.screen
        #expect(screen.contains("Refused moves       3"), "\(screen)")
        for r in t.run.refusals {
            let prefix = String(r.what.prefix(12))
            #expect(screen.contains("! \(TimeText.clock(r.at))  \(prefix)"), "\(prefix)\n\(screen)")
        }
    }
}
