import Flows

/// Names the scenario declares and the places that refer to them, checked once the whole file
/// has been read so that order in the file never matters.
struct Catalog {
    enum Kind: Hashable {
        case hours, queue, routingProfile, agent, quickConnect, flow, status, lambda
        case claimedNumber, externalNumber, customerNumber

        /// Plural words for "known …" lists and singular ones for messages.
        var plural: String {
            switch self {
            case .hours: return "hours"
            case .queue: return "queues"
            case .routingProfile: return "routing profiles"
            case .agent: return "agents"
            case .quickConnect: return "quick connects"
            case .flow: return "flows"
            case .status: return "statuses"
            case .lambda: return "lambdas"
            case .claimedNumber: return "claimed numbers"
            case .externalNumber: return "external numbers"
            case .customerNumber: return "customer numbers"
            }
        }

        var singular: String {
            switch self {
            case .hours: return "hours of operation"
            case .queue: return "queue"
            case .routingProfile: return "routing profile"
            case .agent: return "agent"
            case .quickConnect: return "quick connect"
            case .flow: return "flow"
            case .status: return "status"
            case .lambda: return "lambda"
            case .claimedNumber: return "claimed number"
            case .externalNumber: return "external number"
            case .customerNumber: return "customer number"
            }
        }

        /// Where a user declares one, for fixes.
        var section: String {
            switch self {
            case .hours: return "hours"
            case .queue: return "queues"
            case .routingProfile: return "routingProfiles"
            case .agent: return "agents"
            case .quickConnect: return "quickConnects"
            case .flow: return "flows"
            case .status: return "statuses"
            case .lambda: return "lambdas"
            case .claimedNumber: return "phoneNumbers"
            case .externalNumber: return "externals"
            case .customerNumber: return "customers"
            }
        }
    }

    struct Declaration {
        let name: String
        let value: Value
        /// A flow's declared type, when known.
        let flowType: FlowType?
    }

    struct Reference {
        let kind: Kind
        let name: String
        let value: Value
        /// For flows: the type the referring place needs.
        let flowType: FlowType?
    }

    private(set) var declarations: [Kind: [Declaration]] = [:]
    /// Kinds whose section could not be read for its shape: what they declare is unknown, so references to them
    /// are not judged (the shape problem is reported instead).
    var unreadable: Set<Kind> = []
    private(set) var references: [Reference] = []

    mutating func declare(_ kind: Kind, _ name: String, at value: Value, flowType: FlowType? = nil) {
        declarations[kind, default: []].append(Declaration(name: name, value: value, flowType: flowType))
    }

    mutating func refer(to kind: Kind, _ name: String, at value: Value, flowType: FlowType? = nil) {
        references.append(Reference(kind: kind, name: name, value: value, flowType: flowType))
    }

    func names(_ kind: Kind) -> [String] { (declarations[kind] ?? []).map(\.name) }
}

/// Duplicate names and dangling references, each reported where it is written.
enum ReferenceCheck {
    /// Statuses every agent has besides the custom ones (docs §1.6).
    static let builtInStatuses = ["Available", "Offline"]

    static func run(_ catalog: Catalog, into reader: YAMLReader) {
        reportDuplicates(catalog, into: reader)
        // Sets, so that thousands of references to thousands of names stay cheap.
        var declared = catalog.declarations.mapValues { Set($0.map(\.name)) }
        declared[.status, default: []].formUnion(builtInStatuses)
        let flows = Dictionary((catalog.declarations[.flow] ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for reference in catalog.references where !catalog.unreadable.contains(reference.kind) {
            if reference.kind == .flow {
                checkFlow(reference, declared: flows[reference.name], in: catalog, into: reader)
            } else {
                check(reference, in: catalog, declared: declared, into: reader)
            }
        }
    }

    private static func reportDuplicates(_ catalog: Catalog, into reader: YAMLReader) {
        let kinds: [Catalog.Kind] = [.hours, .queue, .routingProfile, .agent, .quickConnect, .flow, .status, .lambda]
        for kind in kinds {
            var first: [String: Catalog.Declaration] = [:]
            for d in catalog.declarations[kind] ?? [] {
                if let earlier = first[d.name] {
                    reader.report(d.value, "\(kind.singular) \"\(Value.shortened(d.name))\" is declared twice",
                                  fix: "the first is on line \(earlier.value.line); rename or remove one")
                } else {
                    first[d.name] = d
                }
            }
        }
        // A number belongs to one party only, or a call to it would be ambiguous.
        var owner: [String: (Catalog.Kind, Catalog.Declaration)] = [:]
        for kind in [Catalog.Kind.claimedNumber, .externalNumber, .customerNumber] {
            for d in catalog.declarations[kind] ?? [] {
                if let (earlierKind, earlier) = owner[d.name] {
                    let what = earlierKind == kind ? "declared twice" : "already a \(earlierKind.singular)"
                    reader.report(d.value, "\(Value.shortened(d.name)) is \(what)",
                                  fix: "the first is on line \(earlier.value.line); each number belongs to one party")
                } else {
                    owner[d.name] = (kind, d)
                }
            }
        }
    }

    private static func check(_ r: Catalog.Reference, in catalog: Catalog, declared: [Catalog.Kind: Set<String>],
                              into reader: YAMLReader) {
        guard declared[r.kind]?.contains(r.name) != true else { return }
        let name = Value.shortened(r.name)
        switch r.kind {
        case .status:
            reader.report(r.value, "unknown agent status \"\(name)\"",
                          fix: NameSuggestion.fix(for: r.name, among: builtInStatuses + catalog.names(.status), known: "statuses")
                            + "; declare custom statuses under `statuses:`")
        default:
            reader.report(r.value, "unknown \(r.kind.singular) \"\(name)\"", fix: {
                let known = catalog.names(r.kind)
                let fix = NameSuggestion.fix(for: r.name, among: known, known: r.kind.plural)
                return known.isEmpty ? fix + "; declare it under `\(r.kind.section):`" : fix
            }())
        }
    }

    /// A flow may be declared in the scenario (which may replace a built-in one by using its name)
    /// or be one of the built-in names; when both sides know the type, they must agree.
    /// `declared` is the first declaration of the referenced name, if any.
    private static func checkFlow(_ r: Catalog.Reference, declared: Catalog.Declaration?, in catalog: Catalog,
                                  into reader: YAMLReader) {
        let builtInType = BuiltInFlowNames.types[r.name]
        guard declared != nil || builtInType != nil else {
            reader.report(r.value, "unknown flow \"\(Value.shortened(r.name))\"", fix: {
                let names = catalog.names(.flow)
                let known = names + BuiltInFlowNames.names.filter { !names.contains($0) }
                return NameSuggestion.fix(for: r.name, among: known, known: "flows") + "; declare a flow file under `flows:`"
            }())
            return
        }
        let actual = declared.map(\.flowType) ?? builtInType
        guard let needed = r.flowType, let actual, actual != needed else { return }
        reader.report(r.value, "flow \"\(Value.shortened(r.name))\" is a \(actual.displayName) (\(actual.rawValue)), "
                        + "but this place runs a \(needed.displayName) (\(needed.rawValue))",
                      fix: suggestion(for: needed, in: catalog))
    }

    private static func suggestion(for type: FlowType, in catalog: Catalog) -> String {
        let declared = (catalog.declarations[.flow] ?? []).filter { $0.flowType == type }.map(\.name)
        let builtIn = BuiltInFlowNames.names.filter { BuiltInFlowNames.types[$0] == type }
        let candidates = declared + builtIn.filter { !declared.contains($0) }
        return candidates.isEmpty
            ? "name a flow of type \(type.rawValue)"
            : "use a flow of that type, e.g. \(candidates.prefix(3).joined(separator: ", "))"
    }
}
