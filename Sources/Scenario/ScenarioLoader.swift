import Flows
import Foundation
import Telephony
import Yams

/// Reads scenario files (FORMAT.md) into the engine's configuration. Every problem in a file is
/// collected, with its line and key path, before anything is thrown, so one run of
/// `termccp check` shows all there is to fix.
public enum ScenarioLoader {
    public static func load(file path: String) throws(ProblemsError) -> LoadedScenario {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ProblemsError([Problem(file: path, message: "cannot read the scenario file",
                                         fix: "check that the path names a readable file")])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw ProblemsError([Problem(file: path, line: firstInvalidLine(data), message: "the file is not UTF-8 text",
                                         fix: "save it as UTF-8")])
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try load(yaml: yaml, source: path, baseDirectory: folder)
    }

    /// `source` names the file in messages; flow file paths resolve against `baseDirectory`.
    public static func load(yaml: String, source: String, baseDirectory: String) throws(ProblemsError) -> LoadedScenario {
        let reader = YAMLReader(file: source)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            reader.report(yamlError: error, in: yaml)
            throw ProblemsError(reader.problems)
        }
        let scenario = ScenarioFile(reader: reader, baseDirectory: baseDirectory)
        if let root, !Value(node: root, path: "", line: 1).isNull {
            scenario.read(root: Value(node: root, path: "", line: root.mark?.line ?? 1))
        } else {
            reader.report(line: 1, path: nil, "the scenario is empty",
                          fix: "start with `queues:`, `routingProfiles:` and `agents:` (see FORMAT.md)")
        }
        guard reader.problems.isEmpty else {
            throw ProblemsError(reader.problems.enumerated()
                .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
                .map(\.element))
        }
        let flowUses = scenario.catalog.references.compactMap { r -> FlowUse? in
            guard r.kind == .flow, let type = r.flowType else { return nil }
            return FlowUse(name: r.name, type: type.rawValue, line: r.value.line, location: r.value.path)
        }
        return LoadedScenario(config: scenario.config, flowFiles: scenario.flowFiles, source: source, flowUses: flowUses)
    }

    /// The line of the first byte that is not UTF-8, counting the newlines before it.
    private static func firstInvalidLine(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var start = 0, line = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            if String(validating: bytes[start..<end], as: UTF8.self) == nil { return line }
            start = end + 1
            line += 1
        }
        return line
    }
}

extension YAMLReader {
    /// Yams' parse errors as problems, with the line and a hint for the usual causes.
    func report(yamlError error: any Error, in yaml: String) {
        guard let yamlError = error as? YamlError else {
            report(line: nil, path: nil, "the YAML cannot be read: \(error)")
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml places errors found at the end of the text on the line after the last one.
            let lineCount = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
            let lineNumber = min(mark.line, max(1, lineCount))
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) on line \(context.mark.line))" }
            report(line: lineNumber, path: nil, message, fix: Self.hint(problem: problem, line: Self.line(yaml, lineNumber)))
        case .reader(let problem, let offset, _, _):
            let line = offset.map { o in yaml.prefix(o).reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
            report(line: line, path: nil, "YAML cannot read the text: \(problem)",
                   fix: "remove control characters; the file must be plain UTF-8 text")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            report(line: context.mark.line, path: nil, "the key \(keys) appears more than once in one mapping",
                   fix: "keep one; the first is on line \(context.mark.line)")
        default:
            report(line: nil, path: nil, "the YAML cannot be read: \(yamlError)")
        }
    }

    private static func line(_ yaml: String, _ number: Int) -> Substring {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        return number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    private static func hint(problem: String, line: Substring) -> String? {
        if line.contains("\t") { return "YAML indents with spaces only; replace the tabs on this line" }
        if problem.contains("mapping values are not allowed") {
            return "quote a value that contains \": \", or fix the indentation of this key"
        }
        if problem.contains("did not find expected") {
            return "check the indentation and the closing ] or } near this line"
        }
        if problem.contains("expected a single document") {
            return "a scenario is one document; remove the extra `---`"
        }
        return nil
    }
}
