import Flows
import Scenario
import Testing

/// Every number a scenario holds is checked against its range where it is read, and the message
/// names the key, the line and the range (issue 8 point 1; the ranges are listed in
/// docs/scenario-format.md "Limits").
@Suite struct NumericRangeTests {
    static let hostile = ["nan", ".nan", "inf", ".inf", "-.inf", "1e300", "-5s", "-1", "99999999999h", "1e3s", "0x10"]

    /// One entry per numeric key: the YAML with `VALUE` where the number goes, the key path, and
    /// the range as the message words it.
    static let keys: [(yaml: String, location: String, range: String)] = [
        ("queues: [{ name: Q, maxContacts: VALUE }]", "queues[0].maxContacts", "a whole number from 1 to 1000000"),
        ("routingProfiles: [{ name: P, queues: [Q], acwTimeout: VALUE }]\nqueues: [{ name: Q }]",
         "routingProfiles[0].acwTimeout", "a duration of 0s (until the agent chooses Clear contact) or from 1s to 24h"),
        ("agents: [{ username: a, routingProfile: P, bot: { accept: VALUE } }]", "agents[0].bot.accept",
         "a duration from 0s to 1h"),
        ("agents: [{ username: a, routingProfile: P, bot: { reject: VALUE } }]", "agents[0].bot.reject",
         "a duration from 0s to 1h"),
        ("agents: [{ username: a, routingProfile: P, bot: { hangUpAfter: VALUE } }]", "agents[0].bot.hangUpAfter",
         "a duration from 0s to 24h"),
        ("agents: [{ username: a, routingProfile: P, bot: { clearAfter: VALUE } }]", "agents[0].bot.clearAfter",
         "a duration from 0s to 24h"),
        ("externals: [{ number: \"+18005550199\", hangUpAfter: VALUE }]", "externals[0].hangUpAfter",
         "a duration from 0s to 24h"),
        ("customers: [{ number: \"+15555550123\", patience: VALUE }]", "customers[0].patience", "a duration from 0s to 24h"),
        ("calls: [{ at: VALUE, from: \"+15555550123\", to: \"+18005550100\" }]", "calls[0].at",
         "a duration from 0s to 8760h"),
        ("prompts: { music: { text: x, duration: VALUE } }", "prompts.music.duration", "a duration from 100ms to 1h"),
    ]

    @Test(arguments: keys)
    func hostileNumbersAreProblemsNamingTheKeyAndTheRange(yaml: String, location: String, range: String) {
        for value in Self.hostile {
            let found = problems(yaml.replacingOccurrences(of: "VALUE", with: value)).filter { $0.location == location }
            #expect(found.count == 1, "\(location): \(value)")
            #expect(found.first?.message == "expected \(range), found \"\(value)\"", "\(location): \(value)")
            #expect(found.first?.line == 1)
        }
    }

    @Test func answerDelaysNameTheirRangeInTheFix() {
        for (yaml, location) in [("externals: [{ number: \"+18005550199\", answer: VALUE }]", "externals[0].answer"),
                                 ("customers: [{ number: \"+15555550123\", answer: VALUE }]", "customers[0].answer")] {
            for value in Self.hostile + ["2h"] {
                let found = problems(yaml.replacingOccurrences(of: "VALUE", with: value)).first { $0.location == location }
                #expect(found?.fix?.contains("a delay from 0s to 1h") == true, "\(location): \(value)")
            }
        }
    }

    /// Each bound is inclusive and the value just past it is refused.
    @Test(arguments: [
        ("queues: [{ name: Q, maxContacts: 1000000 }]", true), ("queues: [{ name: Q, maxContacts: 1000001 }]", false),
        ("queues: [{ name: Q, maxContacts: 0 }]", false),
        ("customers: [{ number: \"+15555550123\", patience: 24h }]", true),
        ("customers: [{ number: \"+15555550123\", patience: 24h1ms }]", false),
        ("customers: [{ number: \"+15555550123\", patience: 0s }]", true),
        ("prompts: { music: { text: x, duration: 100ms } }", true),
        ("prompts: { music: { text: x, duration: 99ms } }", false),
        ("prompts: { music: { text: x, duration: 0 } }", false),
        ("calls: [{ at: 8760h, from: \"+15555550123\", to: \"+18005550100\" }]\nphoneNumbers: [{ number: \"+18005550100\", flow: Sample inbound }]", true),
        ("calls: [{ at: 8761h, from: \"+15555550123\", to: \"+18005550100\" }]\nphoneNumbers: [{ number: \"+18005550100\", flow: Sample inbound }]", false),
    ])
    func boundsAreInclusive(yaml: String, accepted: Bool) {
        #expect(problems(yaml).isEmpty == accepted, "\(yaml)")
    }

    /// Record timestamps keep four-digit years: the start is from 1970 to 2999.
    @Test(arguments: [("1970-01-01T00:00:00Z", true), ("2999-12-31T23:59:59Z", true), ("1969-12-31T23:59:59Z", false),
                      ("3000-01-01T00:00:00Z", false), ("0001-01-01T00:00:00Z", false), ("9999-12-31T23:59:59Z", false)])
    func theStartInstantIsWithinFourDigitYears(text: String, accepted: Bool) {
        let found = problems("instance: { start: \(text) }")
        #expect(found.isEmpty == accepted, "\(text)")
        if !accepted { #expect(found.first?.message.hasSuffix("from 1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z") == true) }
    }

    /// Amazon Connect's ACW timeout is 0 (until Clear contact) or at least 1 s (docs §1.6, §6 rule 6).
    @Test(arguments: [("0s", true), ("0", true), ("1s", true), ("500ms", false), ("999ms", false), ("24h", true), ("25h", false)])
    func acwTimeoutIsZeroOrAtLeastOneSecond(text: String, accepted: Bool) {
        let yaml = "queues: [{ name: Q }]\nroutingProfiles: [{ name: P, queues: [Q], acwTimeout: \(text) }]"
        #expect(problems(yaml).isEmpty == accepted, "\(text)")
    }

    @Test func aHugeValueIsShortenedInTheMessage() {
        let value = String(repeating: "9", count: 100_000)
        let found = problems("queues: [{ name: Q, maxContacts: \(value) }]")
        #expect(found.count == 1)
        #expect(found.first.map { $0.description.count < 200 } == true)
        #expect(found.first?.message.hasSuffix("found \"\(String(repeating: "9", count: 40))…\"") == true)
    }
}
