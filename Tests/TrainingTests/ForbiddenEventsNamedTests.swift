import CCP
import Foundation
import Telephony
import Testing
import Training

/// The summary screen, the printed result and the JSON and CSV reports name each forbidden event that
/// happened (its rule's text and number in the lesson's `forbidden:`, and when), not only how many; the
/// CSV has the missed offers as the JSON's `measures.missedOffers` (issue 11 review, point 2;
/// docs/lesson-format.md, Reports).
@Suite struct ForbiddenEventsNamedTests {
    /// take-a-call with its caller left to ring out: forbidden rule 1 ("The call rang out and was
    /// missed", `on: contact.missed`) happens once, 20 s after the offer (docs §6 rule 5), then stopped.
    static func rangOut() throws -> Trainee {
        let t = try Trainee("take-a-call", size: Size(columns: 80, rows: 24))
        t.waitForBanner(.missed)
        t.run.stop()
        return t
    }

    @Test func theReportNamesEachForbiddenEventWithItsRuleAndTime() throws {
        let t = try Self.rangOut()
        let occurrence = try #require(t.run.occurrences.first)
        let report = LessonReport(t.run)
        #expect(report.forbidden.map(\.event) == ["The call rang out and was missed"])
        #expect(report.forbidden.map(\.rule) == [1])
        #expect(report.forbidden.map(\.at) == [Double(occurrence.at) / 1000])
        let object = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        let forbidden = try #require(object["forbidden"] as? [[String: Any]])
        #expect(forbidden.first?["rule"] as? Int == 1)
        #expect(forbidden.first?["event"] as? String == "The call rang out and was missed")
        #expect((object["measures"] as? [String: Any])?["missedOffers"] as? Int == 1)
        #expect(report.text().contains(String(format: "forbidden at %.0f s: The call rang out and was missed (forbidden rule 1)",
                                              Double(occurrence.at) / 1000)))
    }

    @Test func theCSVHasAMissedOffersColumnAndAForbiddenRowPerEvent() throws {
        let t = try Self.rangOut()
        let report = LessonReport(t.run)
        let rows = report.csv().split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        #expect(header.count == LessonReport.csvHeader.count)
        for row in rows { #expect(row.count == header.count, "\(row)") }
        let lesson = rows[1]
        #expect(lesson[header.firstIndex(of: "missed_offers")!] == "1")
        #expect(lesson[header.firstIndex(of: "forbidden_events")!] == "1")
        let forbidden = rows.filter { $0[1] == "forbidden" }
        #expect(forbidden.count == 1)
        #expect(forbidden.first?[header.firstIndex(of: "forbidden_rule")!] == "1")
        #expect(forbidden.first?[header.firstIndex(of: "forbidden_event")!] == "The call rang out and was missed")
        #expect(forbidden.first?[header.firstIndex(of: "forbidden_at_s")!]
            == String(format: "%.3f", Double(t.run.occurrences[0].at) / 1000))
    }

    @Test func theSummaryScreenListsEachForbiddenEventUnderItsCount() throws {
        let t = try Self.rangOut()
        let at = TimeText.clock(t.run.occurrences[0].at)
        let screen = t.screen
        #expect(screen.contains("Forbidden events    1"))
        #expect(screen.contains("× \(at)  The call rang out and was missed (rule 1)"), "\(screen)")
    }
}
