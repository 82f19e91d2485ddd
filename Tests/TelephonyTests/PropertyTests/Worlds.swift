import Foundation
import Flows
import Scenario
import Telephony

/// The instances the walk runs on. The built-in scenario is what users meet first; the larger
/// one adds what the built-in cast cannot reach: two people in one queue, bots that reject and
/// miss, an ACW timeout, busy and silent numbers, queue limits and multi-party calls. The flows
/// world adds what flows do: hours that open and close, callbacks, a Lex bot, queue-to-queue moves.
enum WalkWorld: CustomStringConvertible {
    case builtIn
    case crowded(multiParty: Bool)
    case flows

    var description: String {
        switch self {
        case .builtIn: return "built-in scenario"
        case .crowded(let multi): return "crowded instance (\(multi ? "multi-party" : "three-party"))"
        case .flows: return "flows instance"
        }
    }

    func makeEngine() throws -> Engine {
        switch self {
        case .builtIn: return try EngineBuilder.build(BuiltInScenario.load())
        case .crowded(let multi): return Engine(config: Self.crowdedConfig(multiParty: multi), flows: FlowLibrary(BuiltInFlows.all))
        case .flows: return Engine(config: Self.flowsConfig, flows: try Self.flowsLibrary())
        }
    }

    /// What the walks on this world must reach (coverage keys of `Walk`), so that a change that
    /// makes a feature unreachable fails instead of leaving it untested (issue 13 point 5).
    var mustReach: [String] {
        let calls = ["quick_connect", "contact.connected", "agent.left", "contact.cleared", "party.state"]
        switch self {
        case .builtIn:
            return calls + ["contact.missed timed out", "contact.rejected", "quick_connect QUEUE", "call.joined"]
        case .crowded(let multi):
            return calls + ["contact.missed timed out", "contact.rejected", "quick_connect QUEUE", "contact.acw_timed_out"]
                + (multi ? ["more than 3 parties"] : [])
        case .flows:
            return ["contact.connected", "callback.created", "callback.dialing", "lex intent", "hours closed",
                    "contact.created QUEUE_TRANSFER", "contact.acw_timed_out"]
        }
    }

    var claimedNumbers: [String] { ["+18005550100"] }

    var customerNumbers: [String] {
        switch self {
        case .builtIn: return ["+15555550123"]
        case .crowded, .flows: return ["+15555550123", "+15555550124"]
        }
    }

    var externalNumbers: [String] {
        switch self {
        case .builtIn, .flows: return ["+18005550199"]
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
        case .flows: return ["Ann", "Bob", "Tier2", "Acme"]
        }
    }

    /// Open ten minutes, closed ten, from the start (Saturday 09:00 UTC) for six hours.
    static let flowsConfig: InstanceConfig = {
        let saturday = 5
        let ranges = stride(from: 540, to: 900, by: 20).map { HoursOfOperationConfig.Range(weekday: saturday, start: $0, end: $0 + 10) }
        return InstanceConfig(
            name: "flows", seed: 11, customStatuses: ["Break", "Lunch"],
            hours: [HoursOfOperationConfig(name: "Short hours", ranges: ranges)],
            queues: [
                QueueConfig(name: "BasicQueue", outboundCallerId: .init(number: "+18005550100"), hours: "Short hours"),
                QueueConfig(name: "Tier2", outboundCallerId: .init(number: "+18005550101")),
            ],
            routingProfiles: [
                RoutingProfileConfig(name: "Front", queues: ["BasicQueue"], defaultOutboundQueue: "BasicQueue"),
                RoutingProfileConfig(name: "Back", queues: ["Tier2", "BasicQueue"], defaultOutboundQueue: "Tier2", acwTimeout: 3000),
            ],
            agents: [
                AgentConfig(username: "ann", firstName: "Ann", routingProfile: "Front"),
                AgentConfig(username: "bob", firstName: "Bob", routingProfile: "Back"),
                AgentConfig(username: "cat", firstName: "Cat", routingProfile: "Back",
                            bot: BotBehaviour(offer: .accept(after: 2000), greeting: "Cat here.", hangUpAfter: 20000, clearAfter: 60000)),
            ],
            quickConnects: [
                QuickConnectConfig(name: "Ann", target: .user("ann")),
                QuickConnectConfig(name: "Bob", target: .user("bob")),
                QuickConnectConfig(name: "Tier2", target: .queue("Tier2")),
                QuickConnectConfig(name: "Acme", target: .phoneNumber("+18005550199")),
            ],
            phoneNumbers: [PhoneNumberConfig(number: "+18005550100", flow: "Walk inbound")],
            externals: [ExternalConfig(number: "+18005550199", name: "Acme", answer: .after(2000), greeting: "Acme here.")],
            customers: [
                CustomerConfig(number: "+15555550123", name: "Pat", says: ["I still need help."], patience: 90000),
                CustomerConfig(number: "+15555550124", name: "Lee", answersAfter: 3000),
            ],
            defaultFlows: DefaultFlows(customerQueue: "Walk queue"),
            prompts: ["hold-music": RecordedPrompt(text: "♪ hold music ♪", duration: 15000),
                      "beep": RecordedPrompt(text: "beep", duration: 1000)],
            lexBots: [LexBotConfig(name: "HelpBot", intents: [.init(name: "Help", utterances: ["need help"])])])
    }()

    /// The inbound flow: hours, then 1 for a callback, else a Lex bot, then the queue. The queue
    /// flow moves BasicQueue callers to Tier2 after 40 s (QUEUE_TRANSFER).
    static func flowsLibrary() throws -> FlowLibrary {
        let inbound = """
        {"Version": "2019-10-30", "StartAction": "hours", "Actions": [
          {"Identifier": "hours", "Type": "CheckHoursOfOperation", "Parameters": {"HoursOfOperationId": "Short hours"},
           "Transitions": {"NextAction": "closed", "Conditions": [
             {"NextAction": "menu", "Condition": {"Operator": "Equals", "Operands": ["True"]}}],
             "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "closed"}, {"ErrorType": "NoMatchingError", "NextAction": "closed"}]}},
          {"Identifier": "closed", "Type": "MessageParticipant", "Parameters": {"Text": "We are closed."}, "Transitions": {"NextAction": "bye"}},
          {"Identifier": "menu", "Type": "GetParticipantInput",
           "Parameters": {"Text": "Press 1 for a callback.", "InputTimeLimitSeconds": "4", "StoreInput": "False"},
           "Transitions": {"NextAction": "lex", "Conditions": [
             {"NextAction": "callback", "Condition": {"Operator": "Equals", "Operands": ["1"]}}],
             "Errors": [{"ErrorType": "InputTimeLimitExceeded", "NextAction": "lex"}, {"ErrorType": "NoMatchingCondition", "NextAction": "lex"},
                        {"ErrorType": "NoMatchingError", "NextAction": "lex"}]}},
          {"Identifier": "callback", "Type": "CreateCallbackContact",
           "Parameters": {"QueueId": "BasicQueue", "InitialCallDelaySeconds": "10", "MaximumConnectionAttempts": "2", "RetryDelaySeconds": "30"},
           "Transitions": {"NextAction": "called", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "queue"}]}},
          {"Identifier": "called", "Type": "MessageParticipant", "Parameters": {"Text": "We will call you back."}, "Transitions": {"NextAction": "bye"}},
          {"Identifier": "lex", "Type": "ConnectParticipantWithLexBot",
           "Parameters": {"Text": "How can I help?", "LexBot": {"Name": "HelpBot", "Region": "us-east-1", "Alias": "live"}},
           "Transitions": {"NextAction": "queue", "Conditions": [
             {"NextAction": "queue", "Condition": {"Operator": "Equals", "Operands": ["Help"]}}],
             "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "queue"}, {"ErrorType": "NoMatchingError", "NextAction": "queue"}]}},
          {"Identifier": "queue", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "BasicQueue"},
           "Transitions": {"NextAction": "transfer", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
          {"Identifier": "transfer", "Type": "TransferContactToQueue",
           "Transitions": {"NextAction": "bye", "Errors": [{"ErrorType": "QueueAtCapacity", "NextAction": "bye"}, {"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
          {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}]}
        """
        let queue = """
        {"Version": "2019-10-30", "StartAction": "where", "Actions": [
          {"Identifier": "where", "Type": "Compare", "Parameters": {"ComparisonValue": "$.Queue.Name"},
           "Transitions": {"NextAction": "wait", "Conditions": [
             {"NextAction": "music", "Condition": {"Operator": "Equals", "Operands": ["Tier2"]}}],
             "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "wait"}]}},
          {"Identifier": "wait", "Type": "MessageParticipantIteratively",
           "Parameters": {"Messages": [{"PromptId": "hold-music"}], "InterruptFrequencySeconds": "40"},
           "Transitions": {"Conditions": [{"NextAction": "move", "Condition": {"Operator": "Equals", "Operands": ["MessagesInterrupted"]}}]}},
          {"Identifier": "move", "Type": "DequeueContactAndTransferToQueue", "Parameters": {"QueueId": "Tier2"},
           "Transitions": {"Errors": [{"ErrorType": "QueueAtCapacity", "NextAction": "music"}, {"ErrorType": "NoMatchingError", "NextAction": "music"}]}},
          {"Identifier": "music", "Type": "MessageParticipantIteratively", "Parameters": {"Messages": [{"PromptId": "hold-music"}]}, "Transitions": {}}]}
        """
        let flows: [(name: String, json: String)] = [("Walk inbound", inbound), ("Walk queue", queue)]
        let documents = try flows.map { name, json in
            try FlowLoader.load(data: Data(json.utf8), source: "\(name).json", name: name)
        }
        return FlowLibrary(BuiltInFlows.all + documents)
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
