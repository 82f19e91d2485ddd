import Flows
import Foundation
import Scenario
import Script
import Telephony
import TextFit
import Yams

/// Reads a lesson file (YAML, docs/lesson-format.md). Every problem is collected with its line and
/// key path before anything is thrown, so `termccp check` and `termccp learn` show all there is to fix.
public enum LessonLoader {
    public static let topKeys = ["title", "story", "scenario", "agent", "supervisor", "timeLimit", "targets", "bots", "world", "goals",
                                 "forbidden"]

    /// A YAML file is a lesson when its top-level keys are lesson keys only (YAMLKind).
    public static func isLesson(yaml: String) -> Bool {
        YAMLKind.of(yaml: yaml) == .lesson
    }

    /// Every problem of a lesson file at once, as `termccp check` prints them: its own (shape, keys, lines of
    /// the command language), its scenario's, and the lesson's against that scenario (unknown names, goals
    /// that can never be met, world lines the engine would refuse), so that fixing one never reveals the next.
    /// `termccp learn` refuses a lesson with exactly these problems (`load`).
    public static func problems(file path: String) -> [Problem] {
        switch TextFile.read(path) {
        case .success(let text):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            return validate(yaml: text, source: path, baseDirectory: folder).problems
        case .failure(let failure):
            return [failure.problem(file: path)]
        }
    }

    /// The lesson in the file, or every problem `problems(file:)` gives for it; the problems name `path`
    /// as given, and a file that cannot be read says why.
    public static func load(file path: String) throws(ProblemsError) -> Lesson {
        try checked(file: path).lesson
    }

    /// The lesson in the file with the engine its validation built, ready to start
    /// (`LessonSetup.start(_:)`); every problem `problems(file:)` gives for it otherwise.
    public static func checked(file path: String) throws(ProblemsError) -> CheckedLesson {
        switch TextFile.read(path) {
        case .success(let text):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            return try checked(yaml: text, source: path, baseDirectory: folder)
        case .failure(let failure):
            throw ProblemsError([failure.problem(file: path)])
        }
    }

    /// `source` names the file in messages; a scenario path resolves against `baseDirectory`. Throws every
    /// problem `validate` finds when one of them is an error (warnings alone do not stop a lesson).
    public static func load(yaml: String, source: String, baseDirectory: String) throws(ProblemsError) -> Lesson {
        try checked(yaml: yaml, source: source, baseDirectory: baseDirectory).lesson
    }

    /// As `load(yaml:…)`, with the engine the validation built: `termccp learn` starts that one, so a
    /// lesson's scenario is read and its engine built once, and what runs is what was checked.
    public static func checked(yaml: String, source: String, baseDirectory: String) throws(ProblemsError) -> CheckedLesson {
        let (lesson, engine, problems) = validated(yaml: yaml, source: source, baseDirectory: baseDirectory)
        guard let lesson, let engine, !problems.contains(where: \.isError) else { throw ProblemsError(problems) }
        return CheckedLesson(lesson: lesson, engine: engine)
    }

    /// The one validation path of a lesson's text: its own problems, then the lesson against its scenario
    /// (LessonSetup.checked), in line order. The lesson is nil when it could not be read at all.
    public static func validate(yaml: String, source: String, baseDirectory: String) -> (lesson: Lesson?, problems: [Problem]) {
        let (lesson, _, problems) = validated(yaml: yaml, source: source, baseDirectory: baseDirectory)
        return (lesson, problems)
    }

    /// `validate`, keeping the engine built on the way (nil when the lesson or its scenario could not be read).
    private static func validated(yaml: String, source: String, baseDirectory: String)
        -> (lesson: Lesson?, engine: Engine?, problems: [Problem]) {
        let (lesson, own) = read(yaml: yaml, source: source, baseDirectory: baseDirectory)
        guard let lesson else { return (nil, nil, own) }
        // A scenario the reader already found missing or unknown would only be reported again; what needs
        // no scenario is still checked.
        if own.contains(where: { $0.location == "scenario" }) {
            return (lesson, nil, ordered(own + LessonCheck.problems(lesson, engine: nil)))
        }
        let (engine, problems) = LessonSetup.checked(lesson)
        return (lesson, engine, ordered(own + problems))
    }

    /// The lesson as far as it could be read (nil when its title, story or shape is missing), and every
    /// problem of its own in line order.
    static func read(yaml: String, source: String, baseDirectory: String) -> (Lesson?, [Problem]) {
        var reader = LessonReader(file: source, baseDirectory: baseDirectory)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (nil, [reader.syntaxProblem(error, yaml: yaml)])
        }
        guard let root, case .mapping = root else {
            let message = root.map { "expected a mapping of the lesson's keys, found \(reader.found($0))" } ?? "the lesson is empty"
            return (nil, [Problem(file: source, line: root?.mark?.line ?? 1, message: message,
                                  fix: "start with `title:`, `story:` and `goals:` (see docs/lesson-format.md)")])
        }
        let lesson = reader.read(root)
        return (lesson, ordered(reader.problems))
    }

    private static func ordered(_ problems: [Problem]) -> [Problem] {
        problems.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
    }
}

/// One read of a lesson file: the problems found so far.
struct LessonReader {
    let file: String
    let baseDirectory: String
    var problems: [Problem] = []

    init(file: String, baseDirectory: String) {
        self.file = file
        self.baseDirectory = baseDirectory
    }

    func syntaxProblem(_ error: any Error, yaml: String) -> Problem {
        if let unclosed = UnclosedQuote.problem(error, file: file) { return unclosed }
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                // libyaml places a problem found at the end of the text on the line after the last one.
                var all = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                if all.last?.isEmpty == true { all.removeLast() }
                let lines = all.count
                return Problem(file: file, line: min(mark.line, max(1, lines)), message: "YAML syntax: \(problem)",
                               fix: "check the indentation and quote text that holds `: ` or starts with a special character")
            case .duplicatedKeysInMapping(let duplicates, let context):
                return Problem(file: file, line: context.mark.line,
                               message: "the key \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) appears more than once in one mapping",
                               fix: "keep one")
            default: break
            }
        }
        return Problem(file: file, line: 1, message: "the YAML cannot be read: \(error)")
    }

    mutating func report(_ node: Node?, _ path: String, _ message: String, fix: String? = nil) {
        problems.append(Problem(file: file, line: node?.mark?.line ?? 1, location: path.isEmpty ? nil : path,
                                message: message, fix: fix))
    }

    /// The mapping's entries in file order, unknown keys reported.
    mutating func fields(_ node: Node, _ path: String, allowed: [String]) -> [String: Node]? {
        guard let mapping = node.mapping else {
            report(node, path, "expected a mapping of \(allowed.map { "`\($0)`" }.joined(separator: ", ")), found \(found(node))")
            return nil
        }
        var out: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                report(key, path, "expected a key as text, found \(found(key))")
                continue
            }
            guard allowed.contains(name) else {
                let at = path.isEmpty ? name : "\(path).\(name)"
                if let home = LessonKeys.home(of: name, notIn: allowed) {
                    report(key, at, "`\(name)` is a key of \(home), not of \(LessonKeys.place(allowed))",
                           fix: "move it to \(home)")
                } else {
                    report(key, at, "unknown key `\(name)`", fix: NameSuggestion.fix(for: name, among: allowed, known: "keys"))
                }
                continue
            }
            out[name] = value
        }
        return out
    }

    /// `expected` says what the key takes ("one expectation"), `fix` how to write it, for a value of another shape.
    mutating func text(_ node: Node?, _ path: String, expected: String = "text", fix: String? = nil) -> String? {
        guard let node else { return nil }
        guard let s = node.scalar?.string else {
            report(node, path, "expected \(expected), found \(found(node))", fix: fix)
            return nil
        }
        return refusesControl(s, line: node.mark?.line ?? 1, path) ? nil : s
    }

    /// Reports a control character in `s`; true when there is one. libyaml refuses raw control characters
    /// but writes them from a quoted escape ("\u001b[2J"): printed in the result, a report's CSV or `check`'s
    /// own message quoting the text, a terminal would carry them out (clear it, recolour it).
    mutating func refusesControl(_ s: String, line: Int, _ path: String) -> Bool {
        guard let c = s.unicodeScalars.first(where: Self.isControl) else { return false }
        let code = String(c.value, radix: 16, uppercase: true)
        problems.append(Problem(file: file, line: line, location: path,
                                message: "the text holds the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)",
                                fix: "remove the escape (`\\e`, `\\u001b`, `\\a`…); write a line break as a new line of a `|` block"))
        return true
    }

    /// A C0 or C1 control character, or DEL, but a line break or a tab, which text may hold.
    static func isControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\n" && c != "\t") || (0x7F...0x9F).contains(c.value)
    }

    /// What a value is, for a message that says what was found where something else was expected.
    func found(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? "nothing" : "\"\(ScriptLimits.short(scalar.string, limit: 40))\""
        case .sequence(let items):
            return "a list of \(items.count) item\(items.count == 1 ? "" : "s")"
        case .mapping(let mapping):
            let keys = mapping.keys.compactMap(\.string).prefix(3).map { "`\($0)`" }.joined(separator: ", ")
            return keys.isEmpty ? "a mapping" : "a mapping (\(keys))"
        case .alias:
            return "an alias"
        }
    }

    /// `true` or `false`.
    mutating func flag(_ node: Node, _ path: String) -> Bool? {
        if let b = node.bool, node.scalar != nil { return b }
        report(node, path, "expected `true` or `false`, found \(found(node))", fix: "write `\(path.split(separator: ".").last ?? ""): true`")
        return nil
    }

    /// Text or a list of text; a literal block (`do: |`) is one text a line, each at its own line.
    mutating func texts(_ node: Node, _ path: String) -> [(String, Int)]? {
        if let scalar = node.scalar {
            let line = node.mark?.line ?? 1
            guard scalar.style == .literal else {
                return refusesControl(scalar.string, line: line, path) ? nil : [(scalar.string, line)]
            }
            // The block's text starts on the line after its `|`.
            let lines = scalar.string.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty }
                .map { (String($0.element), line + 1 + $0.offset) }
            if lines.isEmpty { report(node, path, "the block is empty") }
            return lines.filter { !refusesControl($0.0, line: $0.1, path) }
        }
        guard let items = node.sequence else {
            report(node, path, "expected text or a list of text, found \(found(node))")
            return nil
        }
        var out: [(String, Int)] = []
        for (i, item) in items.enumerated() {
            guard let s = item.scalar?.string else {
                report(item, "\(path)[\(i)]", "expected text, found \(found(item))")
                continue
            }
            if !refusesControl(s, line: item.mark?.line ?? 1, "\(path)[\(i)]") { out.append((s, item.mark?.line ?? 1)) }
        }
        // An empty list, not a list whose items were all reported already (nor one after a problem elsewhere).
        if items.isEmpty { report(node, path, "the list is empty") }
        return out
    }

    /// A duration as the command language writes it (`5s`, `1m30s`, `500ms`), read within `range` as
    /// every duration in files is (DurationReader): one out of it (negative, too large, NaN) names the range.
    mutating func duration(_ node: Node?, _ path: String, in range: DurationRange, otherwise: String? = nil) -> Millis? {
        guard let node, let word = text(node, path, expected: "a duration", fix: "write a duration \(range.description), like 30s, 2m or 1m30s")
        else { return nil }
        switch DurationReader.read(word, in: range) {
        case .value(let ms):
            return ms
        case .outOfRange:
            report(node, path, "\(ScriptLimits.short(word)) is out of range: it must be \(range.description)",
                   fix: "write a duration \(range.description), like 30s, 2m or 1m30s")
        case .notADuration:
            report(node, path, "\"\(ScriptLimits.short(word))\" is not a duration",
                   fix: "write a duration \(range.description), like 30s, 2m or 1m30s" + (otherwise.map { "; \($0)" } ?? ""))
        }
        return nil
    }

    /// One expectation, written with or without the leading `expect`.
    mutating func expectation(_ text: String, line: Int, _ path: String) -> Expectation? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lineText = trimmed.lowercased().hasPrefix("expect ") ? trimmed : "expect \(trimmed)"
        func refuse(_ message: String, _ fix: String) {
            problems.append(Problem(file: file, line: line, location: path, message: message, fix: fix))
        }
        // `since MARK` would otherwise be read as part of a status, banner or party state and reported as an
        // unknown one; a quoted text ending in "since …" is the text itself.
        let words = trimmed.split(whereSeparator: \.isWhitespace)
        if words.count >= 3, words[words.count - 2].lowercased() == "since", !words.suffix(2).joined().contains(where: { "\"'".contains($0) }) {
            refuse("`since \(ScriptLimits.short(String(words[words.count - 1])))` in \"\(ScriptLimits.short(text))\": `since` counts from a mark, and lessons set none",
                   "drop `since …`: a goal is checked from the moment it becomes the current one")
            return nil
        }
        if let event = EventName(rawValue: trimmed) {
            refuse("\"\(event.rawValue)\" is an engine event, not an expectation",
                   "a forbidden rule counts an event with `on: \(event.rawValue)`; a check says what must hold, like `banner Missed contact`")
            return nil
        }
        do {
            let statement = try ScriptParser.parseLine(lineText)
            if case .expect(let e) = statement { return e }
            problems.append(Problem(file: file, line: line, location: path, message: "\"\(ScriptLimits.short(text))\" is not an expectation",
                                    fix: "write what must hold, like `banner Connected` or `record 1 Agent.NumberOfHolds >= 1`"))
        } catch {
            if let command = try? ScriptParser.parseLine(trimmed), command.acts {
                refuse("\"\(ScriptLimits.short(text))\" is a command, not an expectation",
                       "a check says what must hold (`banner Connected`); commands the world runs go in `world:` under `do:`")
            } else {
                refuse("\(error.message) in \"\(ScriptLimits.short(text))\"",
                       "goals use the expectation language of scripts (README, The command language)")
            }
        }
        return nil
    }

    /// Lines of the command language; `expect` lines are goals' business, not the world's.
    mutating func commands(_ node: Node, _ path: String) -> [ScriptLine] {
        var out: [ScriptLine] = []
        for (text, line) in texts(node, path) ?? [] {
            do {
                let statement = try ScriptParser.parseLine(text)
                switch statement {
                case .expect, .expectRefused, .waitUntil, .wait:
                    problems.append(Problem(file: file, line: line, location: path,
                                            message: "\"\(ScriptLimits.short(text))\" does not act: the world's steps are commands",
                                            fix: "time them with `at:` or `when:` and put checks in `goals:`"))
                default:
                    out.append(ScriptLine(number: line, text: text, statement: statement))
                }
            } catch {
                if (try? ScriptParser.parseLine("expect \(text)"))?.isCheck == true {
                    problems.append(Problem(file: file, line: line, location: path,
                                            message: "\"\(ScriptLimits.short(text))\" is an expectation, not a command",
                                            fix: "the world's steps act; a step waits for an expectation with `when:`, and goals check them"))
                } else {
                    problems.append(Problem(file: file, line: line, location: path, message: "\(error.message) in \"\(ScriptLimits.short(text))\""))
                }
            }
        }
        return out
    }

    mutating func read(_ root: Node) -> Lesson? {
        guard let top = fields(root, "", allowed: LessonLoader.topKeys) else { return nil }
        let title = require(top, "title", root).flatMap { text($0, "title") }
        let story = require(top, "story", root).flatMap { text($0, "story") }
        var scenario = Lesson.ScenarioSource.builtIn
        if let node = top["scenario"], let name = text(node, "scenario") {
            scenario = scenarioSource(name, node)
        }
        let agent = top["agent"].flatMap { text($0, "agent") }
        let timeLimit = duration(top["timeLimit"], "timeLimit", in: LessonLimits.timeLimit)
        var targets = Lesson.Targets()
        if let node = top["targets"], let t = fields(node, "targets", allowed: LessonKeys.targets) {
            if let v = duration(t["answer"], "targets.answer", in: LessonLimits.target) { targets.answer = v }
            if let v = duration(t["hold"], "targets.hold", in: LessonLimits.target) { targets.hold = v }
            if let v = duration(t["handle"], "targets.handle", in: LessonLimits.target) { targets.handle = v }
        }
        let world = top["world"].map { readWorld($0) } ?? []
        let bots = top["bots"].map { readBots($0) } ?? []
        var goals: [Lesson.Goal] = []
        // Goals not written as a list of mappings are reported once; their ids are then unknown, not missing.
        var goalIdsKnown = true
        if let node = require(top, "goals", root) {
            goals = readGoals(node)
            goalIdsKnown = node.sequence.map { $0.allSatisfy { $0.mapping != nil } } ?? false
        }
        let forbidden = top["forbidden"].map { readForbidden($0, goals: goalIdsKnown ? goals : nil) } ?? []
        guard let title, let story else { return nil }
        var lesson = Lesson(title: title, story: story, scenario: scenario, agent: agent, agentLine: top["agent"]?.mark?.line ?? 1,
                            world: world, bots: bots, goals: goals,
                            forbidden: forbidden, timeLimit: timeLimit, targets: targets, source: file)
        lesson.supervisor = top["supervisor"].flatMap { text($0, "supervisor") }
        lesson.supervisorLine = top["supervisor"]?.mark?.line ?? 1
        lesson.scenarioLine = top["scenario"]?.mark?.line ?? 1
        return lesson
    }

    mutating func scenarioSource(_ name: String, _ node: Node) -> Lesson.ScenarioSource {
        if name == "built-in" || name == "builtin" { return .builtIn }
        if name.hasPrefix("built-in:") {
            let bundled = String(name.dropFirst("built-in:".count))
            if BuiltInLessons.scenario(bundled) == nil {
                report(node, "scenario", "no built-in scenario named \(ScriptLimits.short(bundled))",
                       fix: "built-in scenarios: \(BuiltInLessons.scenarios.keys.sorted().joined(separator: ", "))")
            }
            return .bundled(bundled)
        }
        let path = name.hasPrefix("/") ? name
            : URL(fileURLWithPath: baseDirectory).appendingPathComponent(name).standardizedFileURL.path
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) || isFolder.boolValue {
            report(node, "scenario", "scenario file \(ScriptLimits.short(name)) does not exist",
                   fix: "give a scenario YAML path relative to this lesson, or `built-in`")
        }
        return .file(path)
    }

    mutating func require(_ fields: [String: Node], _ key: String, _ parent: Node) -> Node? {
        if let node = fields[key] { return node }
        report(parent, "", "the lesson has no `\(key):`", fix: key == "goals"
            ? "list what the trainee must achieve, each with `goal:` and `check:`" : "add `\(key):`")
        return nil
    }

    mutating func list(_ node: Node, _ path: String) -> [Node] {
        guard let items = node.sequence else {
            report(node, path, "expected a list, found \(found(node))", fix: "start each item on its own line with `- `")
            return []
        }
        return Array(items)
    }

    mutating func readWorld(_ node: Node) -> [Lesson.WorldStep] {
        var out: [Lesson.WorldStep] = []
        for (i, item) in list(node, "world").enumerated() {
            let path = "world[\(i)]"
            guard let f = fields(item, path, allowed: LessonKeys.world) else { continue }
            var trigger: Lesson.WorldStep.Trigger?
            switch (f["at"], f["when"]) {
            case (let at?, nil):
                trigger = duration(at, "\(path).at", in: LessonLimits.worldAt, otherwise: "a step that waits for a state has `when:`").map { .at($0) }
            case (nil, let when?):
                if let t = text(when, "\(path).when", expected: "one expectation",
                                fix: "a step runs once, at the first moment its one `when:` holds"), let e = expectation(t, line: when.mark?.line ?? 1, "\(path).when") {
                    trigger = .when(e, text: t)
                }
            case (nil, nil):
                report(item, path, "a world step needs `at:` (a time) or `when:` (an expectation)")
            default:
                report(item, path, "a world step has either `at:` or `when:`, not both")
            }
            guard let doNode = f["do"] else {
                report(item, path, "a world step needs `do:`, lines of the command language")
                continue
            }
            let lines = commands(doNode, "\(path).do")
            if let trigger, !lines.isEmpty {
                let triggerLine = (f["at"] ?? f["when"])?.mark?.line ?? item.mark?.line ?? 1
                out.append(Lesson.WorldStep(trigger: trigger, lines: lines, line: item.mark?.line ?? 1, triggerLine: triggerLine, path: path))
            }
        }
        return out
    }

    /// `bots: { maria: { reject: 2s } }`: an agent's answer to offers (`accept: 3s`, `reject: 2s`,
    /// `miss: true`) and optionally its `greeting`.
    mutating func readBots(_ node: Node) -> [Lesson.BotOverride] {
        guard let mapping = node.mapping else {
            report(node, "bots", "expected a mapping of agent names to `{ accept: 3s }`, `{ reject: 2s }` or `{ miss: true }`, found \(found(node))")
            return []
        }
        var out: [Lesson.BotOverride] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                report(key, "bots", "expected an agent's name as the key, found \(found(key))", fix: "write `bots: { maria: { reject: 2s } }`")
                continue
            }
            let path = "bots.\(name)"
            guard let f = fields(value, path, allowed: LessonKeys.bot) else { continue }
            let answers = ["accept", "reject", "miss"].filter { f[$0] != nil }
            guard answers.count == 1 else {
                report(value, path, answers.isEmpty ? "say how \(name) answers offers: `accept: 3s`, `reject: 2s` or `miss: true`"
                       : "a bot either accepts, rejects or misses an offer, not \(answers.joined(separator: " and "))")
                continue
            }
            var offer: BotBehaviour.Offer?
            if let d = duration(f["accept"], "\(path).accept", in: ScenarioLimits.botOfferResponse) { offer = .accept(after: d) }
            if let d = duration(f["reject"], "\(path).reject", in: ScenarioLimits.botOfferResponse) { offer = .reject(after: d) }
            if let m = f["miss"] {
                if m.bool == true { offer = .miss } else {
                    report(m, "\(path).miss", "expected `true`, found \(found(m))", fix: "write `miss: true`, or `accept:`/`reject:` with a duration")
                }
            }
            let greeting = f["greeting"].flatMap { text($0, "\(path).greeting") }
            if let offer { out.append(Lesson.BotOverride(agent: name, offer: offer, greeting: greeting, line: key.mark?.line ?? 1)) }
        }
        return out
    }

    mutating func readGoals(_ node: Node) -> [Lesson.Goal] {
        var out: [Lesson.Goal] = []
        let items = list(node, "goals")
        if items.isEmpty, node.sequence != nil { report(node, "goals", "the lesson has no goals", fix: "list at least one goal") }
        var ids: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            let path = "goals[\(i)]"
            guard let f = fields(item, path, allowed: LessonKeys.goal) else { continue }
            let line = item.mark?.line ?? 1
            let title = f["goal"].flatMap { text($0, "\(path).goal") }
            if f["goal"] == nil { report(item, path, "a goal needs `goal:`, what the trainee reads") }
            let id = f["id"].flatMap { text($0, "\(path).id") } ?? String(i + 1)
            if let other = ids.updateValue(line, forKey: id.lowercased()) {
                report(f["id"] ?? item, "\(path).id", "two goals have the id \(id) (the other at line \(other))", fix: "give each goal its own id")
            }
            var checks: [Expectation] = []
            var written: [String] = []
            var lines: [Int] = []
            if let c = f["check"] {
                for (t, l) in texts(c, "\(path).check") ?? [] {
                    if let e = expectation(t, line: l, "\(path).check") {
                        checks.append(e)
                        written.append(t)
                        lines.append(l)
                    }
                }
            } else {
                report(item, path, "a goal needs `check:`, an expectation that holds once it is met", fix: "for example `check: banner Connected`")
            }
            let hint = f["hint"].flatMap { text($0, "\(path).hint") }
            let hintAfter = duration(f["hintAfter"], "\(path).hintAfter", in: LessonLimits.hintAfter)
            if hintAfter != nil, hint == nil { report(f["hintAfter"], "\(path).hintAfter", "`hintAfter:` without a `hint:`", fix: "add the hint's text") }
            let asksForMiss = f["asksForMiss"].flatMap { flag($0, "\(path).asksForMiss") } ?? false
            if let title, !checks.isEmpty {
                var goal = Lesson.Goal(title: title, id: id, checks: checks, checkText: written, checkLines: lines, hint: hint,
                                       hintAfter: hintAfter, line: line, path: path)
                goal.asksForMiss = asksForMiss
                out.append(goal)
            }
        }
        return out
    }

    /// `goals` nil: the goals could not be read for their shape, so `from:` and `until:` are not judged.
    mutating func readForbidden(_ node: Node, goals: [Lesson.Goal]?) -> [Lesson.Forbidden] {
        var out: [Lesson.Forbidden] = []
        let ids = goals?.map(\.id)
        for (i, item) in list(node, "forbidden").enumerated() {
            let path = "forbidden[\(i)]"
            guard let f = fields(item, path, allowed: LessonKeys.forbidden) else { continue }
            let title = f["event"].flatMap { text($0, "\(path).event") }
            if f["event"] == nil { report(item, path, "a forbidden event needs `event:`, what the trainee reads when it happens") }
            var condition: Lesson.Forbidden.Condition?
            switch (f["check"], f["on"]) {
            case (let c?, nil):
                if let t = text(c, "\(path).check", expected: "one expectation as text",
                                fix: "a forbidden rule has one check: write a rule under `forbidden:` for each"), let e = expectation(t, line: c.mark?.line ?? 1, "\(path).check") {
                    condition = .check(e, text: t)
                }
            case (nil, let on?):
                if let t = text(on, "\(path).on", expected: "one engine event type", fix: "write a rule under `forbidden:` for each event") {
                    if let name = EventName(rawValue: t) {
                        condition = .event(name)
                    } else if (try? ScriptParser.parseLine("expect \(t)"))?.isCheck == true, t.contains(" ") {
                        report(on, "\(path).on", "expected an engine event type, found the expectation \"\(ScriptLimits.short(t))\"",
                               fix: "an expectation goes in `check:`; `on:` takes an event type as `--events` writes it, like contact.missed")
                    } else {
                        report(on, "\(path).on", "unknown engine event \"\(ScriptLimits.short(t))\"",
                               fix: NameSuggestion.fix(for: t, among: EventName.allCases.map(\.rawValue), known: "events"))
                    }
                }
            case (nil, nil):
                report(item, path, "a forbidden event needs `check:` (an expectation) or `on:` (an engine event type)")
            default:
                report(item, path, "a forbidden event has either `check:` or `on:`, not both")
            }
            var window: [String: String] = [:]
            for key in ["from", "until"] {
                guard let n = f[key], let t = text(n, "\(path).\(key)") else { continue }
                guard let ids else {
                    window[key] = t
                    continue
                }
                guard let match = ids.first(where: { $0.lowercased() == t.lowercased() }) else {
                    if let goal = goals?.first(where: { $0.title.lowercased() == t.lowercased() }) {
                        report(n, "\(path).\(key)", "expected a goal id, found the text of the goal with the id \(goal.id)",
                               fix: "write `\(key): \(goal.id)`")
                    } else {
                        report(n, "\(path).\(key)", "no goal has the id \(ScriptLimits.short(t))",
                               fix: NameSuggestion.fix(for: t, among: ids, known: "goal ids"))
                    }
                    continue
                }
                window[key] = match
            }
            if let title, let condition {
                out.append(Lesson.Forbidden(title: title, condition: condition, from: window["from"], until: window["until"],
                                            line: item.mark?.line ?? 1,
                                            conditionLine: (f["check"] ?? f["on"])?.mark?.line ?? item.mark?.line ?? 1, path: path))
            }
        }
        return out
    }
}

extension Statement {
    /// An expectation, read where a command or an event was written, to say what it is.
    fileprivate var isCheck: Bool {
        if case .expect = self { return true }
        return false
    }

    /// A command that does something (what a world step runs), read where a check was written.
    fileprivate var acts: Bool {
        switch self {
        case .expect, .expectRefused, .waitUntil, .wait, .pause, .mark: return false
        default: return true
        }
    }
}

/// Where each key of a lesson file belongs, so a key written in the wrong place is named as such
/// instead of as unknown.
enum LessonKeys {
    static let places: [(name: String, keys: [String])] = [
        ("the lesson's top level", LessonLoader.topKeys),
        ("a goal (`goals:` item)", goal),
        ("a world step (`world:` item)", world),
        ("a forbidden rule (`forbidden:` item)", forbidden),
        ("`targets:`", targets),
        ("a bot's answer (`bots: NAME:`)", bot),
    ]
    static let goal = ["goal", "id", "check", "hint", "hintAfter", "asksForMiss"]
    static let world = ["at", "when", "do"]
    static let forbidden = ["event", "check", "on", "from", "until"]
    static let targets = ["answer", "hold", "handle"]
    static let bot = ["accept", "reject", "miss", "greeting"]

    static func place(_ keys: [String]) -> String {
        places.first { $0.keys == keys }?.name ?? "this mapping"
    }

    /// The place `key` belongs to when it is not one of `keys`; the first, when several have it.
    static func home(of key: String, notIn keys: [String]) -> String? {
        places.first { $0.keys != keys && $0.keys.contains(key) }?.name
    }
}

/// The durations a lesson key accepts (docs/lesson-format.md), as scripts' `wait`: up to a day of
/// virtual time; `bots:` answers take the scenario's bot range (ScenarioLimits.botOfferResponse).
enum LessonLimits {
    /// A lesson shorter than a second could not be played.
    static let timeLimit = DurationRange.upToADay(from: 1000)
    /// `targets:` answer, hold and handle: at least a second, since the score divides by them.
    static let target = DurationRange.upToADay(from: 1000)
    /// `world[].at`, lesson time.
    static let worldAt = DurationRange.upToADay()
    /// `goals[].hintAfter`.
    static let hintAfter = DurationRange.upToADay()
}

/// Text cut to a readable length for messages, after a whole word (`WordWrap.short`).
enum ScriptLimits {
    static func short(_ text: String, limit: Int = 60) -> String {
        WordWrap.short(text, limit: limit + 1)
    }
}
