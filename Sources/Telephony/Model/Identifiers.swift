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

public typealias CallID = Int
public typealias LegID = Int
public typealias RunID = Int
