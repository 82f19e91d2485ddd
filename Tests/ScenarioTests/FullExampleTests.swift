import Foundation
import Scenario
import Telephony
import Testing

/// Every section of the format, read from a file on disk into the exact configuration it means.
@Suite struct FullExampleTests {
    static let yaml = """
    instance: { name: example, start: 2026-11-23T09:00:00Z, multiParty: true, seed: 42 }
    statuses: [Break, Lunch]
    hours:
      - name: Business hours
        utcOffset: "-05:00"
        open: { Mon-Fri: "08:00-17:00", Sat: ["10:00-12:00", "13:00-14:00"], Sun: "22:00-02:00" }
      - { name: Basic Hours, always: true }
    queues:
      - name: BasicQueue
        outboundCallerId: { number: "+18005550100", name: Example Corp }
        hours: Business hours
        maxContacts: 10
      - { name: PasswordReset, outboundCallerId: +18005550101 }
    routingProfiles:
      - name: Support
        queues: [BasicQueue, PasswordReset]
        defaultOutboundQueue: BasicQueue
        acwTimeout: 0s
      - { name: PasswordResetTeam, queues: PasswordReset, acwTimeout: 1m30s }
    agents:
      - username: john
        firstName: John
        lastName: Doe
        routingProfile: Support
        status: Lunch
      - username: maria
        firstName: Maria
        routingProfile: PasswordResetTeam
        bot: { accept: 3s, greeting: "Hi, Maria here.", hangUpAfter: 2m, clearAfter: 500ms }
      - { username: sam, routingProfile: PasswordResetTeam, status: Offline, bot: { reject: 2 } }
      - { username: kim, routingProfile: PasswordResetTeam, bot: { miss: true } }
    quickConnects:
      - { name: Maria, type: USER, user: maria, flow: "Default agent transfer", queues: [BasicQueue] }
      - { name: PasswordReset, type: QUEUE, queue: PasswordReset, flow: My queue transfer }
      - { name: Shipping, phoneNumber: "+18005550199" }
    phoneNumbers:
      - { number: "+18005550100", flow: My inbound }
      - { number: +18005550101, flow: Sample inbound }
    flows:
      - { name: My inbound, file: flows/inbound.json, type: CONTACT_FLOW }
      - { name: My hold flow, file: flows/hold.json }
      - { name: My queue transfer, file: /abs/qt.json, type: queueTransfer }
    defaultFlows: { customerHold: My hold flow, agentWhisper: Default agent whisper }
    externals:
      - number: "+18005550199"
        name: Acme Shipping
        answer: 2s
        greeting: "Acme Shipping. Enter your order number."
        ivr: [ { digits: "11362", says: "Order 11362 ships today. Goodbye.", hangUp: true }, { digits: "0", says: Hold on } ]
        hangUpAfter: 5m
      - { number: "+18005550198", answer: busy }
      - { number: "+18005550197", name: Nobody, answer: no answer }
    customers:
      - { number: "+15555550123", name: Pat Caller, says: ["Hi, I forgot my password.", "Thanks!"], patience: 10m }
      - { number: "+15555550124", says: Hello, answer: no answer }
    calls:
      - { at: 2s, from: "+15555550123", to: "+18005550100" }
      - { at: 1m, from: "+15555550999", to: "+18005550101" }
    prompts: { hold-music: { text: "♪ jazz ♪", duration: 45s }, welcome: { text: Welcome } }
    lambdas:
      - { function: lookup-order, response: { status: shipped, eta: 2 } }
      - { function: broken, fails: true }
    """

    static let expected = InstanceConfig(
        name: "example", startEpochSeconds: 1_795_424_400, multiParty: true, seed: 42,
        customStatuses: ["Break", "Lunch"],
        hours: [
            HoursOfOperationConfig(name: "Business hours", utcOffsetMinutes: -300, ranges: [
                .init(weekday: 0, start: 480, end: 1020), .init(weekday: 1, start: 480, end: 1020),
                .init(weekday: 2, start: 480, end: 1020), .init(weekday: 3, start: 480, end: 1020),
                .init(weekday: 4, start: 480, end: 1020),
                .init(weekday: 5, start: 600, end: 720), .init(weekday: 5, start: 780, end: 840),
                .init(weekday: 6, start: 1320, end: 1440), .init(weekday: 0, start: 0, end: 120),
            ]),
            HoursOfOperationConfig(name: "Basic Hours", ranges: (0..<7).map { .init(weekday: $0, start: 0, end: 1440) }),
        ],
        queues: [
            QueueConfig(name: "BasicQueue", outboundCallerId: EndpointAddress(number: "+18005550100", name: "Example Corp"),
                        hours: "Business hours", maxContacts: 10),
            QueueConfig(name: "PasswordReset", outboundCallerId: EndpointAddress(number: "+18005550101")),
        ],
        routingProfiles: [
            RoutingProfileConfig(name: "Support", queues: ["BasicQueue", "PasswordReset"], defaultOutboundQueue: "BasicQueue",
                                 acwTimeout: 0),
            RoutingProfileConfig(name: "PasswordResetTeam", queues: ["PasswordReset"], defaultOutboundQueue: "PasswordReset",
                                 acwTimeout: 90_000),
        ],
        agents: [
            AgentConfig(username: "john", firstName: "John", lastName: "Doe", routingProfile: "Support", initialStatus: "Lunch"),
            AgentConfig(username: "maria", firstName: "Maria", routingProfile: "PasswordResetTeam",
                        bot: BotBehaviour(offer: .accept(after: 3000), greeting: "Hi, Maria here.", hangUpAfter: 120_000,
                                          clearAfter: 500)),
            AgentConfig(username: "sam", firstName: "sam", routingProfile: "PasswordResetTeam", initialStatus: "Offline",
                        bot: BotBehaviour(offer: .reject(after: 2000))),
            AgentConfig(username: "kim", firstName: "kim", routingProfile: "PasswordResetTeam",
                        bot: BotBehaviour(offer: .miss)),
        ],
        quickConnects: [
            QuickConnectConfig(name: "Maria", target: .user("maria"), flow: "Default agent transfer", queues: ["BasicQueue"]),
            QuickConnectConfig(name: "PasswordReset", target: .queue("PasswordReset"), flow: "My queue transfer"),
            QuickConnectConfig(name: "Shipping", target: .phoneNumber("+18005550199")),
        ],
        phoneNumbers: [
            PhoneNumberConfig(number: "+18005550100", flow: "My inbound"),
            PhoneNumberConfig(number: "+18005550101", flow: "Sample inbound"),
        ],
        externals: [
            ExternalConfig(number: "+18005550199", name: "Acme Shipping", answer: .after(2000),
                           greeting: "Acme Shipping. Enter your order number.",
                           ivr: [.init(digits: "11362", says: "Order 11362 ships today. Goodbye.", hangsUp: true),
                                 .init(digits: "0", says: "Hold on")],
                           hangUpAfter: 300_000),
            ExternalConfig(number: "+18005550198", name: "+18005550198", answer: .busy),
            ExternalConfig(number: "+18005550197", name: "Nobody", answer: .noAnswer),
        ],
        customers: [
            CustomerConfig(number: "+15555550123", name: "Pat Caller", says: ["Hi, I forgot my password.", "Thanks!"],
                           patience: 600_000),
            CustomerConfig(number: "+15555550124", says: ["Hello"], answersAfter: nil),
        ],
        scheduledCalls: [
            ScheduledCall(at: 2000, from: "+15555550123", to: "+18005550100"),
            ScheduledCall(at: 60_000, from: "+15555550999", to: "+18005550101"),
        ],
        defaultFlows: DefaultFlows(customerHold: "My hold flow"),
        prompts: [
            "hold-music": RecordedPrompt(text: "♪ jazz ♪", duration: 45_000),
            "beep": RecordedPrompt(text: "beep", duration: 1000),
            "welcome": RecordedPrompt(text: "Welcome", duration: 1000),
        ],
        lambdas: [
            LambdaConfig(function: "lookup-order", response: ["status": "shipped", "eta": "2"]),
            LambdaConfig(function: "broken", fails: true),
        ]
    )

    @Test func everySectionLoadsIntoTheExactInstanceConfig() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("flows"), withIntermediateDirectories: true)
        for name in ["inbound.json", "hold.json"] {
            try Data("{}".utf8).write(to: folder.appendingPathComponent("flows/\(name)"))
        }
        let file = folder.appendingPathComponent("example.yaml")
        // The third flow's absolute path does not exist, which is the one expected problem.
        try Data(Self.yaml.replacingOccurrences(of: "/abs/qt.json", with: folder.path + "/flows/hold.json").utf8)
            .write(to: file)

        let loaded = try ScenarioLoader.load(file: file.path)

        #expect(loaded.config == Self.expected)
        #expect(loaded.source == file.path)
        #expect(loaded.flowFiles == [
            FlowFileRef(name: "My inbound", path: folder.path + "/flows/inbound.json", type: "CONTACT_FLOW", line: 40),
            FlowFileRef(name: "My hold flow", path: folder.path + "/flows/hold.json", line: 41),
            FlowFileRef(name: "My queue transfer", path: folder.path + "/flows/hold.json", type: "QUEUE_TRANSFER", line: 42),
        ])
        #expect(loaded.flowUses == [
            FlowUse(name: "Default agent transfer", type: "AGENT_TRANSFER", line: 33, location: "quickConnects[0].flow"),
            FlowUse(name: "My queue transfer", type: "QUEUE_TRANSFER", line: 34, location: "quickConnects[1].flow"),
            FlowUse(name: "My inbound", type: "CONTACT_FLOW", line: 37, location: "phoneNumbers[0].flow"),
            FlowUse(name: "Sample inbound", type: "CONTACT_FLOW", line: 38, location: "phoneNumbers[1].flow"),
            FlowUse(name: "My hold flow", type: "CUSTOMER_HOLD", line: 43, location: "defaultFlows.customerHold"),
            FlowUse(name: "Default agent whisper", type: "AGENT_WHISPER", line: 43, location: "defaultFlows.agentWhisper"),
        ])
    }

    @Test func aMissingFlowFileIsReportedWithThePathLookedAt() {
        let found = problems(Self.yaml)
        #expect(found.count == 3)
        let inbound = found.first { $0.location == "flows[0].file" }
        #expect(inbound?.line == 40)
        #expect(inbound?.message == "flow file flows/inbound.json does not exist")
        #expect(inbound?.fix == "looked for /nonexistent/flows/inbound.json")
    }

    @Test func aFolderNamedAsAFlowFileIsReported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try ScenarioLoader.load(yaml: "flows: [{ name: F, file: . }]", source: "s.yaml", baseDirectory: folder.path)
            Issue.record("a folder loaded as a flow file")
        } catch {
            #expect(error.problems.map(\.message) == ["flow file . is a folder"])
        }
    }
}
