@testable import CCP
import Testing
import TextFit

/// Text cut to a width is cut between words (review #12): one fit for every widget
/// (`WordWrap.fit`, behind `Canvas.put(_:x:y:width:)` and `CellWidth.pad`), prose wrapped where a
/// panel has rows, and a long single word the one thing cut inside, with the ellipsis.
@Suite struct TextFitTests {
    @Test func aLineTooLongIsCutAfterItsLastWholeWordKeepingItsSpacing() {
        #expect(WordWrap.fit("Sue Park is on no call: the map shows", width: 35, ellipsis: "…") == "Sue Park is on no call: the map…")
        #expect(WordWrap.fit("Agent   Queue   State", width: 17, ellipsis: "…") == "Agent   Queue…")
        #expect(WordWrap.fit("fits as it is", width: 13, ellipsis: "…") == "fits as it is")
        // Separator words are not left hanging before the ellipsis.
        #expect(WordWrap.fit("0:07 EndFlowExecution → End · Default agent whisper", width: 33, ellipsis: "…")
                == "0:07 EndFlowExecution → End…")
        // The ellipsis of the ASCII glyph set counts as any other.
        #expect(WordWrap.fit("one two three", width: 9, ellipsis: "~") == "one two~")
    }

    @Test func aSingleWordWiderThanTheRowIsTheOneThingCutInside() {
        #expect(WordWrap.fit("PasswordResetQueue", width: 8, ellipsis: "…") == "Passwor…")
        #expect(WordWrap.fit("  ▶ MessageParticipantIteratively", width: 12, ellipsis: "…") == "  ▶ Message…")
        #expect(WordWrap.fit("anything", width: 0, ellipsis: "…") == "")
    }

    /// A message quoting text (a bad value, a diagram's label) cuts it the same way, from every module
    /// (WordWrap.short, in TextFit below Script, Scenario, Training, Flows and Reports; issue 12 review
    /// point 3: they cut mid-word): after a whole word; inside only a word wider than the whole limit;
    /// a megabyte, or junk of no width, still cut.
    @Test func aQuotedTextIsCutAfterAWholeWordWhereverItIsShortened() {
        let prompt = "Please hold while we find an agent who can help you with that"
        #expect(WordWrap.short(prompt, limit: 40) == "Please hold while we find an agent who…")
        #expect(WordWrap.short(prompt, limit: 61) == prompt)
        let says = "says: " + String(repeating: "x", count: 100)
        #expect(WordWrap.short(says, limit: 60) == "says: " + String(repeating: "x", count: 53) + "…")
        #expect(WordWrap.short(String(repeating: "9", count: 1_000_000), limit: 40) == String(repeating: "9", count: 39) + "…")
        #expect(WordWrap.short(String(repeating: "\u{7}", count: 100), limit: 10) == String(repeating: "\u{7}", count: 9) + "…")
    }

    /// A row whose last part names it (a flow view branch row's flow) keeps that part whole; the
    /// head gives way, cut after a whole word (issue 12 review: the flow name was lost at 40 columns).
    @Test func aRowsNamingTailStaysWholeWhileItsHeadGivesWay() {
        #expect(WordWrap.fit("0:07 EndFlowExecution → End", " · ", keeping: "Default agent whisper", width: 36, ellipsis: "…")
                == "0:07… · Default agent whisper")
        #expect(WordWrap.fit("0:07 → End", " · ", keeping: "Default agent whisper", width: 36, ellipsis: "…")
                == "0:07 → End · Default agent whisper")
        // No room for a word of the head: the tail alone, fitted.
        #expect(WordWrap.fit("0:07 → End", " · ", keeping: "Default agent whisper", width: 12, ellipsis: "…")
                == "Default…")
    }

    @Test func paddedCellsAreCutBetweenWordsToo() {
        #expect(CellWidth.pad("After contact work", to: 16, ellipsis: "…") == "After contact…  ")
        #expect(CellWidth.pad("On hold", to: 9, ellipsis: "…") == "On hold  ")
    }

    /// Half of an 80-column terminal (38 columns inside the panel): Agent, State and Duration keep
    /// their places under their titles; Queue, the least a supervisor watches, goes first.
    @Test func theSupervisorListKeepsItsColumnsAtEightyColumns() {
        let narrow = ContactTable.shown(width: 38)
        #expect(narrow.map(\.title) == ["Agent", "State", "Duration"])
        #expect(narrow.map(\.width) == [12, 14, 8])
        #expect(1 + narrow.reduce(0) { $0 + $1.width + 1 } <= 38)
        #expect(ContactTable.shown(width: 76).map(\.title) == ["Agent", "Queue", "State", "Duration", "Supervisor"])
        #expect(ContactTable.shown(width: 76).map(\.width) == [14, 12, 18, 8, 18])
    }

    @Test func theSupervisorListBesideAnAgentGolden() throws {
        for size in GoldenScreenTests.sizes {
            let stage = try EngineStage.supervisedFloor(agents: ["john"], size: size).run(SupervisorStages.johnAccepts)
                .press([.tab]).type("m").run("wait 4s")
            let text = stage.text
            #expect(text.contains("Agent"), "\(size)")
            #expect(text.contains("Duration"), "\(size)")
            Golden.check(Golden.text(stage.screen()), file: "supervisor-beside-agent.\(size.columns)x\(size.rows).txt")
        }
    }
}

/// Every panel, at several widths, in the states with long text: no row ends in a cut word
/// (a word fragment before the ellipsis) and no word runs into a panel's border cut off, except a
/// single word wider than its whole place (review #12).
@Suite struct NoCutWordTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 100, rows: 30), Size(columns: 120, rows: 40),
                        Size(columns: 160, rows: 45), Size(columns: 200, rows: 50)]

    /// A state: how to build it at a size, and its name in failures.
    struct State: Sendable {
        var name: String
        var screen: @Sendable (Size) throws -> String
    }

    static let states: [State] = {
        func stage(_ name: String, agents: [String] = ["john"], customer: Bool = false, _ script: String) -> State {
            State(name: name) { size in
                try EngineStage(agents: agents, customer: customer, size: size).run(script).text
            }
        }
        var states = [
            stage("idle", Stages.idle), stage("ringing", Stages.ringing), stage("consult", Stages.consult),
            stage("queue transfer connecting", Stages.queueTransferConnecting), stage("joined", Stages.joined),
            stage("party on hold", Stages.partyOnHold), stage("after contact work", Stages.afterContactWork),
            stage("missed", Stages.missed), stage("transferred", Stages.transferred),
            stage("shipping IVR", Stages.onShippingIVR),
            stage("side by side with the caller", agents: ["john", "maria"], customer: true, Stages.connected + "\n" + """
                quick-connect Maria
                wait until maria banner "Incoming call"
                maria: accept
                wait until maria banner Connected
                wait 3s
                """),
            stage("failed attempts", agents: ["john", "maria"], CallMapAfterFailedAttemptsTests.fiveRejected),
            State(name: "records tree") { size in
                try EngineStage(scenario: "Tests/CCPTests/Scenarios/transfer-on.yaml", agents: ["john", "maria"], size: size)
                    .run(RecordTreeScreenTests.attemptsThenAChain).text
            },
            State(name: "supervisor alone") { size in
                try EngineStage.supervisedFloor(size: size).run(SupervisorStages.twoCalls).type("m").run("wait 4s").text
            },
            State(name: "supervisor beside John") { size in
                try EngineStage.supervisedFloor(agents: ["john"], size: size).run(SupervisorStages.johnAccepts)
                    .press([.tab]).type("m").run("wait 4s").text
            },
        ]
        states.append(State(name: "demo caption") { size in
            let demo = try DemoScreenTests.Demo(size: size)
            demo.play { !$0.failures.isEmpty }
            return demo.controller.render().screen.glyphText
        })
        return states
    }()

    static let borders: Set<Character> = ["│", "┐", "┘", "┤"]

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "+" }

    /// Runs of letters and digits shown whole somewhere: not right before an ellipsis or a border.
    static func wholeWords(_ screens: [String]) -> Set<String> {
        var words = Set<String>()
        for screen in screens {
            for line in screen.split(separator: "\n") {
                let chars = Array(line)
                var i = 0
                while i < chars.count {
                    guard isWordCharacter(chars[i]) else { i += 1; continue }
                    var j = i
                    while j < chars.count, isWordCharacter(chars[j]) { j += 1 }
                    if j == chars.count || (chars[j] != "…" && !borders.contains(chars[j])) { words.insert(String(chars[i..<j])) }
                    i = j
                }
            }
        }
        return words
    }

    /// The rows where a fragment stands before an ellipsis or a border: a run of letters and digits
    /// no screen shows whole, that is not the first word of its place (a word, not a symbol or a
    /// border, comes before it).
    static func cutWords(_ screen: String, whole: Set<String>) -> [String] {
        var found: [String] = []
        for line in screen.split(separator: "\n") {
            let chars = Array(line)
            for (k, c) in chars.enumerated() where c == "…" || borders.contains(c) {
                var i = k
                while i > 0, isWordCharacter(chars[i - 1]) { i -= 1 }
                guard i < k else { continue }
                let fragment = String(chars[i..<k])
                if whole.contains(fragment) { continue }
                var p = i - 1
                while p >= 0, chars[p] == " " { p -= 1 }
                // The first word of its place: at the row's start, after a border, a bullet or pointer,
                // or a column gap (two spaces or more); a separator inside text (· →) does not count.
                let firstOfItsPlace = p < 0 || i - 1 - p >= 2 || borders.contains(chars[p]) || "●›▶*>".contains(chars[p])
                if !firstOfItsPlace { found.append("\(fragment)\(c) in: \(line)") }
            }
        }
        return found
    }

    @Test(arguments: states.indices)
    func noRowEndsInACutWord(_ index: Int) throws {
        let state = Self.states[index]
        let screens = try Self.sizes.map { try state.screen($0) }
        // Nothing is cut at 400 columns: the words as they are, to tell a whole word from a fragment.
        let whole = Self.wholeWords(screens + [try state.screen(Size(columns: 400, rows: 60))])
        for (size, screen) in zip(Self.sizes, screens) {
            let cut = Self.cutWords(screen, whole: whole)
            #expect(cut.isEmpty, "\(state.name) at \(size.columns)x\(size.rows): \(cut.joined(separator: "\n"))")
        }
    }

    /// The check itself finds the cuts the review reported.
    @Test func theCheckFindsAWordCutBeforeTheEllipsis() {
        let whole: Set<String> = ["Sue", "Park", "is", "on", "no", "call", "the", "map", "shows"]
        #expect(Self.cutWords("│ Sue Park is on no call: the map sho… │", whole: whole).count == 1)
        #expect(Self.cutWords("│ Sue Park is on no call: the map… │", whole: whole).isEmpty)
        #expect(Self.cutWords("│ Sue Park is on no call: the map sho│", whole: whole).count == 1)
        #expect(Self.cutWords("│ › Passwo… │", whole: whole).isEmpty)
        #expect(Self.cutWords("│ 0:07 EndFlowExecution → End · Defau… │", whole: whole).count == 1)
    }
}
