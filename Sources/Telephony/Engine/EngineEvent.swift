/// Something that happened, for the `--events` JSON Lines log. Flat string fields keep the log
/// easy to grep and to load anywhere.
///
/// Each line is `{"at": ms, "type": "…", field: "…", …}`: the fields sit beside the envelope,
/// so a field may not be named like it. A field given as `at` or `type` is kept as `at_field` or
/// `type_field` instead of overwriting the envelope (issue 14 point 10).
public struct EngineEvent: Sendable, Equatable, Encodable {
    /// Virtual time in ms.
    public var at: Millis
    public var type: String
    public var fields: [String: String]

    /// The keys of the envelope, which no field may take.
    public static let envelopeKeys: Set<String> = ["at", "type"]

    public init(at: Millis, type: String, fields: [String: String]) {
        self.at = at
        self.type = type
        self.fields = Self.besideEnvelope(fields)
    }

    /// The fields with any envelope key renamed.
    static func besideEnvelope(_ fields: [String: String]) -> [String: String] {
        guard fields.keys.contains(where: envelopeKeys.contains) else { return fields }
        var own = fields
        for key in envelopeKeys.sorted() {
            guard let value = own.removeValue(forKey: key) else { continue }
            own[fieldKey(for: key, in: own)] = value
        }
        return own
    }

    /// `key_field`, with more underscores in the unlikely case that is taken too.
    private static func fieldKey(for key: String, in fields: [String: String]) -> String {
        var candidate = key + "_field"
        while fields[candidate] != nil || envelopeKeys.contains(candidate) { candidate += "_" }
        return candidate
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
        // Fields set after init (a caller tagging events) are kept off the envelope here too.
        let own = Self.besideEnvelope(fields)
        var f = encoder.container(keyedBy: FieldKey.self)
        for key in own.keys.sorted() { try f.encode(own[key], forKey: FieldKey(stringValue: key)) }
    }
}
