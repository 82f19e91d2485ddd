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
             .expect(.record(index: 1, field: "NextContactId", value: .field(index: 2, field: "ContactId")))),
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
