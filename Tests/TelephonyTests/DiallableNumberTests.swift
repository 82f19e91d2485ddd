@testable import Telephony
import Testing

/// What the number pad and the world commands accept as a phone number: 3 to 15 digits, optionally
/// after `+` (README, How it behaves). Plain ASCII digits are read by bytes (issue 9 speed); any
/// other numeric character reads as before.
@Suite struct DiallableNumberTests {
    @Test func threeToFifteenDigitsOptionallyAfterAPlus() {
        #expect(!Engine.isDiallable("12"))
        #expect(Engine.isDiallable("123"))
        #expect(Engine.isDiallable("+15555550123"))
        #expect(Engine.isDiallable(String(repeating: "9", count: 15)))
        #expect(Engine.isDiallable("+" + String(repeating: "9", count: 15)))
        #expect(!Engine.isDiallable(String(repeating: "9", count: 16)))
        #expect(!Engine.isDiallable("+"))
        #expect(!Engine.isDiallable(""))
        #expect(!Engine.isDiallable("555-0123"))
        #expect(!Engine.isDiallable("++15555550123"))
        #expect(!Engine.isDiallable("1555 555"))
    }

    @Test func digitsOfOtherScriptsCountAsCharacters() {
        #expect(Engine.isDiallable("+١٢٣٤"))
        #expect(!Engine.isDiallable("١٢"))
        #expect(Engine.isDiallable("12٣"))
    }
}
