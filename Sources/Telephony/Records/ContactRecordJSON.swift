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
        out.literal(#"{"AWSAccountId":"#); out.string(AWSAccountId)
        out.literal(#","AWSContactTraceRecordFormatVersion":"#); out.string(AWSContactTraceRecordFormatVersion)
        out.literal(#","Agent":"#)
        if let Agent { Agent.appendJSON(to: &out) } else { out.null() }
        out.literal(#","AgentConnectionAttempts":"#); out.int(AgentConnectionAttempts)
        out.literal(#","Attributes":"#); out.object(Attributes)
        out.literal(#","Channel":"#); out.string(Channel)
        out.literal(#","ConnectedToSystemTimestamp":"#); out.string(ConnectedToSystemTimestamp)
        out.literal(#","ContactId":"#); out.string(ContactId)
        out.literal(#","CustomerEndpoint":"#); out.endpoint(CustomerEndpoint)
        out.literal(#","DisconnectReason":"#); out.string(DisconnectReason)
        out.literal(#","DisconnectTimestamp":"#); out.string(DisconnectTimestamp)
        out.literal(#","InitialContactId":"#); out.string(InitialContactId)
        out.literal(#","InitiationMethod":"#); out.string(InitiationMethod)
        out.literal(#","InitiationTimestamp":"#); out.string(InitiationTimestamp)
        out.literal(#","InstanceARN":"#); out.string(InstanceARN)
        out.literal(#","LastUpdateTimestamp":"#); out.string(LastUpdateTimestamp)
        out.literal(#","NextContactId":"#); out.string(NextContactId)
        out.literal(#","PreviousContactId":"#); out.string(PreviousContactId)
        out.literal(#","Queue":"#)
        if let Queue { Queue.appendJSON(to: &out) } else { out.null() }
        out.literal(#","SystemEndpoint":"#); out.endpoint(SystemEndpoint)
        out.literal(#","TransferCompletedTimestamp":"#); out.string(TransferCompletedTimestamp)
        out.literal(#","TransferredToEndpoint":"#); out.endpoint(TransferredToEndpoint)
        out.append(UInt8(ascii: "}"))
    }
}

extension ContactRecord.AgentInfo {
    func appendJSON(to out: inout [UInt8]) {
        out.literal(#"{"ARN":"#); out.string(ARN)
        out.literal(#","AfterContactWorkDuration":"#); out.int(AfterContactWorkDuration)
        out.literal(#","AfterContactWorkEndTimestamp":"#); out.string(AfterContactWorkEndTimestamp)
        out.literal(#","AfterContactWorkStartTimestamp":"#); out.string(AfterContactWorkStartTimestamp)
        out.literal(#","AgentInteractionDuration":"#); out.int(AgentInteractionDuration)
        out.literal(#","ConnectedToAgentTimestamp":"#); out.string(ConnectedToAgentTimestamp)
        out.literal(#","CustomerHoldDuration":"#); out.int(CustomerHoldDuration)
        out.literal(#","LongestHoldDuration":"#); out.int(LongestHoldDuration)
        out.literal(#","NumberOfHolds":"#); out.int(NumberOfHolds)
        out.literal(#","RoutingProfile":"#); RoutingProfile.appendJSON(to: &out)
        if let StateTransitions {
            out.literal(#","StateTransitions":"#)
            out.append(UInt8(ascii: "["))
            for (i, t) in StateTransitions.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                t.appendJSON(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.literal(#","Username":"#); out.string(Username)
        out.append(UInt8(ascii: "}"))
    }
}

extension ContactRecord.StateTransition {
    func appendJSON(to out: inout [UInt8]) {
        out.literal(#"{"State":"#); out.string(State)
        out.literal(#","StateEndTimestamp":"#); out.string(StateEndTimestamp)
        out.literal(#","StateStartTimestamp":"#); out.string(StateStartTimestamp)
        out.append(UInt8(ascii: "}"))
    }
}

extension ContactRecord.QueueInfo {
    func appendJSON(to out: inout [UInt8]) {
        out.literal(#"{"ARN":"#); out.string(ARN)
        out.literal(#","DequeueTimestamp":"#); out.string(DequeueTimestamp)
        out.literal(#","Duration":"#); out.int(Duration)
        out.literal(#","EnqueueTimestamp":"#); out.string(EnqueueTimestamp)
        out.literal(#","Name":"#); out.string(Name)
        out.append(UInt8(ascii: "}"))
    }
}

extension ContactRecord.NamedResource {
    func appendJSON(to out: inout [UInt8]) {
        out.literal(#"{"ARN":"#); out.string(ARN)
        out.literal(#","Name":"#); out.string(Name)
        out.append(UInt8(ascii: "}"))
    }
}

/// Keys are written with their quotes, colon and the comma or brace before them as one literal
/// (`,"Name":`), in sorted order.
private extension [UInt8] {
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
        literal(#"{"Address":"#); string(value.Address)
        literal(#","Type":"#); string(value.Type)
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
    /// `\u00XX` (lower-case hex); `/` and every other character as they are, in UTF-8. Runs of
    /// characters that need no escape are copied whole.
    mutating func string(_ value: String) {
        append(UInt8(ascii: "\""))
        var text = value
        text.withUTF8 { utf8 in
            var plain = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                i += 1
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { continue }
                append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i - 1]))
                escape(byte)
                plain = i
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
        }
        append(UInt8(ascii: "\""))
    }

    mutating func escape(_ byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case 0x08: append(UInt8(ascii: "b"))
        case 0x0C: append(UInt8(ascii: "f"))
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "t"))
        case 0x00..<0x20:
            literal("u00")
            append(UInt8(ascii: "0") + byte >> 4)
            let low = byte & 0xF
            append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
        default: append(byte)
        }
    }
}
