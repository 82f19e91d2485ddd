import Scenario
import Telephony
import Testing

@Suite struct BuiltInScenarioTests {
    let config = BuiltInScenario.load().config

    @Test func loadsWithTheQuickConnectWalkthroughCast() {
        let john = config.agents.first { $0.username == "john" }
        #expect(john?.firstName == "John")
        #expect(john?.routingProfile == "Support")
        #expect(john?.initialStatus == "Available")
        #expect(john?.bot == nil, "a person drives John")

        let maria = config.agents.first { $0.username == "maria" }
        #expect(maria?.routingProfile == "PasswordResetTeam")
        #expect(maria?.bot == BotBehaviour(offer: .accept(after: 3000),
                                           greeting: "Hi, this is Maria. I can help with your password.",
                                           clearAfter: 2000))
        let sam = config.agents.first { $0.username == "sam" }
        #expect(sam?.routingProfile == "PasswordResetTeam")
        #expect(sam?.bot?.offer == .accept(after: 4000))
    }

    @Test func routingProfilesServeTheirQueuesWithTheirACWTimeouts() {
        #expect(config.routingProfiles == [
            RoutingProfileConfig(name: "Support", queues: ["BasicQueue"], defaultOutboundQueue: "BasicQueue", acwTimeout: 0),
            RoutingProfileConfig(name: "PasswordResetTeam", queues: ["PasswordReset"], defaultOutboundQueue: "PasswordReset",
                                 acwTimeout: 10_000),
        ])
        #expect(config.queues.map(\.name) == ["BasicQueue", "PasswordReset"])
        #expect(config.queues[0].outboundCallerId == EndpointAddress(number: "+18005550100", name: "Example Corp"))
        #expect(config.queues[1].outboundCallerId?.number == "+18005550101")
        #expect(config.customStatuses == ["Break", "Lunch"])
    }

    @Test func quickConnectsOfAllThreeTypesAreListedOnBasicQueue() {
        #expect(config.quickConnects == [
            QuickConnectConfig(name: "Maria", target: .user("maria"), queues: ["BasicQueue"]),
            QuickConnectConfig(name: "PasswordReset", target: .queue("PasswordReset"), queues: ["BasicQueue"]),
            QuickConnectConfig(name: "Shipping company", target: .phoneNumber("+18005550199"), queues: ["BasicQueue"]),
        ])
    }

    @Test func theWorldHasAShippingCompanyAndACallerButPlacesNoCallByItself() {
        #expect(config.phoneNumbers == [PhoneNumberConfig(number: "+18005550100", flow: "Sample inbound")])
        let acme = config.externals.first
        #expect(acme?.number == "+18005550199")
        #expect(acme?.name == "Acme Shipping")
        #expect(acme?.answer == .after(3000))
        #expect(acme?.greeting != nil)
        #expect(acme?.ivr.isEmpty == false)
        #expect(config.customers == [CustomerConfig(number: "+15555550123", name: "Pat Caller",
                                                    says: ["Hi, I forgot my password and I'm locked out."],
                                                    patience: 600_000)])
        // Scripts place their own calls; the CCP adds its demo call itself.
        #expect(config.scheduledCalls.isEmpty)
    }

    @Test func builtInPromptsResolveWithoutDeclaringThem() {
        #expect(config.prompts["hold-music"] == RecordedPrompt(text: "♪ hold music ♪", duration: 30_000))
        #expect(config.prompts["beep"] == RecordedPrompt(text: "beep", duration: 1000))
    }

    @Test func theEmbeddedTextIsTheFileThatLoads() throws {
        let again = try ScenarioLoader.load(yaml: BuiltInScenario.yaml, source: "copy.yaml", baseDirectory: "/")
        #expect(again.config == config)
        #expect(again.flowFiles.isEmpty)
    }
}
