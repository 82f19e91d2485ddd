import Foundation
import Telephony

/// The fields of a contact record that scoring reads, decoded from the record's JSON in Amazon
/// Connect's field names (docs §2.1, §2.2), so a score comes from records exactly as `--records`
/// writes them (and as Amazon Connect exports them).
public struct ScoredRecord: Sendable, Equatable, Decodable {
    public struct AgentPart: Sendable, Equatable, Decodable {
        public var Username: String
        public var ConnectedToAgentTimestamp: String?
        public var AgentInteractionDuration: Int
        public var CustomerHoldDuration: Int
        public var NumberOfHolds: Int
        public var LongestHoldDuration: Int
        public var AfterContactWorkDuration: Int?
        /// When the agent left the contact (their after contact work began).
        public var AfterContactWorkStartTimestamp: String?
    }

    public var ContactId: String
    public var NextContactId: String?
    /// The segment this one came from. Several segments can name the same one (every quick-connect
    /// attempt from a contact), whose NextContactId names only the newest (docs §2.5).
    public var PreviousContactId: String?
    public var TransferCompletedTimestamp: String?
    /// When the segment ended: for the transferring agent's segment, when that agent left (docs §2.5).
    public var DisconnectTimestamp: String?
    public var Agent: AgentPart?

    /// A record's timestamp as an instant (ISO 8601, with or without fractional seconds, as exports have).
    static func instant(_ text: String?) -> Date? {
        guard let text else { return nil }
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    /// Records as JSON (an array of contact records).
    public static func decode(_ json: Data) throws -> [ScoredRecord] {
        try JSONDecoder().decode([ScoredRecord].self, from: json)
    }

    /// The engine's records, through their JSON.
    public static func of(_ records: [ContactRecord]) -> [ScoredRecord] {
        // Records encode plain values, and their JSON has every field decoded here.
        guard let data = try? JSONEncoder().encode(records), let out = try? decode(data) else { return [] }
        return out
    }
}
