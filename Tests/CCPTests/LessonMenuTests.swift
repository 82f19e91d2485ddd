import CCP
import Testing
import TextFit

/// The lesson menu `termccp learn` opens (issue 11 point 1), drawn by the pure renderer and driven
/// by keys without a terminal.
@Suite struct LessonMenuTests {
    static let small = Size(columns: 80, rows: 24)
    static let large = Size(columns: 120, rows: 40)

    @Test func goldenAt80x24And120x40() {
        for size in [Self.small, Self.large] {
            var menu = LessonMenu.builtIn(size: size)
            Golden.check(Golden.text(menu.render().screen), file: "lesson-menu.\(size.columns)x\(size.rows).txt")
            _ = menu.handle(.down)
            _ = menu.handle(.down)
            menu.note = "Passed, score 100/100: Take a call and finish after contact work"
            Golden.check(Golden.text(menu.render().screen), file: "lesson-menu-third.\(size.columns)x\(size.rows).txt")
        }
    }

    @Test func everyBuiltInLessonIsListedWithItsTitleAndTheFirstSentenceOfItsStory() {
        // Wide enough that no title is cut.
        let menu = LessonMenu.builtIn(size: Size(columns: 200, rows: 50))
        #expect(menu.entries.count == 10)
        let text = menu.render().screen.glyphText
        for entry in menu.entries {
            #expect(text.contains(entry.title), "\(entry.name)")
            #expect(text.contains(entry.name), "\(entry.name)")
        }
        #expect(text.contains("You are John, an agent on the BasicQueue."))
    }

    @Test func arrowsAndJKMoveAndStopAtTheEnds() {
        var menu = LessonMenu.builtIn(size: Self.small)
        #expect(menu.handle(.up) == .stay && menu.selected == 0)
        #expect(menu.handle(.down) == .stay && menu.selected == 1)
        _ = menu.handle(.char("j"))
        #expect(menu.selected == 2)
        _ = menu.handle(.char("k"))
        #expect(menu.selected == 1)
        _ = menu.handle(.end)
        #expect(menu.selected == menu.entries.count - 1)
        _ = menu.handle(.down)
        #expect(menu.selected == menu.entries.count - 1)
        _ = menu.handle(.home)
        #expect(menu.selected == 0)
        _ = menu.handle(.char("3"))
        #expect(menu.selected == 2)
    }

    @Test func enterStartsTheSelectedLessonAndQOrEscQuits() {
        var menu = LessonMenu.builtIn(size: Self.small)
        _ = menu.handle(.down)
        #expect(menu.handle(.enter) == .start(menu.entries[1].name))
        for key in [Key.char("q"), .char("Q"), .escape, .ctrl("c")] {
            #expect(menu.handle(key) == .quit, "\(key.label)")
        }
    }

    /// No row cuts a word: every row is whole words, or whole words and an ellipsis (issue 11 point 1).
    @Test func noTextIsCutInsideAWordAt80ColumnsOrWhenResized() {
        var menu = LessonMenu.builtIn(size: Self.small)
        for size in [Self.small, Size(columns: 81, rows: 25), Size(columns: 100, rows: 30), Self.large, Size(columns: 200, rows: 50)] {
            menu.size = size
            for index in menu.entries.indices {
                _ = menu.handle(.char(Character(String(min(9, index + 1)))))
                let rows = menu.render().screen.glyphText.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(rows.count == size.rows)
                let words = Set(menu.entries.flatMap { ($0.title + " " + $0.story).split(whereSeparator: { $0 == " " || $0.isNewline }) }
                    .map { String($0) })
                for row in rows.dropFirst().dropLast() {
                    for token in row.split(separator: " ") where token.count > 1 {
                        var word = String(token)
                        if word.hasSuffix("…") { word.removeLast() }
                        if word == "›" || word.allSatisfy({ $0 == "─" }) || word.first?.isNumber == true { continue }
                        let known = words.contains(word) || menu.entries.contains { $0.name == word }
                        #expect(known, "\(size.columns)x\(size.rows): \"\(word)\" is not a whole word of a title or story")
                    }
                }
            }
        }
    }

    @Test func theSelectedLessonStaysInViewOnAShortTerminal() {
        var menu = LessonMenu.builtIn(size: Size(columns: 80, rows: 10))
        _ = menu.handle(.end)
        let text = menu.render().screen.glyphText
        #expect(text.contains(menu.entries.last!.title))
        #expect(!text.contains(menu.entries.first!.title))
        #expect(text.contains("of 10"))
    }

    @Test func aTerminalTooSmallForTheMenuSaysSo() {
        let menu = LessonMenu.builtIn(size: Size(columns: 20, rows: 4))
        #expect(menu.render().screen.glyphText.contains("too small"))
    }

    @Test func wordWrapBreaksAtSpacesAndCutsAfterAWholeWord() {
        #expect(WordWrap.rows("one two three four", width: 9, ellipsis: "…") == ["one two", "three", "four"])
        #expect(WordWrap.line("one two three four", width: 10, ellipsis: "…") == "one two…")
        #expect(WordWrap.line("one two", width: 10, ellipsis: "…") == "one two")
        #expect(WordWrap.rows("one two three four", width: 9, limit: 2, ellipsis: "…") == ["one two", "three…"])
        #expect(WordWrap.line("extraordinarily", width: 6, ellipsis: "…") == "extra…")
    }
}
