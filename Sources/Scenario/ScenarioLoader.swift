import Flows
import Foundation
import Telephony
import Yams

/// Reads scenario files (docs/scenario-format.md) into the engine's configuration. Every problem in a file is
/// collected, with its line and key path, before anything is thrown, so one run of
/// `termccp check` shows all there is to fix.
public enum ScenarioLoader {
    /// Problems name `path` as given; a file that cannot be read says why (`TextFile.Failure`).
    public static func load(file path: String) throws(ProblemsError) -> LoadedScenario {
        let yaml: String
        switch TextFile.read(path) {
        case .success(let text): yaml = text
        case .failure(let failure):
            throw ProblemsError([failure.problem(file: path)])
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try load(yaml: yaml, source: path, baseDirectory: folder)
    }

    /// The top-level keys a scenario file may have (docs/scenario-format.md), to tell it from other YAML inputs.
    public static var sectionNames: [String] { ScenarioFile.sections }

    /// Whether YAML text reads as a scenario: a top-level mapping with at least one of the scenario's sections
    /// (docs/scenario-format.md). Used to say "this is a scenario" where another kind of file was expected.
    public static func isScenario(yaml: String) -> Bool {
        guard yaml.utf8.count <= TextFile.maximumBytes, let root = try? Yams.compose(yaml: yaml), let mapping = root.mapping else { return false }
        return mapping.keys.contains { key in key.string.map(ScenarioFile.sections.contains) ?? false }
    }

    /// `source` names the file in messages; flow file paths resolve against `baseDirectory`. Text over
    /// `TextFile.maximumBytes` (16 MiB) is refused before it is parsed, as a file of that size would be.
    /// `embeddedFiles` (by resolved path) are flow files shipped inside the binary, read instead of the disk.
    public static func load(yaml: String, source: String, baseDirectory: String,
                            embeddedFiles: [String: Data] = [:]) throws(ProblemsError) -> LoadedScenario {
        let (loaded, problems) = read(yaml: yaml, source: source, baseDirectory: baseDirectory, embeddedFiles: embeddedFiles)
        guard let loaded, problems.isEmpty else { throw ProblemsError(problems) }
        return loaded
    }

    /// Every problem `termccp check` reports for a scenario file: its own and those of the flow and module
    /// files it names. A problem in the scenario does not hide the flows' problems: the flows whose files
    /// are there are still read and validated (a missing one is already the scenario's problem).
    public static func problems(file path: String) -> [Problem] {
        let yaml: String
        switch TextFile.read(path) {
        case .success(let text): yaml = text
        case .failure(let failure): return [failure.problem(file: path)]
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let (loaded, own) = read(yaml: yaml, source: path, baseDirectory: folder, embeddedFiles: [:])
        guard var loaded else { return own }
        if !own.isEmpty {
            loaded.flowFiles = loaded.flowFiles.filter { ref in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: ref.path, isDirectory: &isFolder) && !isFolder.boolValue
            }
        }
        return own + EngineBuilder.flows(for: loaded).1
    }

    /// The scenario as far as it could be read (nil when the text is not YAML or is too large to read)
    /// and every problem of its own, in the order found.
    static func read(yaml: String, source: String, baseDirectory: String,
                     embeddedFiles: [String: Data]) -> (LoadedScenario?, [Problem]) {
        let reader = YAMLReader(file: source)
        let bytes = yaml.utf8.count
        if bytes > TextFile.maximumBytes {
            reader.report(line: nil, path: nil, "the scenario is \(bytes) bytes, more than the \(TextFile.maximumBytes) allowed",
                          fix: "split it into smaller scenarios; real scenarios are a few hundred kilobytes")
            return (nil, reader.problems)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            reader.report(yamlError: error, in: yaml)
            return (nil, reader.problems)
        }
        if let root, let (line, section) = Self.firstSectionOverNodeLimit(root) {
            reader.report(line: line, path: section,
                          "the scenario is larger than \(ScenarioLimits.expandedNodes) YAML nodes once its aliases are expanded",
                          fix: "write the entries out, or use fewer aliases of aliases (each one multiplies the nodes it repeats)")
            return (nil, reader.problems)
        }
        let scenario = ScenarioFile(reader: reader, baseDirectory: baseDirectory, embeddedFiles: embeddedFiles)
        if let root, !Value(node: root, path: "", line: 1).isNull {
            scenario.read(root: Value(node: root, path: "", line: root.mark?.line ?? 1))
        } else {
            reader.report(line: 1, path: nil, "the scenario is empty",
                          fix: "start with `queues:`, `routingProfiles:` and `agents:` (see docs/scenario-format.md)")
        }
        let flowUses = scenario.catalog.references.compactMap { r -> FlowUse? in
            guard r.kind == .flow, let type = r.flowType else { return nil }
            return FlowUse(name: r.name, type: type.rawValue, line: r.value.line, location: r.value.path)
        }
        let loaded = LoadedScenario(config: scenario.config, flowFiles: scenario.flowFiles, source: source, flowUses: flowUses,
                                    embeddedFiles: embeddedFiles)
        return (loaded, reader.problems)
    }

    /// Counts nodes the way the reader visits them, aliases expanded, and stops at the limit, so
    /// a few kilobytes of aliases of aliases cost no more than the limit. Returns the top-level
    /// key (and its line) whose nodes went over it.
    static func firstSectionOverNodeLimit(_ root: Node) -> (line: Int, section: String?)? {
        var remaining = ScenarioLimits.expandedNodes
        let sections: [(key: Node?, value: Node)] = root.mapping.map { $0.map { ($0.key, $0.value) } } ?? [(nil, root)]
        for (key, value) in sections {
            var stack = [value]
            if key != nil { remaining -= 1 }
            while let node = stack.popLast() {
                remaining -= 1
                if remaining < 0 {
                    return (key?.mark?.line ?? node.mark?.line ?? 1, key?.scalar.map { Value.shortened($0.string, to: 100) })
                }
                switch node {
                case .mapping(let m):
                    for (k, v) in m {
                        stack.append(k)
                        stack.append(v)
                    }
                case .sequence(let items): stack.append(contentsOf: items)
                case .scalar, .alias: break
                }
            }
        }
        return nil
    }
}

extension YAMLReader {
    /// Yams' parse errors as problems, with the line and a hint for the usual causes.
    func report(yamlError error: any Error, in yaml: String) {
        if let unclosed = UnclosedQuote.problem(error, file: file) {
            report(line: unclosed.line, column: unclosed.column, path: nil, unclosed.message, fix: unclosed.fix)
            return
        }
        guard let yamlError = error as? YamlError else {
            report(line: nil, path: nil, "the YAML cannot be read: \(error)")
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml places errors found at the end of the text on the line after the last one.
            let lineCount = Self.lines(yaml).count
            let lineNumber = min(mark.line, max(1, lineCount))
            var message = "YAML syntax: \(problem)"
            if let context { message += " (\(context.text) on line \(context.mark.line))" }
            report(line: lineNumber, path: nil, message, fix: Self.hint(problem: problem, line: Self.line(yaml, lineNumber)))
        case .reader(let problem, let offset, _, _):
            let line = offset.map { o in Self.lines(String(yaml.utf8.prefix(o)) ?? String(yaml.prefix(o))).count }
            report(line: line, path: nil, "YAML cannot read the text: \(problem)",
                   fix: "remove control characters; the file must be plain UTF-8 text")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\(Value.shortened($0))`" }.joined(separator: ", ")
            let first = context.mark.line
            let repeated = duplicates.first.flatMap { Self.lineRepeating(key: $0, firstOn: first, column: context.mark.column, in: yaml) }
            report(line: repeated ?? first, path: nil, "the key \(keys) appears more than once in one mapping",
                   fix: "keep one; the first is on line \(first)")
        default:
            report(line: nil, path: nil, "the YAML cannot be read: \(yamlError)")
        }
    }

    /// The line (1-based) where `key`, first written at line `first`, column `column` (1-based), is
    /// written again in the same mapping: Yams marks only the first, and the repeat is the line to change.
    /// Nil when the repeat is not a block-style key at the start of its own line (`{a: 1, a: 2}`).
    static func lineRepeating(key: String, firstOn first: Int, column: Int, in yaml: String) -> Int? {
        let all = lines(yaml)
        guard first >= 1, first < all.count, column >= 1 else { return nil }
        for number in (first + 1)...all.count {
            let line = all[number - 1]
            guard let start = line.firstIndex(where: { $0 != " " }), line[start] != "#" else { continue }
            let at = line.distance(from: line.startIndex, to: start) + 1
            if at < column { return nil }
            guard at == column else { continue }
            var rest = line[start...]
            if let quote = rest.first, quote == "\"" || quote == "'", rest.dropFirst().hasPrefix(key + String(quote)) {
                rest = rest.dropFirst(key.count + 2)
            } else if rest.hasPrefix(key) {
                rest = rest.dropFirst(key.count)
            } else {
                continue
            }
            if rest.drop(while: { $0 == " " }).hasPrefix(":") { return number }
        }
        return nil
    }

    /// The lines of `text`, ended by LF, CRLF or CR, as libyaml counts them.
    private static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    private static func line(_ yaml: String, _ number: Int) -> Substring {
        let lines = Self.lines(yaml)
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
