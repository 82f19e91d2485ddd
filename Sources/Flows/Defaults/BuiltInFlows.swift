import Foundation

/// The flows a fresh Amazon Connect instance ships with (docs §3.5, §6 rule 30), written for this project as
/// flow-language JSON and run by the same interpreter as a user's flows, so that a scenario can replace any of them.
public enum BuiltInFlows {
    public static var all: [FlowDocument] { decoded }

    public static func named(_ name: String) -> FlowDocument? { decoded.first { $0.name == name } }

    /// The flow that runs for a type when nothing else is set (docs §3.4 "Defaults"); for CONTACT_FLOW, the sample.
    public static func defaultFlow(for type: FlowType) -> FlowDocument? { decoded.first { $0.type == type } }

    private static let resources: [(name: String, bytes: [UInt8])] = [
        ("Default agent hold", PackageResources.default_agent_hold_json),
        ("Default agent transfer", PackageResources.default_agent_transfer_json),
        ("Default agent whisper", PackageResources.default_agent_whisper_json),
        ("Default customer hold", PackageResources.default_customer_hold_json),
        ("Default customer queue", PackageResources.default_customer_queue_json),
        ("Default customer whisper", PackageResources.default_customer_whisper_json),
        ("Default outbound", PackageResources.default_outbound_json),
        ("Default queue transfer", PackageResources.default_queue_transfer_json),
        ("Sample inbound", PackageResources.sample_inbound_json),
    ]

    private static let decoded: [FlowDocument] = resources.map { resource in
        do {
            return try FlowLoader.load(data: Data(resource.bytes), source: "built-in:\(resource.name)", name: resource.name)
        } catch {
            // These files are compiled in and pinned by tests; a failure here is a defect of this project.
            preconditionFailure("built-in flow does not load: \(error)")
        }
    }
}
