/// Contact ids look like Amazon Connect's (UUIDs) but count up, so runs are reproducible.
public struct ContactID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let serial: Int
    public init(serial: Int) { self.serial = serial }

    /// `00000000-0000-4000-8000-` and the serial in 12 lowercase hex digits, written in place: every
    /// record and event names contacts, and building the text from pieces cost more than the rest of a record.
    public var description: String {
        guard (0..<(1 << 48)).contains(serial) else {
            return "00000000-0000-4000-8000-" + String(serial, radix: 16)
        }
        // The prefix copied in one go: a byte at a time through `enumerated()` cost about 60 more instructions an
        // id (callgrind).
        return String(unsafeUninitializedCapacity: 36) { text in
            var i = text.initialize(fromContentsOf: Self.prefix) + 12
            var rest = serial
            while i > 24 {
                i -= 1
                let digit = UInt8(truncatingIfNeeded: rest & 15)
                text[i] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                rest >>= 4
            }
            return 36
        }
    }

    private static let prefix = Array("00000000-0000-4000-8000-".utf8)

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
