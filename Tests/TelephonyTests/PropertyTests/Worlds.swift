import Flows
import Scenario
import Telephony

/// The instances the walk runs on. The built-in scenario is what users meet first; the larger
/// one adds what the built-in cast cannot reach: two people in one queue, bots that reject and
/// miss, an ACW timeout, busy and silent numbers, queue limits and multi-party calls.
enum WalkWorld: CustomStringConvertible {
    case builtIn
    case crowded(multiParty: Bool)

    var description: String {
        switch self {
        case .builtIn: return "built-in scenario"
        case .crowded(let multi): return "crowded instance (\(multi ? "multi-party" : "three-party"))"
        }
    }

    func makeEngine() throws -> Engine {
        switch self {
        case .builtIn: return try EngineBuilder.build(BuiltInScenario.load())
        case .crowded(let multi): return Engine(config: Self.crowdedConfig(multiParty: multi), flows: FlowLibrary(BuiltInFlows.all))
        }
    }

    var claimedNumbers: [String] { ["+18005550100"] }

    var customerNumbers: [String] {
        switch self {
        case .builtIn: return ["+15555550123"]
        case .crowded: return ["+15555550123", "+15555550124"]
        }
    }

    var externalNumbers: [String] {
        switch self {
        case .builtIn: return ["+18005550199"]
        case .crowded: return ["+18005550199", "+18005550198", "+18005550197"]
        }
    }

    var statuses: [String] {
        ["Available", "Break", "Lunch", "Offline"]
    }

    var quickConnectNames: [String] {
        switch self {
        case .builtIn: return ["Maria", "PasswordReset", "Shipping company"]
        case .crowded: return ["Ann", "Bob", "Cat", "Dan", "Tier2", "Sales", "Acme", "Busy line", "Nobody home"]
        }
    }

    static func crowdedConfig(multiParty: Bool) -> InstanceConfig {
        let always = HoursOfOperationConfig(
            name: "Always", ranges: (0..<7).map { .init(weekday: $0, start: 0, end: 1440) })
        return InstanceConfig(
            name: "crowded", multiParty: multiParty, seed: 7, customStatuses: ["Break", "Lunch"],
            hours: [always],
            queues: [
                QueueConfig(name: "BasicQueue", outboundCallerId: .init(number: "+18005550100"), hours: "Always"),
                QueueConfig(name: "Sales", outboundCallerId: .init(number: "+18005550102"), hours: "Always", maxContacts: 2),
                QueueConfig(name: "Tier2", outboundCallerId: .init(number: "+18005550101"), hours: "Always"),
            ],
            routingProfiles: [
                RoutingProfileConfig(name: "Front", queues: ["BasicQueue", "Sales"], defaultOutboundQueue: "BasicQueue"),
                RoutingProfileConfig(name: "Back", queues: ["Tier2", "Sales"], defaultOutboundQueue: "Tier2", acwTimeout: 5000),
            ],
            agents: [
                AgentConfig(username: "ann", firstName: "Ann", routingProfile: "Front"),
                AgentConfig(username: "bob", firstName: "Bob", routingProfile: "Front"),
                AgentConfig(username: "cat", firstName: "Cat", routingProfile: "Back",
                            bot: BotBehaviour(offer: .accept(after: 1000), greeting: "Cat here.", hangUpAfter: 30000, clearAfter: 2000)),
                AgentConfig(username: "dan", firstName: "Dan", routingProfile: "Back",
                            bot: BotBehaviour(offer: .reject(after: 2000))),
                AgentConfig(username: "eve", firstName: "Eve", routingProfile: "Back", bot: BotBehaviour(offer: .miss)),
                AgentConfig(username: "fay", firstName: "Fay", routingProfile: "Front", initialStatus: "Offline",
                            bot: BotBehaviour(offer: .accept(after: 500), clearAfter: 1000)),
            ],
            quickConnects: [
                QuickConnectConfig(name: "Ann", target: .user("ann")),
                QuickConnectConfig(name: "Bob", target: .user("bob")),
                QuickConnectConfig(name: "Cat", target: .user("cat")),
                QuickConnectConfig(name: "Dan", target: .user("dan")),
                QuickConnectConfig(name: "Tier2", target: .queue("Tier2")),
                QuickConnectConfig(name: "Sales", target: .queue("Sales")),
                QuickConnectConfig(name: "Acme", target: .phoneNumber("+18005550199")),
                QuickConnectConfig(name: "Busy line", target: .phoneNumber("+18005550198")),
                QuickConnectConfig(name: "Nobody home", target: .phoneNumber("+18005550197")),
            ],
            phoneNumbers: [PhoneNumberConfig(number: "+18005550100", flow: "Sample inbound")],
            externals: [
                ExternalConfig(number: "+18005550199", name: "Acme", answer: .after(2000), greeting: "Acme, order number?",
                               ivr: [.init(digits: "11362", says: "Ships today. Bye.", hangsUp: true)], hangUpAfter: 45000),
                ExternalConfig(number: "+18005550198", name: "Busy line", answer: .busy),
                ExternalConfig(number: "+18005550197", name: "Nobody home", answer: .noAnswer),
            ],
            customers: [
                CustomerConfig(number: "+15555550123", name: "Pat", says: ["Hi, I'm locked out.", "It says my password expired."],
                               patience: 60000),
                CustomerConfig(number: "+15555550124", name: "Lee", answersAfter: nil),
            ])
    }
}
