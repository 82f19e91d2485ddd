/// A whole reference such as `$.Queue.Name` or `$.Attributes.order`, read once into the namespace it names and
/// the rest of its path, so that a flow reading it again matches no names (issue 9: references resolved when a
/// flow is compiled). The namespaces are those of docs/system-attributes.md.
public struct AttributePath: Sendable, Equatable {
    public enum Namespace: Sendable, Equatable {
        case attributes, segmentAttributes, external, storedCustomerInput, contactId, initialContactId
        case previousContactId, initiationMethod, channel, customerEndpoint, systemEndpoint, queue
        case flowAttributes, agent, instanceARN, awsRegion
        /// `$.CustomerCallbackNumber` and `$.CallbackNumber`, which read the same value.
        case callbackNumber
        case textToSpeechVoiceId
        /// `$.Name`, `$.Description`, `$.CustomerId`: empty on a call from the phone network.
        case emptyOnCalls
        case lex, mediaStreams, metrics
        /// Not a `$.` reference, or a namespace no value lives in: it never resolves.
        case none
    }

    /// The reference as the flow wrote it.
    public let text: String
    public let namespace: Namespace
    /// What follows the namespace and its dot (`Name` in `$.Queue.Name`); empty when nothing does.
    public let rest: String

    public init(_ text: String) {
        self.text = text
        guard text.hasPrefix("$.") else {
            (namespace, rest) = (.none, "")
            return
        }
        // `$.Namespace.rest.of.path`, read by bytes without splitting.
        let body = text.utf8.dropFirst(2)
        let dot = body.firstIndex(of: UInt8(ascii: "."))
        rest = dot.map { String(Substring(body[body.index(after: $0)...])) } ?? ""
        switch String(Substring(dot.map { body[..<$0] } ?? body)) {
        case "Attributes": namespace = .attributes
        case "SegmentAttributes": namespace = .segmentAttributes
        case "External": namespace = .external
        case "StoredCustomerInput": namespace = .storedCustomerInput
        case "ContactId": namespace = .contactId
        case "InitialContactId": namespace = .initialContactId
        case "PreviousContactId": namespace = .previousContactId
        case "InitiationMethod": namespace = .initiationMethod
        case "Channel": namespace = .channel
        case "CustomerEndpoint": namespace = .customerEndpoint
        case "SystemEndpoint": namespace = .systemEndpoint
        case "Queue": namespace = .queue
        case "FlowAttributes": namespace = .flowAttributes
        case "Agent": namespace = .agent
        case "InstanceARN": namespace = .instanceARN
        case "AwsRegion": namespace = .awsRegion
        case "CustomerCallbackNumber", "CallbackNumber": namespace = .callbackNumber
        case "TextToSpeechVoiceId": namespace = .textToSpeechVoiceId
        case "Name", "Description", "CustomerId": namespace = .emptyOnCalls
        case "Lex": namespace = .lex
        case "MediaStreams": namespace = .mediaStreams
        case "Metrics": namespace = .metrics
        default: namespace = .none
        }
    }
}
