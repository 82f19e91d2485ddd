import CCP
import Telephony
import Testing
import Training

/// A lesson stopped with Q Q shows its summary, as at its normal end, marked as stopped; a Q there
/// quits (back to the menu under `termccp learn`). Every goal row reads whole or is cut after a whole
/// word with its time or "not met" kept, at 80×24 with and without a supervisor panel (issue 11 review
/// point 4; docs/lesson-format.md, How a lesson runs).
@Suite struct LessonStoppedSummaryTests {
    @Test func qQShowsTheSummaryMarkedStoppedThenQQuits() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 80, rows: 24))
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        #expect(t.ccp.handle(.key(.char("Q"))).isEmpty)
        #expect(t.ccp.handle(.key(.char("Q"))).isEmpty)
        #expect(t.run.phase == .stopped)
        let screen = t.screen
        let at = TimeText.clock(try #require(t.run.endedAt))
        #expect(screen.contains("Lesson stopped · score \(t.run.score.total)/100"), "\(screen)")
        #expect(screen.contains("Stopped at \(at) with 1 of 4 goals met"), "\(screen)")
        #expect(screen.contains("● Accept the call  0:"), "\(screen)")
        #expect(screen.contains("× Listen to the caller  not met"), "\(screen)")
        #expect(screen.contains("Score \(t.run.score.total)/100"))
        // The clock no longer counts for the lesson: the result is fixed at the stop.
        let score = t.run.score
        t.wait(30_000)
        #expect(t.run.score == score && t.run.phase == .stopped)
        #expect(t.ccp.handle(.key(.char("Q"))) == [.quit])
    }

    /// A row too long for the summary is cut after a whole word and keeps its tail: every built-in lesson,
    /// stopped at once, at 80×24, alone and beside a supervisor panel.
    @Test(arguments: BuiltInLessons.names)
    func everyGoalRowReadsWholeOrIsCutAfterAWholeWord(name: String) throws {
        for supervised in [false, true] {
            var lesson = try #require(try BuiltInLessons.load(name))
            if supervised, lesson.supervisor == nil { lesson.supervisor = "maria" }
            // A scenario with only the trainee's agent has no one to supervise with.
            guard let t = supervised ? try? Trainee(lesson: lesson, size: Size(columns: 80, rows: 24))
                : try Trainee(lesson: lesson, size: Size(columns: 80, rows: 24)) else { continue }
            t.wait(1000)
            _ = t.ccp.handle(.key(.char("Q")))
            _ = t.ccp.handle(.key(.char("Q")))
            #expect(t.run.phase == .stopped)
            let rows = t.screen.split(separator: "\n").map(String.init)
            for title in lesson.goals.map(\.title) {
                let shown = rows.compactMap { row -> String? in
                    guard let start = row.range(of: "× "), let end = row.range(of: "  not met", range: start.upperBound..<row.endIndex)
                    else { return nil }
                    return String(row[start.upperBound..<end.lowerBound])
                }.first { $0 == title || ($0.hasSuffix("…") && title.hasPrefix(String($0.dropLast()))) }
                let goal = try #require(shown, "\(name) supervised=\(supervised): \(title)\n\(t.screen)")
                if goal != title {
                    let kept = goal.dropLast()
                    #expect(title.dropFirst(kept.count).first == " " && kept.last != " ", "\(name): cut inside a word: \(goal)")
                }
            }
        }
    }
}
