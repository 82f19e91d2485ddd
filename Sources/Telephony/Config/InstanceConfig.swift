/// Everything the engine needs to know about an instance and the simulated world around it.
/// The `Scenario` layer builds it from YAML; tests build it in code.
public struct InstanceConfig: Sendable, Equatable {
    public var name: String
    /// The UTC instant of virtual time zero, in seconds since 1970 (record timestamps).
    public var startEpochSeconds: Int
    /// Multi-party calls (up to six participants) instead of three (docs §6 rule 16).
    public var multiParty: Bool
    /// Seed of the engine's random generator (DistributeByPercentage, nothing else is random).
    public var seed: UInt64
    /// Custom agent statuses besides Available and Offline, e.g. Break, Lunch.
    public var customStatuses: [String]
    public var hours: [HoursOfOperationConfig]
    public var queues: [QueueConfig]
    public var routingProfiles: [RoutingProfileConfig]
    public var agents: [AgentConfig]
    public var quickConnects: [QuickConnectConfig]
    public var phoneNumbers: [PhoneNumberConfig]
    public var externals: [ExternalConfig]
    public var customers: [CustomerConfig]
    /// Calls the world places by itself, e.g. the built-in scenario's caller.
    public var scheduledCalls: [ScheduledCall]
    /// Which flow plays each default role unless a contact's hooks say otherwise.
    public var defaultFlows: DefaultFlows
    /// Text for PromptIds (a recorded prompt plays as this line).
    public var prompts: [String: RecordedPrompt]
    /// Responses of Lambda functions named by flows; termccp never runs code a flow names.
    public var lambdas: [LambdaConfig]
    /// Lex bots flows talk to: the intents they recognise and sample utterances for each.
    public var lexBots: [LexBotConfig]

    public init(
        name: String = "termccp", startEpochSeconds: Int = 1_795_251_600, multiParty: Bool = false,
        seed: UInt64 = 1, customStatuses: [String] = [], hours: [HoursOfOperationConfig] = [],
        queues: [QueueConfig] = [], routingProfiles: [RoutingProfileConfig] = [], agents: [AgentConfig] = [],
        quickConnects: [QuickConnectConfig] = [], phoneNumbers: [PhoneNumberConfig] = [],
        externals: [ExternalConfig] = [], customers: [CustomerConfig] = [], scheduledCalls: [ScheduledCall] = [],
        defaultFlows: DefaultFlows = DefaultFlows(), prompts: [String: RecordedPrompt] = [:],
        lambdas: [LambdaConfig] = [], lexBots: [LexBotConfig] = []
    ) {
        self.name = name
        self.startEpochSeconds = startEpochSeconds
        self.multiParty = multiParty
        self.seed = seed
        self.customStatuses = customStatuses
        self.hours = hours
        self.queues = queues
        self.routingProfiles = routingProfiles
        self.agents = agents
        self.quickConnects = quickConnects
        self.phoneNumbers = phoneNumbers
        self.externals = externals
        self.customers = customers
        self.scheduledCalls = scheduledCalls
        self.defaultFlows = defaultFlows
        self.prompts = prompts
        self.lambdas = lambdas
        self.lexBots = lexBots
    }

    /// The account and instance used to build ARNs in records.
    public var accountId: String { Self.account }
    public var instanceARN: String { Self.instanceARN(named: name) }

    private static let account = "123456789012"

    /// The ARN of the instance `name` in the simulated account: records keep the name and write this out when read.
    static func instanceARN(named name: String) -> String { "arn:aws:connect:us-east-1:\(account):instance/\(name)" }
}

/// The flow names that run in each default role (docs §3.5, §6 rule 30).
public struct DefaultFlows: Sendable, Equatable {
    public var customerQueue: String
    public var customerHold: String
    public var customerWhisper: String
    public var agentHold: String
    public var agentWhisper: String
    public var outboundWhisper: String
    public var agentTransfer: String
    public var queueTransfer: String

    public init(
        customerQueue: String = "Default customer queue", customerHold: String = "Default customer hold",
        customerWhisper: String = "Default customer whisper", agentHold: String = "Default agent hold",
        agentWhisper: String = "Default agent whisper", outboundWhisper: String = "Default outbound",
        agentTransfer: String = "Default agent transfer", queueTransfer: String = "Default queue transfer"
    ) {
        self.customerQueue = customerQueue
        self.customerHold = customerHold
        self.customerWhisper = customerWhisper
        self.agentHold = agentHold
        self.agentWhisper = agentWhisper
        self.outboundWhisper = outboundWhisper
        self.agentTransfer = agentTransfer
        self.queueTransfer = queueTransfer
    }
}

public struct RecordedPrompt: Sendable, Equatable {
    public var text: String
    public var duration: Millis
    public init(text: String, duration: Millis) {
        self.text = text
        self.duration = duration
    }
}

/// A Lex bot as a scenario declares it: what the caller says selects an intent when it contains one
/// of the intent's utterances, or names the intent itself.
public struct LexBotConfig: Sendable, Equatable {
    public struct Intent: Sendable, Equatable {
        public var name: String
        public var utterances: [String]
        public init(name: String, utterances: [String]) {
            self.name = name
            self.utterances = utterances
        }
    }

    /// Matched against the bot name, or the end of the alias ARN, a flow names.
    public var name: String
    public var intents: [Intent]

    public init(name: String, intents: [Intent]) {
        self.name = name
        self.intents = intents
    }

    public func intent(for utterance: String) -> String? {
        let said = utterance.lowercased()
        if let exact = intents.first(where: { $0.name.lowercased() == said }) { return exact.name }
        return intents.first { $0.utterances.contains { said.contains($0.lowercased()) } }?.name
    }
}

public struct LambdaConfig: Sendable, Equatable {
    /// Matched against the end of the ARN a flow names (the function name) or the whole ARN.
    public var function: String
    public var response: [String: String]
    /// A declared failure takes the flow's error branch.
    public var fails: Bool
    public init(function: String, response: [String: String] = [:], fails: Bool = false) {
        self.function = function
        self.response = response
        self.fails = fails
    }
}
