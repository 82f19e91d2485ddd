import Flows
import Scenario
import Telephony
import Testing

/// Durations, phone numbers, hours and digits as a scenario writes them.
@Suite struct ValueFormatTests {
    /// A customer's patience as loaded from `text`, and the problems it causes.
    func patience(_ text: String) -> (ms: Int?, problems: [Problem]) {
        let result = load("customers: [{ number: \"+15555550123\", patience: \(text) }]")
        return (result.config?.customers[0].patience, result.problems)
    }

    /// The profile's ACW timeout as loaded from `text`, and the problems it causes.
    func acw(_ text: String) -> (ms: Int?, problems: [Problem]) {
        let result = load("queues: [{ name: Q }]\nroutingProfiles: [{ name: P, queues: [Q], acwTimeout: \(text) }]")
        return (result.config?.routingProfiles[0].acwTimeout, result.problems)
    }

    @Test(arguments: [
        ("3s", 3000), ("1m30s", 90_000), ("1500ms", 1500), ("2m", 120_000), ("1h", 3_600_000), ("10", 10_000),
        ("1.5", 1500), ("0", 0), ("0s", 0), ("1h30m15s500ms", 5_415_500), ("\"20s\"", 20_000),
    ])
    func durationsAcceptUnitsAndBareSeconds(text: String, ms: Int) {
        #expect(patience(text).ms == ms)
    }

    @Test(arguments: ["-3s", "3 seconds", "s", "ms", "1hh", "3x", ".inf", "inf", "nan", "1e300",
                      "99999999999999999999h", "1.2.3s", "true", "[3s]"])
    func malformedDurationsAreProblemsNotCrashes(text: String) {
        #expect(patience(text).problems.map(\.location) == ["customers[0].patience"])
    }

    /// Amazon Connect's ACW timeout is at least 1 s; 0 means until Clear contact (docs §6 rule 6).
    @Test(arguments: ["500ms", "0.5", "999ms", "1ms"])
    func anACWTimeoutUnderOneSecondIsAProblem_docs6_rule6(text: String) {
        let problems = acw(text).problems
        #expect(problems.map(\.location) == ["routingProfiles[0].acwTimeout"])
        #expect(problems.first?.message.contains("or from 1s to 24h") == true)
    }

    func callerId(_ text: String) -> (number: String?, problem: Problem?) {
        let result = load("queues: [{ name: Q, outboundCallerId: \(text) }]")
        return (result.config?.queues[0].outboundCallerId?.number, result.problems.first)
    }

    @Test func unquotedPhoneNumbersKeepTheirTextThoughYAMLReadsThemAsNumbers() {
        #expect(callerId("+18005550100").number == "+18005550100")
        #expect(callerId("\"+442071838750\"").number == "+442071838750")
        #expect(callerId("{ number: +4930123456 }").number == "+4930123456")
    }

    @Test func phoneNumbersMustBeE164WithAFixThatShowsTheRightForm() {
        let missingPlus = callerId("18005550100").problem
        #expect(missingPlus?.message == "\"18005550100\" is not an E.164 phone number")
        #expect(missingPlus?.fix == "write it in E.164 form, quoted: \"+18005550100\"")
        let punctuated = callerId("\"+1 (800) 555-0100\"").problem
        #expect(punctuated?.fix == "write it in E.164 form, quoted: \"+18005550100\"")
        for bad in ["\"+1234567\"", "\"+1234567890123456\"", "\"+1800CALLNOW\"", "\"\"", "0x1F"] {
            #expect(callerId(bad).problem?.location == "queues[0].outboundCallerId", "\(bad)")
        }
    }

    @Test func hoursReadDayRangesWrapAroundTheWeekAndMidnight() throws {
        let yaml = """
        hours:
          - name: H
            utcOffset: "+05:30"
            open: { Sat-Mon: "09:00-24:00", "Wed, Fri": "23:00-01:00" }
        """
        let hours = try #require(load(yaml).config?.hours.first)
        #expect(hours.utcOffsetMinutes == 330)
        #expect(hours.ranges == [
            .init(weekday: 5, start: 540, end: 1440), .init(weekday: 6, start: 540, end: 1440),
            .init(weekday: 0, start: 540, end: 1440),
            .init(weekday: 2, start: 1380, end: 1440), .init(weekday: 3, start: 0, end: 60),
            .init(weekday: 4, start: 1380, end: 1440), .init(weekday: 5, start: 0, end: 60),
        ])
        #expect(hours.isOpen(at: Timestamp(epochSeconds: 1_795_424_400)), "Monday 09:00Z is 14:30 at +05:30")
    }

    @Test func badHoursPointAtTheDayOrTheRange() {
        let yaml = """
        hours:
          - name: H
            utcOffset: EST
            open:
              Mon-Fry: "08:00-17:00"
              Sat: "8am-5pm"
          - { name: I }
          - { name: J, always: true, open: { Mon: "08:00-09:00" } }
        """
        let found = problems(yaml)
        #expect(found.map(\.location) == ["hours[0].utcOffset", "hours[0].open.Mon-Fry", "hours[0].open.Sat",
                                          "hours[1].open", "hours[2].open"])
        #expect(found.map(\.line) == [3, 5, 6, 7, 8])
        #expect(found[1].fix == "write e.g. Mon, Mon-Fri or Sat-Sun (days: Mon, Tue, Wed, Thu, Fri, Sat, Sun)")
        #expect(found[2].fix == "write e.g. \"08:00-17:00\"")
    }

    @Test func ivrDigitsAreKeypadKeysOnly() {
        let yaml = """
        externals:
          - number: "+18005550199"
            ivr: [{ digits: "12a", says: Hi }, { digits: 0042#, says: Ok }]
        """
        let found = problems(yaml)
        #expect(found.map(\.location) == ["externals[0].ivr[0].digits"])
        #expect(found.first?.fix == "use only 0-9, * and #, at most 50")
    }

    @Test func botOfferIsOneOfAcceptRejectOrMiss() {
        let bots = ["{ accept: 3s, reject: 2s }", "{ miss: false }", "{ accept: soon }"]
        for bot in bots {
            let yaml = minimalScenario.replacingOccurrences(of: "routingProfile: Support }",
                                                           with: "routingProfile: Support, bot: \(bot) }")
            #expect(problems(yaml).count == 1, "\(bot)")
        }
        let defaulted = load(minimalScenario.replacingOccurrences(of: "Support }", with: "Support, bot: {} }"))
        #expect(defaulted.config?.agents[0].bot == BotBehaviour())
    }
}
