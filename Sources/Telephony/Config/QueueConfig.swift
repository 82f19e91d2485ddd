public struct QueueConfig: Sendable, Equatable {
    public var name: String
    /// The caller ID shown on outbound and external calls made from this queue (docs §6 rule 9).
    public var outboundCallerId: EndpointAddress?
    /// Name of an hours-of-operation entry; nil means always open.
    public var hours: String?
    /// "Maximum contacts in queue"; nil means no limit.
    public var maxContacts: Int?

    public init(name: String, outboundCallerId: EndpointAddress? = nil, hours: String? = nil, maxContacts: Int? = nil) {
        self.name = name
        self.outboundCallerId = outboundCallerId
        self.hours = hours
        self.maxContacts = maxContacts
    }
}

public struct EndpointAddress: Sendable, Equatable, Codable {
    public var number: String
    public var name: String?
    public init(number: String, name: String? = nil) {
        self.number = number
        self.name = name
    }
}

public struct HoursOfOperationConfig: Sendable, Equatable {
    public struct Range: Sendable, Equatable {
        /// 0 = Monday … 6 = Sunday.
        public var weekday: Int
        /// Minutes since midnight; `end` is exclusive and may be 1440.
        public var start: Int
        public var end: Int
        public init(weekday: Int, start: Int, end: Int) {
            self.weekday = weekday
            self.start = start
            self.end = end
        }
    }

    public var name: String
    public var utcOffsetMinutes: Int
    public var ranges: [Range]

    public init(name: String, utcOffsetMinutes: Int = 0, ranges: [Range]) {
        self.name = name
        self.utcOffsetMinutes = utcOffsetMinutes
        self.ranges = ranges
    }

    public func isOpen(at t: Timestamp) -> Bool {
        let (day, minute) = t.weekMinute(offsetMinutes: utcOffsetMinutes)
        return ranges.contains { $0.weekday == day && minute >= $0.start && minute < $0.end }
    }
}

public struct RoutingProfileConfig: Sendable, Equatable {
    public var name: String
    /// Queues whose contacts agents with this profile take, in priority order.
    public var queues: [String]
    public var defaultOutboundQueue: String
    /// After contact work timeout; 0 means until the agent chooses Clear contact (docs §6 rule 6).
    public var acwTimeout: Millis

    public init(name: String, queues: [String], defaultOutboundQueue: String, acwTimeout: Millis = 0) {
        self.name = name
        self.queues = queues
        self.defaultOutboundQueue = defaultOutboundQueue
        self.acwTimeout = acwTimeout
    }
}

public struct PhoneNumberConfig: Sendable, Equatable {
    /// A number claimed by the instance.
    public var number: String
    /// The inbound flow a call to it starts.
    public var flow: String
    public init(number: String, flow: String) {
        self.number = number
        self.flow = flow
    }
}
