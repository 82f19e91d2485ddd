public struct AgentConfig: Sendable, Equatable {
    public var username: String
    public var firstName: String
    public var lastName: String
    public var routingProfile: String
    /// The status the agent starts in: Available, Offline or a custom status.
    public var initialStatus: String
    /// How the simulated agent behaves when no person drives it; nil means it only does what
    /// commands tell it.
    public var bot: BotBehaviour?

    public init(username: String, firstName: String, lastName: String = "", routingProfile: String,
                initialStatus: String = "Available", bot: BotBehaviour? = nil) {
        self.username = username
        self.firstName = firstName
        self.lastName = lastName
        self.routingProfile = routingProfile
        self.initialStatus = initialStatus
        self.bot = bot
    }

    public var displayName: String { lastName.isEmpty ? firstName : "\(firstName) \(lastName)" }
}

/// A simulated agent: what it does with an offered contact and once connected.
public struct BotBehaviour: Sendable, Equatable {
    public enum Offer: Sendable, Equatable {
        case accept(after: Millis)
        case reject(after: Millis)
        /// Lets the 20 s accept window run out.
        case miss
    }

    public var offer: Offer
    /// Said once the bot is connected to someone.
    public var greeting: String?
    /// Hangs up (ends its part of the call) this long after connecting; nil means never.
    public var hangUpAfter: Millis?
    /// Chooses Clear contact this long after entering after contact work.
    public var clearAfter: Millis

    public init(offer: Offer = .accept(after: 3000), greeting: String? = nil, hangUpAfter: Millis? = nil,
                clearAfter: Millis = 2000) {
        self.offer = offer
        self.greeting = greeting
        self.hangUpAfter = hangUpAfter
        self.clearAfter = clearAfter
    }
}
