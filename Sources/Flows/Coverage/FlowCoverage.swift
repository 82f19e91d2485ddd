import Telephony

/// Which actions and which branches of each flow ran, from the trace of a run: for QA engineers
/// to see what a script never exercised (`termccp script --coverage`).
public struct FlowCoverage: Sendable {
    /// A branch is an action's way out: NextAction, an error type, or a condition.
    public struct Branch: Sendable, Hashable {
        public var action: String
        /// "Success", an error type, or a condition such as "Equals 1".
        public var label: String
        public var target: String
    }

    public struct Report: Sendable {
        public var flow: String
        public var source: String
        public var actions: [String]
        public var actionsRun: Set<String>
        public var branches: [Branch]
        public var branchesTaken: Set<Branch>

        public var actionsNeverRun: [String] { actions.filter { !actionsRun.contains($0) } }
        public var branchesNeverTaken: [Branch] { branches.filter { !branchesTaken.contains($0) } }
    }

    private var ran: [String: Set<String>] = [:]
    private var taken: [String: Set<Branch>] = [:]
    private let library: FlowLibrary

    public init(library: FlowLibrary) { self.library = library }

    public mutating func record(_ event: FlowTraceEvent) {
        ran[event.flow, default: []].insert(event.action)
        guard let next = event.next, let action = library.flow(named: event.flow)?.action(event.action) else { return }
        let ways = Self.branches(of: action)
        // The trace says where the run went; several ways out may lead there, so prefer the one whose label it names.
        if let branch = ways.first(where: { $0.target == next && Self.names($0, event.branch) })
            ?? ways.first(where: { $0.target == next }) {
            taken[event.flow, default: []].insert(branch)
        }
    }

    /// One report per flow that ran or that the scenario supplied; built-in flows that never ran are left out.
    public func reports() -> [Report] {
        library.flows.keys.sorted().compactMap { name in
            guard let flow = library.flow(named: name) else { return nil }
            if ran[name] == nil && flow.source.hasPrefix("built-in") { return nil }
            return Report(flow: name, source: flow.source, actions: flow.actions.map(\.identifier),
                          actionsRun: ran[name] ?? [], branches: flow.actions.flatMap(Self.branches(of:)),
                          branchesTaken: taken[name] ?? [])
        }
    }

    static func branches(of action: FlowAction) -> [Branch] {
        let t = action.transitions
        var list = t.conditions.map {
            Branch(action: action.identifier, label: "\($0.operatorName) \($0.operands.joined(separator: ","))", target: $0.nextAction)
        }
        list += t.errors.map { Branch(action: action.identifier, label: $0.errorType, target: $0.nextAction) }
        if let n = t.nextAction { list.append(Branch(action: action.identifier, label: "Success", target: n)) }
        return list
    }

    private static func names(_ branch: Branch, _ taken: String?) -> Bool {
        guard let taken else { return false }
        return branch.label == taken || branch.label.hasSuffix(" \(taken)")
    }
}
