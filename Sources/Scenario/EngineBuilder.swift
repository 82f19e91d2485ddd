import Flows
import Telephony

/// Builds a ready engine from a checked scenario: its flow files decoded and validated, the
/// built-in flows beside them (a scenario's flow of the same name replaces a built-in one).
public enum EngineBuilder {
    public static func build(_ scenario: LoadedScenario) throws(ProblemsError) -> Engine {
        try make(scenario).engine
    }

    /// The engine and the flow library it runs, for callers that also read the flows (coverage).
    public static func make(_ scenario: LoadedScenario) throws(ProblemsError) -> (engine: Engine, library: FlowLibrary) {
        let (library, problems) = flows(for: scenario)
        let errors = problems.filter(\.isError)
        guard errors.isEmpty else { throw ProblemsError(errors) }
        return (Engine(config: scenario.config, flows: library), library)
    }

    /// Decodes and validates every flow the scenario names; returns the library and all problems,
    /// warnings included, for `termccp check`.
    public static func flows(for scenario: LoadedScenario) -> (FlowLibrary, [Problem]) {
        var library = FlowLibrary(BuiltInFlows.all)
        var problems: [Problem] = []
        for ref in scenario.flowFiles {
            do {
                var flow = try FlowLoader.load(file: ref.path)
                flow.name = ref.name
                let declared = ref.type.flatMap(FlowType.init(exportName:))
                if let declared, let exported = flow.type, declared != exported {
                    problems.append(Problem(
                        file: scenario.source, line: ref.line, location: "flows: \(ref.name)",
                        message: "the scenario says \(declared.rawValue) but \(ref.path) is a \(exported.rawValue) flow",
                        fix: "change `type:` to \(exported.rawValue) or point at the right file"))
                }
                flow.type = declared ?? flow.type
                problems += FlowValidator.validate(flow, as: flow.type)
                library.add(flow)
            } catch {
                problems += error.problems
            }
        }
        problems += roleProblems(scenario, library)
        return (library, problems)
    }

    /// A flow used in a role must be of that role's type (an inbound flow on a phone number, a
    /// transfer flow on a quick connect, docs §3.3).
    static func roleProblems(_ scenario: LoadedScenario, _ library: FlowLibrary) -> [Problem] {
        var problems: [Problem] = []
        func check(_ name: String, _ expected: [FlowType], _ where_: String) {
            guard let flow = library.flow(named: name), let type = flow.type, !expected.contains(type) else { return }
            problems.append(Problem(
                file: scenario.source, location: where_,
                message: "\(Value.shortened(name)) is a \(type.rawValue) flow, but this needs \(expected.map(\.rawValue).joined(separator: " or "))",
                fix: "name a flow of the right type"))
        }
        let c = scenario.config
        for n in c.phoneNumbers { check(n.flow, [.contactFlow], "phoneNumbers: \(n.number)") }
        for q in c.quickConnects {
            guard let flow = q.flow else { continue }
            switch q.target {
            case .user: check(flow, [.agentTransfer], "quickConnects: \(q.name)")
            case .queue: check(flow, [.queueTransfer], "quickConnects: \(q.name)")
            case .phoneNumber: break
            }
        }
        let d = c.defaultFlows
        check(d.customerQueue, [.customerQueue], "defaultFlows: customerQueue")
        check(d.customerHold, [.customerHold], "defaultFlows: customerHold")
        check(d.customerWhisper, [.customerWhisper], "defaultFlows: customerWhisper")
        check(d.agentHold, [.agentHold], "defaultFlows: agentHold")
        check(d.agentWhisper, [.agentWhisper], "defaultFlows: agentWhisper")
        check(d.outboundWhisper, [.outboundWhisper], "defaultFlows: outboundWhisper")
        check(d.agentTransfer, [.agentTransfer], "defaultFlows: agentTransfer")
        check(d.queueTransfer, [.queueTransfer], "defaultFlows: queueTransfer")
        return problems
    }
}
