import Scenario
import Script
import Telephony
import Testing

/// The expectation checker tested failing: every walkthrough depends on it, so a check that
/// wrongly said "ok" would leave the whole suite green (issue 13, point 1).
enum Run {
    /// John is connected to the built-in caller, the other agents are Offline and driven by the
    /// script; nothing has been held or transferred.
    static let connected = """
        as john
        manual maria
        manual sam
        maria: status Offline
        sam: status Offline
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        accept
        wait until banner Connected
        """

    static func outcome(_ script: String, keepGoing: Bool = false) throws -> ScriptRunner.Outcome {
        let engine = try EngineBuilder.build(BuiltInScenario.load())
        let (lines, errors) = ScriptParser.parse(script)
        #expect(errors.isEmpty, "\(errors)")
        return ScriptRunner(engine: engine).run(lines, keepGoing: keepGoing)
    }

    /// The one failure of a script expected to fail, else a recorded issue.
    static func failure(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ScriptRunner.Failure? {
        let outcome = try outcome(script)
        guard case .failed(let failures) = outcome, failures.count == 1 else {
            Issue.record("expected one failure, got \(outcome)", sourceLocation: sourceLocation)
            return nil
        }
        return failures[0]
    }

    static func passes(_ script: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try outcome(script)
        guard case .passed = outcome else {
            Issue.record("expected it to pass, got \(outcome)", sourceLocation: sourceLocation)
            return
        }
    }
}

@Suite("Every expectation kind fails when it is false, with its message (README, The command language)")
struct ExpectationFailures {
    /// A true line and a false line of the same kind, after `Run.connected`; the false one fails
    /// at its own line with a message that says what was expected and seen.
    struct Case: Sendable, CustomStringConvertible {
        var holds: String
        var fails: String
        var message: String
        var description: String { fails }
    }

    static let cases: [Case] = [
        Case(holds: "expect banner Connected", fails: "expect banner \"On hold\"", message: "john's banner: expected \"On hold\", saw \"Connected\""),
        Case(holds: "expect maria banner \"no contact\"", fails: "expect maria banner Connected", message: "maria's banner: expected \"Connected\", saw \"no contact\""),
        Case(holds: "expect maria no contact", fails: "expect no contact", message: "john: expected no contact, saw \"Connected\""),
        Case(holds: "expect status Available", fails: "expect status Lunch", message: "john's status: expected \"Lunch\", saw \"Available\""),
        Case(holds: "expect next-status none", fails: "expect next-status Lunch", message: "john's next status: expected Lunch, saw none"),
        Case(holds: "expect party customer connected", fails: "expect party customer \"on hold\"",
             message: "john sees customer: expected on hold, saw connected"),
        Case(holds: "expect party maria absent", fails: "expect party maria connected", message: "john sees maria: expected connected, saw absent"),
        Case(holds: "expect enabled mute", fails: "expect enabled join", message: "john's join: expected enabled, it is disabled"),
        Case(holds: "expect disabled join", fails: "expect disabled mute", message: "john's mute: expected disabled, it is enabled"),
        Case(holds: "expect disabled join \"third party\"", fails: "expect disabled join \"no such words\"",
             message: "expected the reason to say \"no such words\""),
        Case(holds: "expect customer heard \"beep\"", fails: "expect customer heard \"never said\"",
             message: "customer did not hear \"never said\"; last heard:"),
        Case(holds: "expect john heard \"BasicQueue\"", fails: "expect heard \"never said\"", message: "john did not hear \"never said\""),
        Case(holds: "expect customer not heard \"never said\"", fails: "expect customer not heard \"beep\"",
             message: "customer was not to hear \"beep\", but did (1 time)"),
        Case(holds: "expect not heard \"beep\"", fails: "expect not heard \"BasicQueue\"", message: "john was not to hear \"BasicQueue\", but did"),
        Case(holds: "expect customer heard \"beep\" once", fails: "expect customer heard \"beep\" 2 times",
             message: "customer heard \"beep\" 1 time, expected 2"),
        Case(holds: "expect john hears customer", fails: "expect john not hears customer", message: "john hears customer"),
        Case(holds: "expect customer not hears maria", fails: "expect customer hears maria", message: "customer does not hear maria"),
        Case(holds: "expect caller Connected", fails: "expect caller \"On hold\"", message: "caller +15555550123: expected \"On hold\", saw \"Connected\""),
        Case(holds: "expect caller +15555550123 Connected", fails: "expect caller +15555550999 Connected",
             message: "+15555550999 has not called"),
        Case(holds: "expect records 1", fails: "expect records 2", message: "expected 2 records, there are 1"),
        Case(holds: "expect completed records 0", fails: "expect completed records 1", message: "expected 1 completed records, there are 0"),
        Case(holds: "expect record 1 InitiationMethod INBOUND", fails: "expect record 1 InitiationMethod OUTBOUND",
             message: "record 1 InitiationMethod: expected OUTBOUND, saw INBOUND"),
        Case(holds: "expect record 1 NextContactId null", fails: "expect record 1 Agent.Username null",
             message: "record 1 Agent.Username: expected null, saw john"),
        Case(holds: "expect record 1 Agent.Username set", fails: "expect record 1 DisconnectReason set",
             message: "record 1 DisconnectReason: expected a value, saw null"),
        Case(holds: "expect record 1 InitialContactId record 1 ContactId", fails: "expect record 1 NextContactId record 1 ContactId",
             message: "record 1 NextContactId = null, record 1 ContactId ="),
        Case(holds: "expect record 1 Agent.NumberOfHolds = 0", fails: "expect record 1 Agent.NumberOfHolds != 0",
             message: "record 1 Agent.NumberOfHolds: expected != 0, saw 0"),
        Case(holds: "expect record 1 Agent.NumberOfHolds < 1", fails: "expect record 1 Agent.NumberOfHolds >= 1",
             message: "record 1 Agent.NumberOfHolds: expected >= 1, saw 0"),
        Case(holds: "expect record 1 Agent.NumberOfHolds <= 0", fails: "expect record 1 Agent.NumberOfHolds > 0",
             message: "expected > 0, saw 0"),
        Case(holds: "expect record 1 Queue.Name != OtherQueue", fails: "expect record 1 Queue.Name != BasicQueue",
             message: "record 1 Queue.Name: expected != BasicQueue, saw BasicQueue"),
        Case(holds: "expect record 1 InitiationMethod INBOUND", fails: "expect record 2 InitiationMethod INBOUND",
             message: "there is no record 2 (there are 1)"),
        Case(holds: "expect records 1", fails: "expect completed record 1 InitiationMethod INBOUND",
             message: "there is no completed record 1 (there are 0)"),
    ]

    @Test(arguments: cases)
    func aFalseExpectationFailsAtItsLine(_ c: Case) throws {
        try Run.passes(Run.connected + "\n" + c.holds)
        let script = Run.connected + "\n" + c.fails
        let failure = try #require(try Run.failure(script))
        #expect(failure.line == script.split(separator: "\n").count)
        #expect(failure.text == c.fails)
        #expect(failure.message.contains(c.message), "\(failure.message)")
    }

    @Test("A record path the record does not have is an error, not null (issue 13)")
    func aMisspeltRecordPathIsAnError() throws {
        let misspelt = try #require(try Run.failure(Run.connected + "\nexpect record 1 Agent.Usrname null"))
        #expect(misspelt.message.contains("record 1 has no field Agent.Usrname"))
        #expect(misspelt.message.contains("did you mean Username?"))
        let top = try #require(try Run.failure(Run.connected + "\nexpect record 1 Misspelt.Path null"))
        #expect(top.message.contains("record 1 has no field Misspelt"))
        let throughAValue = try #require(try Run.failure(Run.connected + "\nexpect record 1 Channel.Name null"))
        #expect(throughAValue.message.contains("Channel is a value, not an object"))
        let other = try #require(try Run.failure(Run.connected + "\nexpect record 1 ContactId record 1 Contactid"))
        #expect(other.message.contains("has no field Contactid"))
    }

    @Test("A field under a null object cannot be checked; the object itself is null")
    func aPathThroughANullObjectIsAnError() throws {
        let script = Run.connected + "\nexpect record 1 TransferredToEndpoint.Address null"
        let failure = try #require(try Run.failure(script))
        #expect(failure.message.contains("record 1 TransferredToEndpoint is null, so it has no Address"))
        try Run.passes(Run.connected + "\nexpect record 1 TransferredToEndpoint null")
    }

    @Test("An attribute that was never set is null: attributes are absent until set (docs §2)")
    func anUnsetAttributeIsNull() throws {
        try Run.passes(Run.connected + "\nexpect record 1 Attributes.neverSet null")
    }

    @Test("A numeric comparison with a field that is not a number fails, also for null")
    func comparingTextOrNullAsANumberFails() throws {
        let text = try #require(try Run.failure(Run.connected + "\nexpect record 1 InitiationMethod > 1"))
        #expect(text.message.contains("expected > 1, saw INBOUND"))
        let null = try #require(try Run.failure(Run.connected + "\nexpect record 1 NextContactId >= 0"))
        #expect(null.message.contains("expected >= 0, saw null"))
    }
}

@Suite("Refusals and waits fail the script unless expected (README, The command language)")
struct RefusalAndWaitFailures {
    @Test("A refused command with no `expect refused` after it fails at the command's line")
    func anUnexpectedRefusalFails() throws {
        let failure = try #require(try Run.failure(Run.connected + "\njoin\nexpect banner Connected"))
        #expect(failure.text == "join")
        #expect(failure.line == 10)
        #expect(failure.message.hasPrefix("refused: "))
    }

    @Test("A refusal on the last line fails too")
    func aRefusalOnTheLastLineFails() throws {
        let failure = try #require(try Run.failure(Run.connected + "\njoin"))
        #expect(failure.text == "join")
        #expect(failure.message.hasPrefix("refused: "))
    }

    @Test("`expect refused` after a command that was carried out fails")
    func expectRefusedAfterACarriedOutCommandFails() throws {
        let failure = try #require(try Run.failure(Run.connected + "\nhold customer\nexpect refused"))
        #expect(failure.text == "expect refused")
        #expect(failure.message == "expected the previous command to be refused, but it was carried out")
    }

    @Test("`expect refused TEXT` fails when the reason says something else")
    func expectRefusedWithOtherWordsFails() throws {
        let failure = try #require(try Run.failure(Run.connected + "\njoin\nexpect refused \"no such reason\""))
        #expect(failure.text == "expect refused \"no such reason\"")
        #expect(failure.message.contains("expected the refusal to say \"no such reason\", it said"))
        try Run.passes(Run.connected + "\njoin\nexpect refused \"third party\"")
    }

    @Test("`wait until` that never holds fails after its limit, saying what it still saw")
    func waitUntilTimesOut() throws {
        let script = Run.connected + "\nwait until banner \"On hold\" within 30s"
        let failure = try #require(try Run.failure(script))
        #expect(failure.message == "waited 0:30 and still john's banner: expected \"On hold\", saw \"Connected\"")
        let outcome = try Run.outcome(Run.connected + "\nwait until maria banner Connected")
        guard case .failed(let f) = outcome else { Issue.record("\(outcome)"); return }
        #expect(f[0].message.hasPrefix("waited 10:00 and still maria's banner"))
    }

    @Test("`wait until` is a wait, not an expectation: a script of waits checks nothing")
    func waitUntilIsNotCounted() throws {
        let outcome = try Run.outcome(Run.connected)
        #expect(outcome == .passed(expectations: 0))
        #expect(try Run.outcome(Run.connected + "\nexpect banner Connected") == .passed(expectations: 1))
        #expect(ScriptSummary.passed(file: "a.ccp", expectations: 0, at: 0).contains("checked nothing: it has no `expect` line"))
    }

    @Test("An unknown agent after `expect`, on either side of `hears`, is bad input before anything runs (issue 14)")
    func anUnknownAgentIsReportedAsOne() throws {
        for line in ["expect bob banner Connected", "expect john hears bob", "expect bob not hears john", "expect bob heard \"beep\"",
                     "wait until bob banner Connected"] {
            let outcome = try Run.outcome(Run.connected + "\n" + line)
            #expect(outcome == .badInput(line: 10, message: "no agent named \"bob\"; agents: john, maria, sam"), "\(line)")
        }
    }

    @Test("--keep-going reports every failing line, in order; without it the first only")
    func keepGoingReportsEveryFailure() throws {
        let script = Run.connected + """

            expect banner "On hold"
            join
            expect status Lunch
            expect banner Connected
            expect record 1 Nope null
            """
        let all = try Run.outcome(script, keepGoing: true)
        guard case .failed(let failures) = all else { Issue.record("\(all)"); return }
        #expect(failures.map(\.line) == [10, 11, 12, 14])
        #expect(failures.map(\.text) == ["expect banner \"On hold\"", "join", "expect status Lunch", "expect record 1 Nope null"])
        let first = try Run.outcome(script)
        guard case .failed(let one) = first else { Issue.record("\(first)"); return }
        #expect(one.map(\.line) == [10])
    }
}

@Suite("Long junk in a script is echoed in part (issue 8, point 5)")
struct LongInputEchoes {
    @Test("A failing line of a megabyte echoes its start and size, not the whole line")
    func aHugeFailingLineIsShortened() throws {
        let junk = String(repeating: "x", count: 1_000_000)
        let failure = try #require(try Run.failure(Run.connected + "\nexpect banner \(junk)"))
        #expect(failure.text.hasSuffix("… (1000014 bytes)"))
        #expect(failure.text.utf8.count < 400)
        #expect(failure.message.utf8.count < 1100)
        let unknown = try Run.outcome("expect \(junk) banner Connected")
        guard case .badInput(_, let message) = unknown else { Issue.record("\(unknown)"); return }
        #expect(message.utf8.count < 200)
    }
}

@Suite("Record numbers while contacts are open (README, How expectations read)")
struct RecordNumbering {
    @Test("A transfer's segment is numbered when the transfer starts; completed records count only completed ones")
    func segmentsAreNumberedAsTheyBegin() throws {
        try Run.passes(Run.connected + """

            expect records 1
            maria: status Available
            quick-connect Maria
            expect records 2
            expect record 2 InitiationMethod TRANSFER
            expect record 2 DisconnectTimestamp null
            expect completed records 0
            """)
        let failure = try #require(try Run.failure(Run.connected + "\nmaria: status Available\nquick-connect Maria\nexpect completed record 2 Channel VOICE"))
        #expect(failure.message == "there is no completed record 2 (there are 0)")
    }
}
