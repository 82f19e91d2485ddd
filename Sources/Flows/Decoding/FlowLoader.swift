import Foundation

/// Reads a flow from any export shape Amazon Connect or its tooling produces (docs §3.6 quirk 7, §3.7) into the
/// flow-language model. Only what makes a flow unusable is thrown; everything Amazon Connect would reject but the
/// interpreter can still run is left to `FlowValidator`.
public enum FlowLoader {
    /// A file that cannot be read is one problem saying why (`TextFile.Failure`).
    public static func load(file path: String) throws(ProblemsError) -> FlowDocument {
        switch TextFile.read(path) {
        case .success(let text): return try load(data: Data(text.utf8), source: path)
        case .failure(let failure): throw ProblemsError([failure.problem(file: path)])
        }
    }

    public static func load(data: Data, source: String, name: String? = nil) throws(ProblemsError) -> FlowDocument {
        var reader = Reader(source: source)
        let document = reader.read([UInt8](data), name: name)
        guard let document, reader.problems.isEmpty else { throw ProblemsError(reader.problems) }
        return document
    }
}

/// One load: the problems found so far and how to turn a JSON path into a line of the file.
private struct Reader {
    let source: String
    var problems: [Problem] = []
    /// For a flow inside a wrapper's Content string, paths are inside that string; messages say so.
    var contentNote = ""
    var lineOf: (String) -> Int? = { _ in nil }

    init(source: String) { self.source = source }

    mutating func read(_ bytes: [UInt8], name: String?) -> FlowDocument? {
        guard bytes.contains(where: { !(" \t\r\n" as String).utf8.contains($0) }) else {
            problem(nil, "the file is empty", fix: "export the flow from Amazon Connect and save its JSON here")
            return nil
        }
        guard let (root, lines) = parse(bytes, content: nil) else { return nil }
        lineOf = { lines[$0] }
        guard case .object = root else {
            problem("$", "the top level is \(root.kindDescription), not a flow object",
                    fix: "a flow export is a JSON object with Version, StartAction and Actions (or a ContactFlow wrapper)")
            return nil
        }
        let fallbackName = Self.fileStem(source)

        if let wrapper = root["ContactFlow"], wrapper.isObject {
            return readWrapped(wrapper, at: "$.ContactFlow", shape: .describeContactFlow, name: name, fallback: fallbackName)
        }
        if let wrapper = root["ContactFlowModule"], wrapper.isObject {
            return readWrapped(wrapper, at: "$.ContactFlowModule", shape: .describeContactFlowModule, name: name,
                               fallback: fallbackName)
        }
        if root["Content"] != nil, root["Actions"] == nil {
            return readWrapped(root, at: "$", shape: .createContactFlow, name: name, fallback: fallbackName)
        }
        if root["modules"] != nil, root["Actions"] == nil {
            return readLegacy(root, name: name, fallback: fallbackName)
        }
        return readFlowLanguage(root, shape: .flowLanguage, wrapperName: name, wrapperType: nil, fallback: fallbackName)
    }

    // MARK: shapes

    private mutating func readWrapped(_ wrapper: JSONValue, at path: String, shape: FlowExportShape, name: String?,
                                      fallback: String) -> FlowDocument? {
        let contentPath = path == "$" ? "$.Content" : "\(path).Content"
        let wrapperName = name ?? wrapper["Name"]?.nonEmptyText
        let wrapperType = wrapper["Type"]?.nonEmptyText
        let contentLine = lineOf(contentPath)
        switch wrapper["Content"] {
        case .string(let text)?:
            guard let (content, _) = parse(Array(text.utf8), content: (contentPath, contentLine)) else {
                return nil
            }
            // The Content string sits on one line of the file, so every action in it is reported at that line:
            // it is where an editor should jump, and the action's identifier says which one.
            lineOf = { _ in contentLine }
            contentNote = " in \(contentPath)"
            return readFlowLanguage(content, shape: shape, wrapperName: wrapperName, wrapperType: wrapperType,
                                    fallback: fallback)
        case let content? where content.isObject:
            // Some hand-made files embed Content as an object rather than as a string; its lines are real.
            let outer = lineOf
            lineOf = { outer(contentPath + $0.dropFirst()) ?? contentLine }
            contentNote = " in \(contentPath)"
            return readFlowLanguage(content, shape: shape, wrapperName: wrapperName, wrapperType: wrapperType,
                                    fallback: fallback)
        case let other?:
            problem(contentPath, "Content is \(other.kindDescription), expected the flow's JSON as a string",
                    fix: "use the Content string exactly as DescribeContactFlow returned it")
            return nil
        case nil:
            problem(path, "the wrapper has no Content", fix: "add the flow's JSON as the Content string")
            return nil
        }
    }

    private mutating func readFlowLanguage(_ root: JSONValue, shape: FlowExportShape, wrapperName: String?,
                                           wrapperType: String?, fallback: String) -> FlowDocument? {
        guard root.isObject else {
            problem("$", "the flow is \(root.kindDescription), not an object",
                    fix: "the flow must be a JSON object with Version, StartAction and Actions")
            return nil
        }
        let metadata = root["Metadata"]
        let name = wrapperName ?? metadata?["name"]?.nonEmptyText ?? fallback
        let type = (wrapperType ?? metadata?["type"]?.nonEmptyText).flatMap(FlowType.init(exportName:))
        let start = root["StartAction"]?.nonEmptyText
        if start == nil {
            problem("$.StartAction", "the flow has no StartAction",
                    fix: "add \"StartAction\" naming the Identifier of the first action")
        }
        var actions: [FlowAction] = []
        switch root["Actions"] {
        case .array(let items)?:
            for (i, item) in items.enumerated() {
                if let action = readAction(item, at: "$.Actions[\(i)]") { actions.append(action) }
            }
        case let other?:
            problem("$.Actions", "Actions is \(other.kindDescription), expected an array of actions",
                    fix: "make \"Actions\" a JSON array of action objects")
        case nil:
            problem("$", "the flow has no Actions", fix: "add an \"Actions\" array (an exported flow always has one)")
        }
        guard let start, problems.isEmpty else { return nil }
        return FlowDocument(
            name: name, type: type, version: root["Version"]?.scalarText ?? "", startAction: start,
            actions: actions, source: source, shape: shape)
    }

    private mutating func readLegacy(_ root: JSONValue, name: String?, fallback: String) -> FlowDocument? {
        let metadata = root["metadata"]
        let flowName = name ?? metadata?["name"]?.nonEmptyText ?? fallback
        let type = (metadata?["type"]?.nonEmptyText ?? root["type"]?.nonEmptyText).flatMap(FlowType.init(exportName:))
        let start = root["start"]?.nonEmptyText
        if start == nil {
            problem("$.start", "the legacy flow has no start", fix: "add \"start\" naming the id of the first module")
        }
        var actions: [FlowAction] = []
        if case .array(let modules)? = root["modules"] {
            for (i, module) in modules.enumerated() {
                let path = "$.modules[\(i)]"
                guard module.isObject else {
                    problem(path, "module is \(module.kindDescription), expected an object",
                            fix: "each module must be an object with id, type, branches and parameters")
                    continue
                }
                let id = module["id"]?.nonEmptyText
                let type = module["type"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
                if id == nil { problem("\(path).id", "module has no id", fix: "give the module a unique \"id\"") }
                if type == nil { problem("\(path).type", "module has no type", fix: "give the module a \"type\"") }
                guard let id, let type else { continue }
                actions.append(LegacyModules.action(id: id, type: type, module: module, line: line(of: "\(path).id")))
            }
        } else {
            problem("$.modules", "modules is \(root["modules"]?.kindDescription ?? "missing"), expected an array",
                    fix: "make \"modules\" a JSON array of module objects")
        }
        guard let start, problems.isEmpty else { return nil }
        return FlowDocument(
            name: flowName, type: type, startAction: start, actions: actions, source: source, shape: .legacyModules)
    }

    // MARK: actions

    private mutating func readAction(_ item: JSONValue, at path: String) -> FlowAction? {
        guard item.isObject else {
            problem(path, "action is \(item.kindDescription), expected an object",
                    fix: "each entry of Actions must be an object with Identifier, Type, Parameters and Transitions")
            return nil
        }
        let identifier = item["Identifier"]?.nonEmptyText
        let type = item["Type"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        if identifier == nil {
            problem("\(path).Identifier", "action has no Identifier",
                    fix: "give the action a unique \"Identifier\" (at most 50 characters)")
        }
        if type == nil {
            problem("\(path).Type", "action\(identifier.map { " \($0)" } ?? "") has no Type",
                    fix: "add the action's \"Type\", e.g. \"MessageParticipant\"")
        }
        var parameters = JSONValue.emptyObject
        switch item["Parameters"] {
        case nil, .null?: break
        case let value? where value.isObject: parameters = value
        case let value?:
            problem("\(path).Parameters", "Parameters is \(value.kindDescription), expected an object",
                    fix: "make \"Parameters\" an object (or remove it when the action takes none)")
        }
        let transitions = readTransitions(item["Transitions"], at: "\(path).Transitions")
        guard let identifier, let type else { return nil }
        return FlowAction(identifier: identifier, type: type, parameters: parameters, transitions: transitions,
                          line: line(of: "\(path).Identifier"))
    }

    private mutating func readTransitions(_ value: JSONValue?, at path: String) -> FlowTransitions {
        var transitions = FlowTransitions()
        guard let value, !value.isNull else { return transitions }
        guard value.isObject else {
            problem(path, "Transitions is \(value.kindDescription), expected an object",
                    fix: "make \"Transitions\" an object; terminal actions use {}")
            return transitions
        }
        transitions.nextAction = value["NextAction"]?.nonEmptyText
        for (i, entry) in list(value["Errors"], at: "\(path).Errors").enumerated() {
            let entryPath = "\(path).Errors[\(i)]"
            guard let errorType = entry["ErrorType"]?.nonEmptyText, let next = entry["NextAction"]?.nonEmptyText else {
                problem(entryPath, "error transition needs ErrorType and NextAction",
                        fix: "write {\"ErrorType\": \"NoMatchingError\", \"NextAction\": \"<Identifier>\"}")
                continue
            }
            transitions.errors.append(FlowErrorTransition(errorType: errorType, nextAction: next))
        }
        for (i, entry) in list(value["Conditions"], at: "\(path).Conditions").enumerated() {
            let entryPath = "\(path).Conditions[\(i)]"
            guard let next = entry["NextAction"]?.nonEmptyText,
                  let condition = entry["Condition"], let op = condition["Operator"]?.nonEmptyText else {
                problem(entryPath, "condition needs NextAction and Condition.Operator",
                        fix: "write {\"NextAction\": \"<Identifier>\", \"Condition\": {\"Operator\": \"Equals\", \"Operands\": [\"1\"]}}")
                continue
            }
            let operands: [String]
            switch condition["Operands"] {
            case .array(let items)?: operands = items.map { $0.scalarText ?? "" }
            case let single?: operands = single.scalarText.map { [$0] } ?? []
            case nil: operands = []
            }
            transitions.conditions.append(FlowCondition(nextAction: next, operatorName: op, operands: operands))
        }
        return transitions
    }

    /// Errors and Conditions may be absent, null or empty (docs §3.6 quirk 2).
    private mutating func list(_ value: JSONValue?, at path: String) -> [JSONValue] {
        switch value {
        case nil, .null?: return []
        case .array(let items)?: return items
        case let other?:
            problem(path, "expected an array, found \(other.kindDescription)", fix: "make it a JSON array (or remove it)")
            return []
        }
    }

    // MARK: helpers

    /// Parses JSON; on a syntax error records a problem at its line and column. A wrapper's Content string is
    /// reported at the file line of that string, with the error's position inside the string in the message.
    private mutating func parse(_ bytes: [UInt8], content: (path: String, line: Int?)?) -> (JSONValue, [String: Int])? {
        var parser = JSONParser(bytes: bytes, recordedDepth: 4)
        let root: JSONValue
        do {
            root = try parser.parse()
        } catch {
            if let content {
                problems.append(Problem(
                    file: source, line: content.line, location: content.path,
                    message: "malformed JSON inside the Content string at its line \(error.line), column \(error.column): \(error.message)",
                    fix: "re-export the flow, or fix the JSON inside the Content string"))
            } else {
                problems.append(Problem(
                    file: source, line: error.line, column: error.column, message: "malformed JSON: \(error.message)",
                    fix: "fix the JSON syntax at line \(error.line), column \(error.column) (look for a missing or extra comma, quote or bracket)"))
            }
            return nil
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            problem(nil, "the file is not UTF-8 text", fix: "save the flow as UTF-8 JSON")
            return nil
        }
        return (root, parser.lines)
    }

    private mutating func problem(_ path: String?, _ message: String, fix: String) {
        problems.append(Problem(
            file: source, line: path.flatMap(line(of:)), location: path.map { $0 + contentNote }, message: message, fix: fix))
    }

    /// The line of a path, or of its nearest enclosing value whose line is known (a missing key has no line of
    /// its own, and the parser records lines only a few levels deep).
    private func line(of path: String) -> Int? {
        var path = Substring(path)
        while !path.isEmpty {
            if let line = lineOf(String(path)) { return line }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            path = path[..<cut]
        }
        return nil
    }

    static func fileStem(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
