/// Contact ids look like Amazon Connect's (UUIDs) but count up, so runs are reproducible.
public struct ContactID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let serial: Int
    public init(serial: Int) { self.serial = serial }

    public var description: String {
        let hex = String(serial, radix: 16)
        let tail = String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        return "00000000-0000-4000-8000-\(tail)"
    }

    public static func < (a: ContactID, b: ContactID) -> Bool { a.serial < b.serial }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        serial = Int(text.split(separator: "-").last ?? "", radix: 16) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A phone call (the caller's line and every leg on it), counted from 1 in the order calls start.
public struct CallID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral, SerialID {
    public let serial: Int
    public init(_ serial: Int) { self.serial = serial }
    public init(integerLiteral serial: Int) { self.serial = serial }
    public var description: String { String(serial) }
    public static func < (a: CallID, b: CallID) -> Bool { a.serial < b.serial }
}

/// A connection on a call other than the caller's (an agent, an external number, a queue transfer
/// looking for an agent), counted from 1 across the whole engine.
public struct LegID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral, SerialID {
    public let serial: Int
    public init(_ serial: Int) { self.serial = serial }
    public init(integerLiteral serial: Int) { self.serial = serial }
    public var description: String { String(serial) }
    public static func < (a: LegID, b: LegID) -> Bool { a.serial < b.serial }
}

/// One run of a flow (an inbound flow, a whisper, a hold loop), counted from 1.
public struct RunID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral, SerialID {
    public let serial: Int
    public init(_ serial: Int) { self.serial = serial }
    public init(integerLiteral serial: Int) { self.serial = serial }
    public var description: String { String(serial) }
    public static func < (a: RunID, b: RunID) -> Bool { a.serial < b.serial }
}

/// An agent, by the username of the scenario's Users section (docs §1.1).
public struct AgentID: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral, Codable {
    public let username: String
    public init(_ username: String) { self.username = username }
    public init(stringLiteral username: String) { self.username = username }
    public var description: String { username }

    public init(from decoder: any Decoder) throws { username = try decoder.singleValueContainer().decode(String.self) }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(username)
    }
    public static func < (a: AgentID, b: AgentID) -> Bool { a.username < b.username }
}

/// Ids that count up: encoded as their number.
public protocol SerialID: Codable {
    var serial: Int { get }
    init(_ serial: Int)
}

extension SerialID {
    public init(from decoder: any Decoder) throws { self.init(try decoder.singleValueContainer().decode(Int.self)) }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(serial)
    }
}
