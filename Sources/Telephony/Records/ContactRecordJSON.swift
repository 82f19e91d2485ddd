/// A contact record as one line of compact JSON, byte for byte what Foundation's `JSONEncoder`
/// writes with `[.sortedKeys, .withoutEscapingSlashes]`: keys in the order of their UTF-8 bytes,
/// absent values as `null` (a supervisor's `StateTransitions` left out when absent, as its
/// `Encodable` conformance does), `"`, `\` and control characters escaped, nothing else.
///
/// Written by hand because the streaming benchmark writes a record per completed segment, and
/// `JSONEncoder` spent about 364,000 instructions on each (callgrind, 2,000 calls), several times
/// what the engine spends on the whole contact (issue 9). `ContactRecordJSONTests` pins the
/// output against `JSONEncoder` on generated records.
extension ContactRecord {
    /// Appends the record's JSON to `out`, without a line break.
    public func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        out.key("AWSAccountId"); out.string(AWSAccountId)
        out.key("AWSContactTraceRecordFormatVersion"); out.string(AWSContactTraceRecordFormatVersion)
        out.key("Agent")
        if let Agent { Agent.appendJSON(to: &out) } else { out.null() }
        out.key("AgentConnectionAttempts"); out.int(AgentConnectionAttempts)
        out.key("Attributes"); out.object(Attributes)
        out.key("Channel"); out.string(Channel)
        out.key("ConnectedToSystemTimestamp"); out.string(ConnectedToSystemTimestamp)
        out.key("ContactId"); out.string(ContactId)
        out.key("CustomerEndpoint"); out.endpoint(CustomerEndpoint)
        out.key("DisconnectReason"); out.string(DisconnectReason)
        out.key("DisconnectTimestamp"); out.string(DisconnectTimestamp)
        out.key("InitialContactId"); out.string(InitialContactId)
        out.key("InitiationMethod"); out.string(InitiationMethod)
        out.key("InitiationTimestamp"); out.string(InitiationTimestamp)
        out.key("InstanceARN"); out.string(InstanceARN)
        out.key("LastUpdateTimestamp"); out.string(LastUpdateTimestamp)
        out.key("NextContactId"); out.string(NextContactId)
        out.key("PreviousContactId"); out.string(PreviousContactId)
        out.key("Queue")
        if let Queue { Queue.appendJSON(to: &out) } else { out.null() }
        out.key("SystemEndpoint"); out.endpoint(SystemEndpoint)
        out.key("TransferCompletedTimestamp"); out.string(TransferCompletedTimestamp)
        out.key("TransferredToEndpoint"); out.endpoint(TransferredToEndpoint)
        out.append(UInt8(ascii: "}"))
    }
}

extension ContactRecord.AgentInfo {
    func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        out.key("ARN"); out.string(ARN)
        out.key("AfterContactWorkDuration"); out.int(AfterContactWorkDuration)
        out.key("AfterContactWorkEndTimestamp"); out.string(AfterContactWorkEndTimestamp)
        out.key("AfterContactWorkStartTimestamp"); out.string(AfterContactWorkStartTimestamp)
        out.key("AgentInteractionDuration"); out.int(AgentInteractionDuration)
        out.key("ConnectedToAgentTimestamp"); out.string(ConnectedToAgentTimestamp)
        out.key("CustomerHoldDuration"); out.int(CustomerHoldDuration)
        out.key("LongestHoldDuration"); out.int(LongestHoldDuration)
        out.key("NumberOfHolds"); out.int(NumberOfHolds)
        out.key("RoutingProfile"); RoutingProfile.appendJSON(to: &out)
        if let StateTransitions {
            out.key("StateTransitions")
            out.append(UInt8(ascii: "["))
            for (i, t) in StateTransitions.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                t.appendJSON(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.key("Username"); out.string(Username)
        out.append(UInt8(ascii: "}"))
    }
}

extension ContactRecord.StateTransition {
    func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        out.key("State"); out.string(State)
        out.key("StateEndTimestamp"); out.string(StateEndTimestamp)
        out.key("StateStartTimestamp"); out.string(StateStartTimestamp)
        out.append(UInt8(ascii: "}"))
    }
}

extension ContactRecord.QueueInfo {
    func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        out.key("ARN"); out.string(ARN)
        out.key("DequeueTimestamp"); out.string(DequeueTimestamp)
        out.key("Duration"); out.int(Duration)
        out.key("EnqueueTimestamp"); out.string(EnqueueTimestamp)
        out.key("Name"); out.string(Name)
        out.append(UInt8(ascii: "}"))
    }
}

extension ContactRecord.NamedResource {
    func appendJSON(to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        out.key("ARN"); out.string(ARN)
        out.key("Name"); out.string(Name)
        out.append(UInt8(ascii: "}"))
    }
}

private extension [UInt8] {
    /// `"name":`, after a comma unless it is the object's first key.
    mutating func key(_ name: StaticString) {
        if last != UInt8(ascii: "{") { append(UInt8(ascii: ",")) }
        append(UInt8(ascii: "\""))
        literal(name)
        append(UInt8(ascii: "\""))
        append(UInt8(ascii: ":"))
    }

    mutating func literal(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func null() { literal("null") }

    mutating func int(_ value: Int) { append(contentsOf: String(value).utf8) }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func endpoint(_ value: ContactRecord.Endpoint?) {
        guard let value else { return null() }
        append(UInt8(ascii: "{"))
        key("Address"); string(value.Address)
        key("Type"); string(value.Type)
        append(UInt8(ascii: "}"))
    }

    /// A string-keyed object, keys in the order of their UTF-8 bytes.
    mutating func object(_ values: [String: String]) {
        append(UInt8(ascii: "{"))
        for (i, (name, value)) in values.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
            if i > 0 { append(UInt8(ascii: ",")) }
            string(name)
            append(UInt8(ascii: ":"))
            string(value)
        }
        append(UInt8(ascii: "}"))
    }

    /// A quoted string: `"` and `\` behind a backslash, control characters as `\b \f \n \r \t` or
    /// `\u00XX` (lower-case hex); `/` and every other character as they are, in UTF-8.
    mutating func string(_ value: String) {
        append(UInt8(ascii: "\""))
        var text = value
        text.withUTF8 { utf8 in
            var plain = 0
            for (i, byte) in utf8.enumerated() {
                let escape: UInt8
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape = byte
                case 0x08: escape = UInt8(ascii: "b")
                case 0x0C: escape = UInt8(ascii: "f")
                case 0x0A: escape = UInt8(ascii: "n")
                case 0x0D: escape = UInt8(ascii: "r")
                case 0x09: escape = UInt8(ascii: "t")
                case 0x00..<0x20: escape = UInt8(ascii: "u")
                default: continue
                }
                append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i]))
                append(UInt8(ascii: "\\"))
                append(escape)
                if escape == UInt8(ascii: "u") {
                    literal("00")
                    append(UInt8(ascii: "0") + byte >> 4)
                    let low = byte & 0xF
                    append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
                }
                plain = i + 1
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
        }
        append(UInt8(ascii: "\""))
    }
}
