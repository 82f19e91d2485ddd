import CCP
import Foundation
import Telephony
import Testing
import TextFit
import Training

/// What a lesson draws over or inside panels keeps to its place (issue 11 review, point 6): the story
/// over the CCP's own columns, leaving the side panels' borders at 120×40; the supervisor panel's
/// next-caller hint whole in a 40-column panel (its longest wording that fits, laid out by WordWrap),
/// not cut to "Press i and…".
@Suite struct LessonOverlayFitTests {
    static func rows(_ screen: String) -> [[Character]] { screen.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init) }

    @Test func theStoryAt120x40LeavesTheSidePanelsWhole() throws {
        let t = try Trainee("take-a-call", size: Size(columns: 120, rows: 40), startsAtOnce: false)
        let withStory = Self.rows(t.screen)
        // The side panels' first column: where the call map's box starts.
        let mapRow = try #require(withStory.firstIndex { String($0).contains("─ Call map [M]") })
        let sideX = try #require(String(withStory[mapRow]).range(of: "┌─ Call map").map {
            String(withStory[mapRow])[..<$0.lowerBound].count })
        #expect(sideX >= 80, "the CCP keeps its 80 columns")
        t.press("⏎")
        let without = Self.rows(t.screen)
        // The lesson bar is the same width either way: from the map's row down, the side columns are untouched.
        for y in mapRow..<withStory.count - 1 {
            #expect(String(withStory[y][sideX...]) == String(without[y][sideX...]), "row \(y)")
        }
        #expect(withStory.contains { String($0).contains("Enter starts the lesson") })
    }

    @Test func theSupervisorPanelsNextCallerHintKeepsTheKeyWholeAt40Columns() throws {
        var lesson = try #require(try BuiltInLessons.load("take-a-call"))
        lesson.supervisor = "maria"
        let t = try Trainee(lesson: lesson, size: Size(columns: 80, rows: 24))
        let right = Self.rows(t.screen).map { String($0.dropFirst(40)).trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
        // One row under the list's header: the key and what it does, whole, rather than "Press i and…".
        let hint = try #require(right.first { $0.contains("caller phones in") || $0.hasPrefix("No contact") })
        #expect(hint.hasSuffix("Press i and a caller phones in."), "\(right)")
        #expect(!right.contains { $0.hasSuffix("…") && $0.contains("Press i") })
    }
}
