import Flows
import Scenario
import Testing

/// Keys, types and YAML syntax: the mistakes people make while typing a file by hand.
@Suite struct ShapeProblemTests {
    @Test func unknownTopLevelKeyGetsDidYouMean() {
        let p = problem(at: "agent", in: "agent:\n  - { username: john, routingProfile: Support }")
        #expect(p?.line == 1)
        #expect(p?.message == "unknown key `agent`")
        #expect(p?.fix?.hasPrefix("did you mean agents? known keys here: instance, statuses, hours,") == true)
    }

    @Test func typoInANestedKeyIsNotSilentlyIgnored() {
        let yaml = minimalScenario.replacingOccurrences(of: "routingProfile: Support }", with: "routingprofile: Support }")
        let found = problems(yaml)
        #expect(found.map(\.location) == ["agents[0].routingprofile", "agents[0].routingProfile"])
        #expect(found[0].line == 6)
        #expect(found[0].fix?.hasPrefix("did you mean routingProfile?") == true)
        #expect(found[1].message == "missing `routingProfile`")
    }

    @Test func unknownKeyInsideABotSuggestsTheKnownOne() {
        let yaml = minimalScenario.replacingOccurrences(
            of: "routingProfile: Support }", with: "routingProfile: Support, bot: { acept: 3s } }")
        let p = problem(at: "agents[0].bot.acept", in: yaml)
        #expect(p?.fix == "did you mean accept? known keys here: accept, reject, miss, greeting, hangUpAfter, clearAfter")
    }

    @Test func wrongScalarTypesSayWhatWasExpectedAndFound() {
        let yaml = """
        instance: { multiParty: maybe, seed: -1, start: tomorrow }
        queues:
          - { name: BasicQueue, maxContacts: many }
          - name: [Other]
        routingProfiles:
          - { name: Support, queues: { BasicQueue: 1 }, acwTimeout: soon }
        """
        let found = problems(yaml)
        func message(_ location: String) -> String? { found.first { $0.location == location }?.message }
        #expect(message("instance.multiParty") == "expected true or false, found \"maybe\"")
        #expect(message("instance.seed") == "seed \"-1\" is not a whole number from 0 to 18446744073709551615")
        #expect(message("instance.start") == "\"tomorrow\" is not a UTC timestamp from 1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z")
        #expect(message("queues[0].maxContacts") == "expected a whole number from 1 to 1000000, found \"many\"")
        #expect(message("queues[1].name") == "expected text, found a list")
        #expect(message("routingProfiles[0].queues") == "expected a list, found a mapping")
        #expect(message("routingProfiles[0].acwTimeout")
                == "expected a duration of 0s (until the agent chooses Clear contact) or from 1s to 24h, found \"soon\"")
        #expect(found.first { $0.location == "routingProfiles[0].acwTimeout" }?.fix
                == "write e.g. 3s, 1m30s, 500ms, 2h, or a number of seconds")
    }

    @Test func aSectionOfTheWrongShapeIsReported() {
        let p = problem(at: "agents", in: "agents:\n  username: john\n")
        #expect(p?.line == 2)
        #expect(p?.message == "expected a list, found a mapping")
    }

    @Test("A section of the wrong shape is reported once: the names it would declare are not then called unknown (issue 12 review point 5)",
          arguments: ["agents: john\n", "agents:\n  john: {firstName: John}\n", "agents:\n  - john\n"])
    func aWrongShapedSectionHasNoFollowOnUnknownNames(agents: String) {
        let yaml = """
            queues:
              - name: BasicQueue
            routingProfiles:
              - { name: Support, queues: [BasicQueue] }
            quickConnects:
              - { name: Maria, type: USER, user: maria, queues: [BasicQueue] }

            """ + agents
        let found = problems(yaml)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.location?.hasPrefix("agents") == true)
        #expect(!found.contains { $0.message.contains("unknown agent") })
    }

    @Test("A wrong-shaped queues or statuses section hides no other mistake: an unknown flow is still reported")
    func aWrongShapedSectionStillLeavesOtherKindsJudged() {
        let found = problems("""
            statuses: {Break: 1}
            queues: BasicQueue
            routingProfiles:
              - { name: Support, queues: [BasicQueue] }
            agents:
              - { username: john, routingProfile: Support, status: Break }
            phoneNumbers:
              - { number: "+18005550100", flow: No such flow }

            """)
        #expect(found.map(\.location) == ["statuses", "queues", "phoneNumbers[0].flow"])
    }

    @Test("A quote never closed is reported where it opens, not at the end of the text (issue 12 review point 4)",
          arguments: [("queues:\n  - name: \"BasicQueue\n    hours: h\nagents:\n  - username: john\n", 2, 11, "\""),
                      ("instance: { name: 'example }\nqueues:\n  - name: BasicQueue\n", 1, 19, "'")])
    func anUnclosedQuoteIsReportedAtItsOpening(yaml: String, line: Int, column: Int, quote: String) {
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.line == line)
        #expect(found.first?.column == column)
        #expect(found.first?.message == "YAML syntax: the quote (\(quote)) opened here is never closed")
    }

    @Test func anEmptyValueCountsAsMissingAtTheLineOfItsKey() {
        let yaml = """
        queues:
          - name:
            hours: ~
        """
        let p = problem(at: "queues[0].name", in: yaml)
        #expect(p?.line == 2)
        #expect(p?.message == "missing `name`")
    }

    @Test func severalProblemsAreAllReportedAtOnceInLineOrder() {
        let yaml = """
        queues:
          - { name: BasicQueue, outboundCallerId: "555-0100" }
        routingProfiles:
          - { name: Support, queues: [BasicQueue, Nope], acwTimeout: 1x }
        agents:
          - { username: john, routingProfile: Suport, status: Avail }
        calls:
          - { at: 2s, from: "+15555550123", to: "+18005550100" }
        colours: red
        """
        let found = problems(yaml)
        #expect(found.map(\.line) == [2, 4, 4, 6, 6, 8, 9])
        #expect(found.map(\.location) == [
            "queues[0].outboundCallerId", "routingProfiles[0].acwTimeout", "routingProfiles[0].queues[1]",
            "agents[0].routingProfile", "agents[0].status", "calls[0].to", "colours",
        ])
    }

    @Test func malformedYAMLReportsItsLine() {
        let yaml = """
        queues:
          - name: BasicQueue
        agents:
          - { username: john, routingProfile: Support
        calls: []
        """
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.line == 5)
        #expect(found.first?.message.hasPrefix("YAML syntax:") == true)
        #expect(found.first?.fix == "check the indentation and the closing ] or } near this line")
    }

    @Test func aSyntaxErrorAtTheEndOfTheTextPointsAtItsLastLine() {
        #expect(problems("queues: [a, b").map(\.line) == [1])
    }

    @Test func tabsInIndentationGetASpacesHint() {
        let found = problems("queues:\n\t- name: BasicQueue\n")
        #expect(found.first?.line == 2)
        #expect(found.first?.fix == "YAML indents with spaces only; replace the tabs on this line")
    }

    @Test func aColonInAnUnquotedValueGetsAQuotingHint() {
        let found = problems("customers:\n  - number: \"+15555550123\"\n    says: Hi: I need help\n")
        #expect(found.first?.line == 3)
        #expect(found.first?.fix == "quote a value that contains \": \", or fix the indentation of this key")
    }

    // The repeat is the line to change, as a compiler reports a redefinition; the fix names the first.
    @Test func aKeyWrittenTwiceInOneMappingIsReportedOnTheRepeatNamingTheFirst() {
        let found = problems("queues:\n  - name: A\n    name: B\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message == "the key `name` appears more than once in one mapping")
        #expect(found.first?.fix == "keep one; the first is on line 2")
    }

    @Test func aTopLevelKeyWrittenTwiceIsReportedOnTheRepeat() {
        let found = problems("agents: []\n# the same again\n\nqueues: []\n\"agents\": []\n")
        #expect(found.map(\.line) == [5])
        #expect(found.first?.fix == "keep one; the first is on line 1")
    }

    @Test func aRepeatInAFlowMappingIsReportedOnTheFirst() {
        let found = problems("queues:\n  - {name: A, name: B}\n")
        #expect(found.map(\.line) == [2])
    }

    @Test func aListAtTheTopIsNotAScenario() {
        let found = problems("- queues\n- agents\n")
        #expect(found.map(\.message) == ["expected a mapping of keys to values, found a list"])
        #expect(found.first?.line == 1)
    }

    @Test func anEmptyFileIsReportedNotLoaded() {
        for text in ["", "\n\n", "# only a comment\n", "~"] {
            #expect(problems(text).map(\.message) == ["the scenario is empty"], "\(text.debugDescription)")
        }
    }
}

/// YAML merge keys let entries share settings without a section of their own.
@Suite struct MergeKeyTests {
    @Test func anEntryMergesAnAnchoredOneAndOverridesItsKeys() throws {
        let yaml = minimalScenario + """
          - &bot { username: maria, routingProfile: Support, bot: { accept: 3s } }
          - { <<: *bot, username: sam }
        """
        let agents = try #require(load(yaml).config?.agents)
        #expect(agents.map(\.username) == ["john", "maria", "sam"])
        #expect(agents[2].routingProfile == "Support")
        #expect(agents[2].bot?.offer == .accept(after: 3000))
    }

    @Test func mistakesInMergedKeysAreStillReported() {
        let yaml = minimalScenario + """
          - &bot { username: maria, routingProfile: Supprt }
          - { <<: *bot, username: sam }
          - { <<: [*bot, 3], username: kim }
        """
        let found = problems(yaml)
        #expect(found.map(\.location) == ["agents[1].routingProfile", "agents[2].routingProfile", "agents[3].<<",
                                          "agents[3].routingProfile"])
        #expect(found.map(\.line) == [7, 7, 9, 9])
        #expect(found[2].message == "`<<` merges a mapping or a list of mappings")
    }
}
