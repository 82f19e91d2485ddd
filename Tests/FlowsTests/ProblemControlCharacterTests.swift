import Flows
import Testing

/// A problem quotes what it found, and what it found may hold a control character written as a quoted escape
/// (`"\e[2J"` in YAML, `"\u001b"` in JSON): printed raw, the terminal showing the problem would carry it out
/// (clear the screen, move the cursor). Every reader's problems show it as its escape, whichever check wrote
/// them, as huge values are clipped whichever check wrote them (issue 11 review 3: lessons did it, scenarios,
/// flows and scripts did not).
@Suite struct ProblemControlCharacterTests {
    @Test func everyPartAProblemPrintsShowsControlCharactersAsEscapes() {
        let p = Problem(file: "s.yaml", line: 3, location: "agents[0].\u{1B}[2J", message: "no queue named \"Q\u{7}\u{9B}\"",
                        fix: "did you mean \"Q\u{0}\"?")
        #expect(p.description == #"s.yaml:3: agents[0].\u{1B}[2J: no queue named "Q\u{7}\u{9B}" — did you mean "Q\u{0}"?"#)
        #expect(!p.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    /// A line break stays one: messages that list several things over lines keep their shape.
    @Test func aLineBreakAndOrdinaryTextAreLeftAsTheyAre() {
        let p = Problem(file: "f.json", message: "two things:\n  one\n  two — déjà vu ✓")
        #expect(p.message == "two things:\n  one\n  two — déjà vu ✓")
    }
}
