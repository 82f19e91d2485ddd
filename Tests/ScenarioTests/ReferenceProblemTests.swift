import Flows
import Scenario
import Testing

/// Names that point at nothing, or at the wrong thing, are reported where they are written.
@Suite struct ReferenceProblemTests {
    @Test func unknownRoutingProfileOfAnAgentSuggestsTheClosestName() {
        let yaml = """
        queues: [{ name: BasicQueue }]
        routingProfiles:
          - { name: Support, queues: [BasicQueue] }
          - { name: PasswordResetTeam, queues: [BasicQueue] }
        agents:
          - { username: john, routingProfile: Support }
          - { username: maria, routingProfile: PasswordResetTeem }
        """
        let p = problem(at: "agents[1].routingProfile", in: yaml)
        #expect(p?.line == 7)
        #expect(p?.message == "unknown routing profile \"PasswordResetTeem\"")
        #expect(p?.fix == "did you mean PasswordResetTeam? known routing profiles: Support, PasswordResetTeam")
        #expect(p?.description == "test.yaml:7: agents[1].routingProfile: unknown routing profile \"PasswordResetTeem\""
                + " — did you mean PasswordResetTeam? known routing profiles: Support, PasswordResetTeam")
    }

    @Test func routingProfileQueuesMustExist() {
        let yaml = """
        queues: [{ name: BasicQueue }, { name: PasswordReset }]
        routingProfiles:
          - name: Support
            queues:
              - BasicQueue
              - PaswordReset
        """
        let p = problem(at: "routingProfiles[0].queues[1]", in: yaml)
        #expect(p?.line == 6)
        #expect(p?.message == "unknown queue \"PaswordReset\"")
        #expect(p?.fix == "did you mean PasswordReset? known queues: BasicQueue, PasswordReset")
    }

    @Test func defaultOutboundQueueMustBeOneOfTheProfilesQueues() {
        let yaml = """
        queues: [{ name: BasicQueue }, { name: PasswordReset }]
        routingProfiles:
          - { name: Support, queues: [BasicQueue], defaultOutboundQueue: PasswordReset }
          - { name: Other, queues: [BasicQueue], defaultOutboundQueue: Nowhere }
        """
        let found = problems(yaml)
        let notInProfile = found.first { $0.location == "routingProfiles[0].defaultOutboundQueue" }
        #expect(notInProfile?.line == 3)
        #expect(notInProfile?.message == "default outbound queue \"PasswordReset\" is not one of this profile's queues")
        #expect(notInProfile?.fix == "known queues of this profile: BasicQueue")
        #expect(found.count == 2, "one problem for Nowhere, not a second for its being unknown")
    }

    @Test func agentStatusMustBeAvailableOfflineOrADeclaredCustomStatus() {
        let yaml = minimalScenario + """
        statuses: [Break, Lunch]
        """
        #expect(problems(yaml).isEmpty)
        let wrong = yaml.replacingOccurrences(of: "routingProfile: Support }", with: "routingProfile: Support, status: lunch }")
        let p = problem(at: "agents[0].status", in: wrong)
        #expect(p?.line == 6)
        #expect(p?.message == "unknown agent status \"lunch\"")
        #expect(p?.fix == "did you mean Lunch? known statuses: Available, Offline, Break, Lunch; declare custom statuses under `statuses:`")
    }

    @Test func builtInStatusesCannotBeDeclaredAsCustomOnes() {
        let p = problem(at: "statuses[1]", in: "statuses: [Break, Available]")
        #expect(p?.message == "Available is a built-in status")
    }

    @Test func duplicateNamesAreReportedAtTheSecondWithTheLineOfTheFirst() {
        let yaml = minimalScenario + """
        quickConnects:
          - { name: Maria, user: john }
          - { name: Maria, queue: BasicQueue }
        """
        let p = problem(at: "quickConnects[1]", in: yaml)
        #expect(p?.line == 9)
        #expect(p?.message == "quick connect \"Maria\" is declared twice")
        #expect(p?.fix == "the first is on line 8; rename or remove one")

        let agents = problem(at: "agents[1]", in: minimalScenario.replacingOccurrences(
            of: "  - { username: john, routingProfile: Support }",
            with: "  - { username: john, routingProfile: Support }\n  - { username: john, routingProfile: Support }"))
        #expect(agents?.message == "agent \"john\" is declared twice")
    }

    @Test func aNumberBelongsToOnePartyOnly() {
        let yaml = """
        phoneNumbers: [{ number: "+18005550100", flow: Sample inbound }]
        externals: [{ number: "+18005550100" }]
        customers:
          - { number: "+15555550123" }
          - { number: "+15555550123" }
        """
        let found = problems(yaml)
        #expect(found.map(\.location) == ["externals[0].number", "customers[1].number"])
        #expect(found.map(\.message) == ["+18005550100 is already a claimed number", "+15555550123 is declared twice"])
        #expect(found.first?.fix == "the first is on line 1; each number belongs to one party")
    }

    @Test func quickConnectTargetsAndListingQueuesMustExist() {
        let yaml = minimalScenario + """
        quickConnects:
          - { name: Maria, type: USER, user: mria, queues: [BasicQueue, Basic] }
          - { name: Reset, type: QUEUE, queue: PasswordReset }
        """
        let found = problems(yaml)
        #expect(found.map(\.location) == ["quickConnects[0].user", "quickConnects[0].queues[1]", "quickConnects[1].queue"])
        #expect(found.map(\.line) == [8, 8, 9])
        #expect(found[0].message == "unknown agent \"mria\"")
        #expect(found[0].fix == "known agents: john")
        #expect(found[1].fix == "did you mean BasicQueue? known queues: BasicQueue")
    }

    @Test func quickConnectTypeMustMatchItsTarget() {
        let yaml = minimalScenario + """
        quickConnects:
          - { name: A, type: USER, queue: BasicQueue }
          - { name: B, type: PHONE, phoneNumber: "+18005550199" }
          - { name: C, user: john, queue: BasicQueue }
          - { name: D }
          - { name: E, phoneNumber: "+18005550199", flow: Default agent transfer }
        """
        let found = problems(yaml)
        #expect(found.map(\.location) == ["quickConnects[0].queue", "quickConnects[1].type", "quickConnects[2].queue",
                                          "quickConnects[3]", "quickConnects[4].flow"])
        #expect(found[0].message == "a USER quick connect names its target with `user:`, not `queue:`")
        #expect(found[1].fix == "did you mean PHONE_NUMBER? known types: USER, QUEUE, PHONE_NUMBER")
        #expect(found[3].fix == "add user: USERNAME, queue: QUEUE or phoneNumber: \"+E164\"")
        #expect(found[4].message.hasPrefix("phone number quick connects run no flow"))
    }

    @Test func flowsMustBeDeclaredOrBuiltIn() {
        let yaml = """
        phoneNumbers:
          - { number: "+18005550100", flow: Sample inbound }
          - { number: "+18005550101", flow: Sample inbund }
        """
        let p = problem(at: "phoneNumbers[1].flow", in: yaml)
        #expect(p?.line == 3)
        #expect(p?.message == "unknown flow \"Sample inbund\"")
        #expect(p?.fix?.hasPrefix("did you mean Sample inbound? known flows: Default agent hold, ") == true)
        #expect(p?.fix?.hasSuffix("; declare a flow file under `flows:`") == true)
    }

    @Test func aFlowOfTheWrongTypeIsReportedWithFlowsThatFit() {
        let yaml = minimalScenario + """
        quickConnects:
          - { name: Maria, user: john, flow: Default queue transfer }
        defaultFlows: { customerHold: Default agent hold }
        phoneNumbers: [{ number: "+18005550100", flow: Mine }]
        flows: [{ name: Mine, file: mine.json, type: AGENT_WHISPER }]
        """
        let found = problems(yaml)
        let qc = found.first { $0.location == "quickConnects[0].flow" }
        #expect(qc?.message == "flow \"Default queue transfer\" is a Transfer to queue flow (QUEUE_TRANSFER), "
                + "but this place runs a Transfer to agent flow (AGENT_TRANSFER)")
        #expect(qc?.fix == "use a flow of that type, e.g. Default agent transfer")
        #expect(found.contains { $0.location == "defaultFlows.customerHold" && $0.line == 9 })
        #expect(found.contains { $0.location == "phoneNumbers[0].flow" && $0.message.contains("Agent whisper flow") })
    }

    @Test func aDeclaredFlowMayReplaceABuiltInOne() {
        let yaml = """
        flows: [{ name: Default customer hold, file: hold.json }]
        defaultFlows: { customerHold: Default customer hold }
        """
        #expect(problems(yaml).map(\.location) == ["flows[0].file"], "only the missing file")
    }

    @Test func queueHoursMustExist() {
        let yaml = """
        hours: [{ name: Business hours, always: true }]
        queues: [{ name: BasicQueue, hours: Bussiness hours }]
        """
        let p = problem(at: "queues[0].hours", in: yaml)
        #expect(p?.line == 2)
        #expect(p?.fix == "did you mean Business hours? known hours: Business hours")
    }

    @Test func scheduledCallsMustDialAClaimedNumber() {
        let yaml = """
        phoneNumbers: [{ number: "+18005550100", flow: Sample inbound }]
        calls:
          - { at: 2s, from: "+15555550123", to: "+18005550101" }
        """
        let p = problem(at: "calls[0].to", in: yaml)
        #expect(p?.line == 3)
        #expect(p?.message == "unknown claimed number \"+18005550101\"")
        #expect(p?.fix == "did you mean +18005550100? known claimed numbers: +18005550100")
    }

    @Test func anEntryWithAMistakeIsStillKnownByNameSoMistakesDoNotCascade() {
        let yaml = minimalScenario + """
          - { username: maria, routingProfile: Support, bot: { accept: soon } }
        quickConnects: [{ name: Maria, user: maria }]
        """
        #expect(problems(yaml).map(\.location) == ["agents[1].bot.accept"])
    }

    @Test func referencesToASectionThatIsMissingSayWhereToDeclare() {
        let p = problem(at: "agents[0].routingProfile", in: "agents: [{ username: john, routingProfile: Support }]")
        #expect(p?.fix == "no routing profiles are declared; declare it under `routingProfiles:`")
    }
}
