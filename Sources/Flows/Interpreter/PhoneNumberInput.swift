/// Store customer input with phone number validation: E164 takes the digits with their country
/// code; Local takes a national number for the given country (docs §3.2 GetParticipantInput).
enum PhoneNumberInput {
    /// Calling codes and national number lengths for the countries flows commonly name.
    static let countries: [String: (code: String, lengths: ClosedRange<Int>)] = [
        "US": ("1", 10...10), "CA": ("1", 10...10), "GB": ("44", 9...10), "DE": ("49", 6...11), "FR": ("33", 9...9),
        "AU": ("61", 9...9), "IN": ("91", 10...10), "JP": ("81", 9...10), "MX": ("52", 10...10), "ES": ("34", 9...9),
    ]

    static func number(from digits: String, rule: JSONValue) -> String? {
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
        if rule["NumberFormat"]?.scalarText?.uppercased() == "LOCAL" {
            guard let country = rule["CountryCode"]?.scalarText?.uppercased(), let c = countries[country],
                  c.lengths.contains(digits.count) else { return nil }
            return "+\(c.code)\(digits)"
        }
        return (8...15).contains(digits.count) ? "+\(digits)" : nil
    }
}
