import Scenario
import Script
import Telephony
import Testing

/// What the command language gives `termccp demo` (issue 12 point 1): `pause` lines and whole-line
/// comments (captions). Headless, a pause has no one to wait for and the comments stay comments.
@Suite struct DemoLanguageTests {
    @Test func pauseIsALineOfTheLanguage_withoutArguments() throws {
        #expect(try ScriptParser.parseLine("pause") == .pause)
        #expect(try ScriptParser.parseLine("PAUSE  # the presenter explains") == .pause)
        let parsed = ScriptParser.parse("pause now")
        #expect(parsed.errors.map(\.message) == ["pause takes no arguments; a caption goes on a `#` line before it"])
        #expect(parsed.errors.map(\.column) == [7])
        #expect(throws: ScriptParser.Failure.self) { try ScriptParser.parseLine("maria: pause") }
    }

    @Test func headlessAPauseDoesNothing() throws {
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        let (lines, errors) = ScriptParser.parse("pause\nexpect no contact\npause")
        #expect(errors.isEmpty)
        #expect(ScriptRunner(engine: engine).run(lines) == .passed(expectations: 1))
        #expect(engine.now == 0)
    }

    @Test func commentsAreTheWholeLineOnes_numberedAsParseNumbersLines() {
        let text = "\u{FEFF}# Title\r\naccept  # a note\r\n  ## Indented, doubled\r\n#\n\tsay \"# not a comment\"\n"
        #expect(ScriptParser.comments(text) == [
            ScriptComment(line: 1, text: "Title"),
            ScriptComment(line: 3, text: "Indented, doubled"),
            ScriptComment(line: 4, text: ""),
        ])
        #expect(ScriptParser.parse(text).lines.map(\.number) == [2, 5])
    }
}
