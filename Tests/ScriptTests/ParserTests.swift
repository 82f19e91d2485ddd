import Script
import Telephony
import Testing

@Suite struct CommandLanguageParsing {
    @Test func trailingCommentsGoButAPoundInDigitsStays() throws {
        #expect(try ScriptParser.parseLine("dtmf 11362#  # the order number") == .agent(nil, .sendDigits("11362#")))
        #expect(try ScriptParser.parseLine("say \"Press # now\" # quoted") == .agent(nil, .say("Press # now")))
        #expect(try ScriptParser.parseLine("expect banner Connected # at once") == .expect(.banner(agent: nil, "Connected")))
    }

    @Test func everyVerbParsesToItsCommand() throws {
        let cases: [(String, Statement)] = [
            ("as maria", .actAs("maria")),
            ("maria: accept", .agent("maria", .accept)),
            ("manual sam", .world(.takeControl(agent: "sam"))),
            ("status Lunch", .agent(nil, .setStatus("Lunch"))),
            ("qc \"Shipping company\"", .agent(nil, .quickConnect("Shipping company"))),
            ("hold all", .agent(nil, .hold(.all))),
            ("resume customer", .agent(nil, .resume(.party("customer")))),
            ("hangup +18005550199", .agent(nil, .hangUp("+18005550199"))),
            ("end", .agent(nil, .endCall)),
            ("call +15555550123 -> +18005550100", .world(.call(from: "+15555550123", to: "+18005550100"))),
            ("customer +15555550124 hangs up", .world(.customerHangsUp(customer: "+15555550124"))),
            ("customer presses 1 2 3", .world(.customerPresses(customer: nil, digits: "123"))),
            ("external +18005550199 answers", .world(.externalAnswers("+18005550199"))),
            ("wait 1m30s", .wait(90_000)),
            ("wait until maria banner Connected within 30s", .waitUntil(.banner(agent: "maria", "Connected"), limit: 30_000)),
            ("expect party customer \"on hold\"", .expect(.party(agent: nil, handle: "customer", state: "on hold"))),
            ("expect disabled swap three parties", .expect(.control(agent: nil, .swap, enabled: false, reason: "three parties"))),
            ("expect customer not hears maria", .expect(.hears(.customer(nil), .agent("maria"), negated: true))),
            ("expect record 1 NextContactId record 2 ContactId",
             .expect(.record(index: 1, field: "NextContactId", value: .field(index: 2, field: "ContactId"), set: .all))),
            ("expect refused \"no incoming call\"", .expectRefused("no incoming call")),
        ]
        for (line, statement) in cases { #expect(try ScriptParser.parseLine(line) == statement, "\(line)") }
    }

    @Test func mistakesAreReportedWithTheirLineAndAHint() {
        let (lines, errors) = ScriptParser.parse("as john\n\nacept\nwait 5q\nsay \"unclosed\nexpect party customer sideways\n")
        #expect(lines.count == 1)
        #expect(errors.map(\.line) == [3, 4, 5, 6])
        #expect(errors[0].message.contains("did you mean \"accept\""))
        #expect(errors[1].message.contains("not a duration"))
        #expect(errors[2].message.contains("quote"))
        #expect(errors[3].message.contains("not one of"))
    }
}

@Suite("Script input: line endings, comments, prefixes and numbers (issues 8 and 14)")
struct ScriptInputParsing {
    @Test("LF, CRLF and CR line endings (and a byte order mark) give the same lines, numbered alike (issue 8, point 6)")
    func everyLineEndingIsALineEnd() {
        let lines = ["# a comment first", "as john", "wait 5s", "expect banner Connected"]
        let lf = ScriptParser.parse(lines.joined(separator: "\n"))
        for ending in ["\r\n", "\r"] {
            let other = ScriptParser.parse(lines.joined(separator: ending) + ending)
            #expect(other.errors.isEmpty)
            #expect(other.lines == lf.lines, "\(ending.debugDescription)")
        }
        #expect(lf.lines.map(\.number) == [2, 3, 4])
        let bom = ScriptParser.parse("\u{FEFF}" + lines.joined(separator: "\r\n"))
        #expect(bom.errors.isEmpty)
        #expect(bom.lines == lf.lines)
        let mixed = ScriptParser.parse("as john\r\nwait 5s\rexpect banner Connected\nwait 1q\r\n")
        #expect(mixed.lines.count == 3)
        #expect(mixed.errors.map(\.line) == [4])
    }

    @Test("`#` is a comment at the line's start or between whitespace; otherwise a digit (issue 14, point 23)")
    func aPoundIsACommentOnlyBetweenSpaces() throws {
        #expect(try ScriptParser.parseLine("customer presses #") == .world(.customerPresses(customer: nil, digits: "#")))
        #expect(try ScriptParser.parseLine("customer presses 1 #") == .world(.customerPresses(customer: nil, digits: "1#")))
        #expect(try ScriptParser.parseLine("customer presses \"#\" # the pound key") == .world(.customerPresses(customer: nil, digits: "#")))
        #expect(ScriptParser.parse("customer presses # # a comment from the first #").errors.first?.message.contains("needs digits") == true)
        #expect(try ScriptParser.parseLine("dtmf #1") == .agent(nil, .sendDigits("#1")))
        #expect(try ScriptParser.parseLine("dtmf 1#\t# a tab before") == .agent(nil, .sendDigits("1#")))
        #expect(ScriptParser.parse("  # indented comment\n#no space after is a comment too\n").lines.isEmpty)
    }

    @Test("The fixture hash-digit.ccp presses # instead of nothing")
    func theHashDigitReproducerPressesPound() {
        // Copied from ../shared/fixtures/repro/hash-digit.ccp (its scenario line dropped).
        let text = """
            # A lone "#" after a space is a comment, so this presses nothing; the refusal says "Digits are 0–9, * and #."
            # and `termccp check hash-digit.ccp` reports no problem. (`customer presses "#"` works.)
            call +15555550123 -> +18005550101
            wait 2s
            customer presses #
            """
        let parsed = ScriptParser.parse(text)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.lines.last?.statement == .world(.customerPresses(customer: nil, digits: "#")))
    }

    @Test("One `name:` prefix a line; thousands of them are one error, found in one pass (issue 8, point 4)")
    func manyPrefixesAreOneError() throws {
        #expect(try ScriptParser.parseLine("maria: accept") == .agent("maria", .accept))
        #expect(throws: ScriptParser.Failure.self) { try ScriptParser.parseLine("maria: john: accept") }
        let line = String(repeating: "maria: ", count: 20_000) + "accept"
        let parsed = ScriptParser.parse(line)
        #expect(parsed.errors.count == 1)
        #expect(parsed.errors.first?.message.hasPrefix("one `name:` prefix a line") == true)
        #expect(parsed.errors.first?.column == 8)
        let notAnAgentVerb = ScriptParser.parse("maria: expect banner Connected")
        #expect(notAnAgentVerb.errors.first?.message.contains("only agent verbs take a `name:` prefix") == true)
    }

    @Test("A megabyte unknown word gets no suggestion and a shortened echo (issue 8, point 4)")
    func aHugeUnknownWordIsAnsweredShort() {
        let word = String(repeating: "acceptx", count: 450_000)
        let parsed = ScriptParser.parse(word)
        let message = parsed.errors.first?.message ?? ""
        #expect(message.hasPrefix("unknown command \"acceptxacceptx"))
        #expect(message.contains("(3150000 bytes)"))
        #expect(!message.contains("did you mean"))
        #expect(message.utf8.count < 400)
        #expect(ScriptParser.parse("acept").errors.first?.message.contains("did you mean \"accept\"") == true)
    }

    @Test("Every number in a script is range-checked with the allowed range in the message (issue 8, point 1)")
    func numbersOutOfRangeAreErrorsNamingTheRange() throws {
        let cases: [(String, String)] = [
            ("wait 1e300s", "wait 1e300s is out of range: it must be 0s to 24h"),
            ("wait 1e300", "wait 1e300 is out of range: it must be 0s to 24h"),
            ("wait -5s", "wait -5s is out of range"),
            ("wait 25h", "wait 25h is out of range: it must be 0s to 24h"),
            // NaN and the infinities are numbers out of range, as lessons and scenarios read them (one DurationReader).
            ("wait nan", "wait nan is out of range: it must be 0s to 24h"),
            ("wait inf", "wait inf is out of range: it must be 0s to 24h"),
            ("wait soon", "\"soon\" is not a duration"),
            ("wait until banner Connected within 0s", "within 0s is out of range: it must be 1ms to 24h"),
            ("wait until banner Connected within 99999999999999999999h", "within 99999999999999999999h is out of range"),
            ("expect records 99999999999999999999", "the number of records 99999999999999999999 is out of range: it must be 0 to 1000000"),
            ("expect records -1", "the number of records -1 is out of range"),
            ("expect records two", "the number of records must be a whole number from 0 to 1000000, not \"two\""),
            ("expect record 0 Channel VOICE", "the record number 0 is out of range: it must be 1 to 1000000"),
            ("expect record 1e3 Channel VOICE", "the record number must be a whole number"),
            ("expect customer heard beep 99999999999 times", "heard … times 99999999999 is out of range: it must be 0 to 1000000"),
            ("expect record 1 Agent.NumberOfHolds >= 1e300", ">= 1e300 is out of range: it must be between -1e15 and 1e15"),
            ("expect record 1 Agent.NumberOfHolds >= nan", ">= compares numbers; \"nan\" is not a number"),
        ]
        for (line, message) in cases {
            let parsed = ScriptParser.parse("as john\n" + line)
            #expect(parsed.errors.count == 1, "\(line)")
            #expect(parsed.errors.first?.line == 2)
            #expect(parsed.errors.first?.message.contains(message) == true, "\(line): \(parsed.errors.first?.message ?? "no error")")
        }
        #expect(try ScriptParser.parseLine("wait 24h") == .wait(86_400_000))
    }

    @Test("Errors point at the word at fault: line and column")
    func errorsHaveColumns() throws {
        let parsed = ScriptParser.parse("as john\n  wait 5q\nexpect record 1 Channel >= x\nsay \"unclosed")
        #expect(parsed.errors.map(\.line) == [2, 3, 4])
        #expect(parsed.errors.map(\.column) == [8, 28, 5])
        // Columns count characters (Unicode scalars), not bytes; text keeps every scalar.
        let accented = ScriptParser.parse("say \"héllo\" then wait 5ö\nwait 5ö")
        #expect(accented.errors.map(\.column) == [6])
        #expect(try ScriptParser.parseLine("say \"héllo wörld — ok\"") == .agent(nil, .say("héllo wörld — ok")))
        #expect(try ScriptParser.parseLine("customer says \"a \\\"quoted\\\" wörd\"") == .world(.customerSays(customer: nil, text: "a \"quoted\" wörd")))
    }
}

@Suite("New expectation forms parse (issue 14, points 19–22)")
struct NewExpectationForms {
    @Test func marksCountsCallersAndComparisons() throws {
        let cases: [(String, Statement)] = [
            ("mark transfer", .mark("transfer")),
            ("expect customer heard beep since transfer", .expect(.heard(.customer(nil), "beep", negated: false, times: nil, since: "transfer"))),
            ("expect john heard \"beep\" 2 times", .expect(.heard(.agent("john"), "beep", negated: false, times: 2, since: nil))),
            ("expect john heard \"beep\" once since t", .expect(.heard(.agent("john"), "beep", negated: false, times: 1, since: "t"))),
            ("expect heard \"x\"", .expect(.heard(.currentAgent, "x", negated: false, times: nil, since: nil))),
            ("expect not heard \"x\"", .expect(.heard(.currentAgent, "x", negated: true, times: nil, since: nil))),
            ("expect +15550002222 heard hello", .expect(.heard(.number("+15550002222"), "hello", negated: false, times: nil, since: nil))),
            ("expect caller +15555550124 \"On hold\"", .expect(.caller(number: "+15555550124", "On hold"))),
            ("expect caller \"On hold\"", .expect(.caller(number: nil, "On hold"))),
            ("expect record 1 Agent.CustomerHoldDuration >= 5",
             .expect(.record(index: 1, field: "Agent.CustomerHoldDuration", value: .compare(.greaterOrEqual, "5"), set: .all))),
            ("expect completed records 2", .expect(.recordCount(2, set: .completed))),
            ("expect completed record 2 Channel VOICE", .expect(.record(index: 2, field: "Channel", value: .text("VOICE"), set: .completed))),
            ("wait until customer heard beep once since accepted within 5s",
             .waitUntil(.heard(.customer(nil), "beep", negated: false, times: 1, since: "accepted"), limit: 5000)),
            ("expect john heard \"wait since lunch\"", .expect(.heard(.agent("john"), "wait since lunch", negated: false, times: nil, since: nil))),
            ("expect john heard \"2 times\"", .expect(.heard(.agent("john"), "2 times", negated: false, times: nil, since: nil))),
        ]
        for (line, statement) in cases { #expect(try ScriptParser.parseLine(line) == statement, "\(line)") }
    }

    @Test("Malformed new forms are errors that say the form")
    func malformedFormsSayTheForm() {
        let cases: [(String, String)] = [
            ("expect record 1 Agent.NumberOfHolds >=", ">= takes one value"),
            ("expect record 1 Agent.NumberOfHolds", "expect record takes a number, a field and a value"),
            ("expect record 1 Agent.NumberOfHolds >= 1 2", ">= takes one value"),
            ("expect completed", "expect completed takes `records N` or `record N FIELD VALUE`"),
            ("expect completed things 2", "expect completed takes"),
            ("expect customer not heard beep 2 times", "`not heard` takes no count"),
            ("mark", "mark takes one name"),
            ("mark a b", "mark takes one name"),
        ]
        for (line, message) in cases {
            let error = ScriptParser.parse(line).errors.first
            #expect(error?.message.contains(message) == true, "\(line): \(error?.message ?? "no error")")
        }
    }

    @Test("At most 1000 mark names a script; setting a mark again moves it")
    func markNamesAreBounded() {
        let many = (1...1001).map { "mark m\($0)" }.joined(separator: "\n")
        #expect(ScriptParser.parse(many).errors.map(\.line) == [1001])
        #expect(ScriptParser.parse(many).errors.first?.message.contains("at most 1000 mark names") == true)
        let again = Array(repeating: "mark same", count: 5000).joined(separator: "\n")
        #expect(ScriptParser.parse(again).errors.isEmpty)
    }

    @Test("`since` needs an earlier mark in the file")
    func sinceNeedsAnEarlierMark() {
        let parsed = ScriptParser.parse("expect customer heard beep since later\nmark later\nexpect customer heard beep since later")
        #expect(parsed.errors.map(\.line) == [1])
        #expect(parsed.errors.first?.message.contains("no `mark later` before this line") == true)
        #expect(parsed.errors.first?.column == 34)
    }
}

/// A misspelt keyword of the command or expectation language is named with the keyword it most likely
/// meant (NameSuggestion), in every keyword list, never misread as a name.
@Suite struct KeywordSuggestionTests {
    @Test(arguments: [
        ("expect bannr Connected", "did you mean \"banner\""),
        ("expect bannr", "did you mean \"banner\""),
        ("expect maria staus Lunch", "did you mean \"status\""),
        ("expect completed recods 1", "did you mean \"records\""),
        ("expect party customer conected", "did you mean \"connected\""),
        ("expect enabled acept", "did you mean \"accept\""),
        ("expect not herd hello", "did you mean \"heard\""),
        ("customer presess 1", "did you mean \"presses\""),
        ("external +18005550199 answrs", "did you mean \"answers\""),
    ])
    func misspeltKeywordGetsASuggestion(_ line: String, _ hint: String) {
        let errors = ScriptParser.parse(line).errors
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains(hint) == true, "\(errors.map(\.message))")
    }

    @Test("an agent's name before a real keyword stays a name")
    func agentNameBeforeAKeywordIsNotAKeyword() throws {
        #expect(try ScriptParser.parseLine("expect maria banner Connected") == .expect(.banner(agent: "maria", "Connected")))
        #expect(ScriptParser.parse("expect maria sideways").errors.first?.message.contains("did you mean") == false)
    }
}
