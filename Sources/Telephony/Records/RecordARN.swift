/// An ARN a record names (docs §2: InstanceARN, Agent.ARN, RoutingProfile.ARN, Queue.ARN), kept as the names it is
/// written from and made text when read, as instants and contact ids are: as text each was a heap string, four a
/// record, whose reference count every record built and dropped touched atomically (issue 9). Text given whole (a
/// test's record) is kept as given.
struct RecordARN: Sendable, Equatable {
    private enum Form: Sendable {
        /// The ARN of the instance named so (`InstanceConfig.instanceARN(named:)`).
        case instance(String)
        /// `<instance ARN>/<kind's path>/<name>`.
        case resource(instance: String, kind: RecordARNKind, name: String)
        case text(String)
    }

    private let form: Form

    private init(_ form: Form) { self.form = form }

    init(text: String) { form = .text(text) }

    /// The ARN of the instance `name` (`InstanceConfig.name`).
    static func instance(_ name: String) -> RecordARN { RecordARN(.instance(name)) }

    /// The ARN of the resource `name` of this kind in the instance `instance` (`InstanceConfig.name`).
    static func resource(_ kind: RecordARNKind, _ name: String, in instance: String) -> RecordARN {
        RecordARN(.resource(instance: instance, kind: kind, name: name))
    }

    var text: String {
        switch form {
        case .instance(let instance): return InstanceConfig.instanceARN(named: instance)
        case .resource(let instance, let kind, let name): return kind.arn(in: InstanceConfig.instanceARN(named: instance), name)
        case .text(let text): return text
        }
    }

    /// ARNs are the same when their text is: one written from names equals the same text given whole.
    static func == (a: RecordARN, b: RecordARN) -> Bool { a.text == b.text }
}

/// The kinds of resource a record names by ARN.
enum RecordARNKind: UInt8 {
    case agent, routingProfile, queue, agentQueue

    func arn(in instance: String, _ name: String) -> String { "\(instance)/\(path)/\(name)" }

    var path: String {
        switch self {
        case .agent: return "agent"
        case .routingProfile: return "routing-profile"
        case .queue: return "queue"
        case .agentQueue: return "queue/agent"
        }
    }
}
