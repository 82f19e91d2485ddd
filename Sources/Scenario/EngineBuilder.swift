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
        guard errors.isEmpty else { throw ProblemsError(errors + unrunnable(scenario, errors)) }
        return (Engine(config: scenario.config, flows: library), library)
    }

    /// One line per flow whose errors stop the scenario, at the scenario line that declares it, so that a single
    /// broken flow among many is named where the user would remove or fix it (issue 14 point 11).
    static func unrunnable(_ scenario: LoadedScenario, _ errors: [Problem]) -> [Problem] {
        scenario.flowFiles.compactMap { ref in
            let count = errors.filter { $0.file == ref.path }.count
            guard count > 0 else { return nil }
            let what = ref.isModule ? "module" : "flow"
            return Problem(file: scenario.source, line: ref.line, location: "\(what)s: \(ref.name)",
                           message: "\(what) \(ref.name) has \(count) error\(count == 1 ? "" : "s") (above), so the scenario cannot run",
                           fix: "fix the \(what) file, or remove it from `\(what)s:` and from what names it")
        }
    }

    /// Decodes and validates every flow the scenario names; returns the library and all problems,
    /// warnings included, for `termccp check`.
    public static func flows(for scenario: LoadedScenario) -> (FlowLibrary, [Problem]) {
        var library = FlowLibrary(BuiltInFlows.all)
        var problems: [Problem] = []
        var names: [String: FlowFileRef] = [:]
        for ref in scenario.flowFiles {
            if let other = names.updateValue(ref, forKey: ref.name), other.isModule != ref.isModule {
                problems.append(Problem(
                    file: scenario.source, line: ref.line, location: "\(ref.isModule ? "modules" : "flows"): \(ref.name)",
                    message: "a flow and a flow module are both named \"\(ref.name)\" (the other at line \(other.line))",
                    fix: "give the module a name of its own"))
            }
            do {
                var flow: FlowDocument
                if let data = scenario.embeddedFiles[ref.path] {
                    flow = try FlowLoader.load(data: data, source: ref.path)
                } else {
                    flow = try FlowLoader.load(file: ref.path)
                }
                flow.name = ref.name
                if ref.isModule {
                    // A module has no flow type; it runs inside whichever flow invokes it.
                    flow.isModule = true
                    flow.type = nil
                    problems += FlowValidator.validate(flow, as: nil)
                    library.add(flow)
                    continue
                }
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
        problems += moduleProblems(library)
        return (library, problems)
    }

    /// InvokeFlowModule that names no declared module takes its error branch at run time; `check` says so
    /// (issue 14 point 17). References (`$.`, `${…}`) are left to run time.
    static func moduleProblems(_ library: FlowLibrary) -> [Problem] {
        var problems: [Problem] = []
        for (_, flow) in library.flows.sorted(by: { $0.key < $1.key }) where !flow.source.hasPrefix("built-in") {
            for (i, action) in flow.actions.enumerated() where action.kind == .invokeFlowModule {
                let path = flow.shape == .legacyModules ? "$.modules" : "$.Actions"
                let location = "action \(action.identifier) (\(action.type)) at \(path)[\(i)].Parameters.FlowModuleId"
                guard let id = action.text("FlowModuleId"), !id.isEmpty else {
                    problems.append(Problem(file: flow.source, line: action.line, location: location,
                                            message: "InvokeFlowModule has no FlowModuleId",
                                            fix: "name the module's ARN or id"))
                    continue
                }
                if id.contains("$.") || id.contains("${") || id.contains("%%") || library.resolveModule(id) != nil { continue }
                problems.append(Problem(
                    file: flow.source, line: action.line, location: location,
                    message: "flow module \(id) is not declared under the scenario's modules:, so this action takes its error branch",
                    fix: "add `modules: [{ name: \(id.split(separator: "/").last.map(String.init) ?? id), file: <module export>.json }]`",
                    severity: .warning))
            }
        }
        return problems
    }

    /// A flow used in a role must be of that role's type (an inbound flow on a phone number, a
    /// transfer flow on a quick connect, docs §3.3). The scenario already checked every place whose
    /// flow declares its type; this is the export's own type, known once the file is read. Each
    /// problem is at the line and key path of the place that names the flow (`phoneNumbers[0].flow`).
    static func roleProblems(_ scenario: LoadedScenario, _ library: FlowLibrary) -> [Problem] {
        scenario.flowUses.compactMap { use in
            guard let flow = library.flow(named: use.name), let type = flow.type, let needed = FlowType(rawValue: use.type),
                  type != needed else { return nil }
            return Problem(
                file: scenario.source, line: use.line, location: use.location,
                message: "flow \"\(Value.shortened(use.name))\" is a \(type.displayName) (\(type.rawValue)), "
                    + "but this place runs a \(needed.displayName) (\(needed.rawValue))",
                fix: "name a flow of type \(needed.rawValue)")
        }
    }
}
