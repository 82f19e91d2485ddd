import CCP
import Testing
import Training

/// The lesson bar fits its text between words at every width (review #12): a hint longer than the
/// bar's three note rows ends with the ellipsis after a whole word (its rows past the third were
/// dropped with no sign before), and a goal too long for its row is cut after a whole word.
@Suite struct LessonBarFitTests {
    static let hint = (1...12).map { "Step \($0), press the quick connects key, choose Maria Garcia with Enter, and wait." }
        .joined(separator: " ")
    static let goal = "Accept the call from the caller who is locked out of the account and cannot reset the password alone"

    func rows(width: Int) throws -> [String] {
        let yaml = """
            title: Long texts
            story: A story.
            world:
              - at: 2s
                do: call +15555550123 -> +18005550100
            goals:
              - goal: \(Self.goal)
                check: banner Connected
                hint: \(Self.hint)
            """
        let lesson = try LessonLoader.load(yaml: yaml, source: "long.yaml", baseDirectory: "/")
        let run = try LessonSetup.start(lesson)
        let ccp = CCPController(session: LessonSession(run: run), agents: [run.agent], showCustomer: false,
                                size: Size(columns: width, rows: 30))
        ccp.handle(.key(.enter))
        ccp.handle(.key(.char("g")))
        return ccp.render().screen.glyphText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: [80, 100, 120, 200])
    func aLongHintAndGoalEndAfterAWholeWord(_ width: Int) throws {
        let rows = try rows(width: width)
        let goalRow = rows[1].trimmingCharacters(in: .whitespaces)
        let goalText = try #require(goalRow.split(separator: "→", maxSplits: 1).last).trimmingCharacters(in: .whitespaces)
        let shownGoal = goalText.split(separator: " ").map(String.init)
        let goalWords = Self.goal.split(separator: " ").map(String.init)
        if shownGoal.last?.hasSuffix("…") == true {
            let whole = shownGoal.dropLast() + [String(shownGoal.last!.dropLast())]
            #expect(Array(goalWords.prefix(whole.count)) == Array(whole), "\(width): \(goalRow)")
        }
        let noteRows = rows[2...].prefix { !$0.hasPrefix("┌") }
        #expect(noteRows.count == 3, "\(width)")
        let shown = noteRows.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown.hasSuffix("…"), "\(width): \(shown)")
        let words = String(shown.dropLast()).split(separator: " ").map(String.init)
        let hintWords = ("Hint: " + Self.hint).split(separator: " ").map(String.init)
        #expect(Array(hintWords.prefix(words.count)) == words, "\(width): \(shown)")
    }
}
