import Telephony

/// The resources of the scenario a test case runs against, by name, so that `termccp check CASE --scenario S`
/// can say which flow action an override or observation names that the scenario lacks. A reference resolves
/// as the engine resolves it (docs/connect-testing-language.md §5.3): a queue, hours or Lex bot by its name
/// or the last path segment of an ARN; a Lambda function by its name at the end of the ARN.
public struct ScenarioResources: Sendable, Equatable {
    public var scenario: String
    public var lambdaFunctions: [String]
    public var hoursOfOperation: [String]
    public var queues: [String]
    public var lexBots: [String]

    public init(scenario: String, lambdaFunctions: [String], hoursOfOperation: [String], queues: [String], lexBots: [String]) {
        self.scenario = scenario
        self.lambdaFunctions = lambdaFunctions
        self.hoursOfOperation = hoursOfOperation
        self.queues = queues
        self.lexBots = lexBots
    }

    /// What is missing for `reference` of `actionType`: the scenario key, the names it has and the name to add;
    /// nil when the scenario has it or termccp has no such resource (AI agents).
    func missing(_ reference: String, actionType: String) -> (key: String, known: [String], name: String)? {
        let last = reference.split(separator: "/").last.map(String.init) ?? reference
        switch actionType {
        case "InvokeLambdaFunction":
            let name = reference.split(separator: ":").last.map(String.init) ?? reference
            let found = lambdaFunctions.contains { reference == $0 || reference.hasSuffix(":function:\($0)") || reference.hasSuffix("/\($0)") }
            return found ? nil : ("lambdas", lambdaFunctions, name)
        case "CheckHoursOfOperation":
            return hoursOfOperation.contains(reference) || hoursOfOperation.contains(last) ? nil : ("hours", hoursOfOperation, last)
        case "TransferContactToQueue", "DequeueAndTransferToQueue":
            return queues.contains(reference) || queues.contains(last) ? nil : ("queues", queues, last)
        case "ConnectParticipantWithLexBot":
            return lexBots.contains(reference) || lexBots.contains(last) ? nil : ("lexBots", lexBots, last)
        default:
            return nil
        }
    }
}


extension ScenarioResources {
    /// The resources of a loaded scenario's configuration; `scenario` names it in messages.
    public init(scenario: String, config: InstanceConfig) {
        self.init(scenario: scenario, lambdaFunctions: config.lambdas.map(\.function), hoursOfOperation: config.hours.map(\.name),
                  queues: config.queues.map(\.name), lexBots: config.lexBots.map(\.name))
    }
}
