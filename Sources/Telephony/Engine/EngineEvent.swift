/// Something that happened, for the `--events` JSON Lines log. Flat string fields keep the log
/// easy to grep and to load anywhere.
public struct EngineEvent: Sendable, Equatable, Encodable {
    public var at: Millis
    public var type: String
    public var fields: [String: String]

    public init(at: Millis, type: String, fields: [String: String]) {
        self.at = at
        self.type = type
        self.fields = fields
    }

    enum CodingKeys: String, CodingKey { case at, type }

    struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at, forKey: .at)
        try c.encode(type, forKey: .type)
        var f = encoder.container(keyedBy: FieldKey.self)
        for key in fields.keys.sorted() { try f.encode(fields[key], forKey: FieldKey(stringValue: key)) }
    }
}
