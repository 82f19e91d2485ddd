import Script

/// One step of a demo, in file order: a caption, or a line of the command language.
public enum DemoStep: Sendable, Equatable {
    /// A run of whole-line comments with no other line between them, joined into one caption;
    /// `line` is the first comment's line number.
    case caption(String, line: Int)
    case line(ScriptLine)
}

/// A command-language script as `termccp demo` plays it: its lines, with its comments kept as captions.
public struct DemoScript: Sendable, Equatable {
    public var steps: [DemoStep]

    public init(steps: [DemoStep]) { self.steps = steps }

    /// Parses as `termccp script` does (the same lines and the same errors), then puts each run of
    /// comment lines in its place as a caption. A run of bare `#` lines makes no caption, and neither does a
    /// first line `# scenario: PATH`: it names the walkthrough's scenario for the test suite (README, The command
    /// language), which the presenter gives on the command line; the audience should not read it.
    public static func parse(_ text: String) -> (script: DemoScript, errors: [ScriptParser.ParseError]) {
        let (lines, errors) = ScriptParser.parse(text)
        var captions: [(line: Int, text: String)] = []
        var lastLine = -1
        for comment in ScriptParser.comments(text) {
            if comment.line == 1, comment.text.lowercased().hasPrefix("scenario:") { continue }
            if comment.line == lastLine + 1, !captions.isEmpty {
                let joined = [captions[captions.count - 1].text, comment.text].filter { !$0.isEmpty }
                captions[captions.count - 1].text = joined.joined(separator: " ")
            } else {
                captions.append((comment.line, comment.text))
            }
            lastLine = comment.line
        }
        var steps: [DemoStep] = []
        var pending = captions.filter { !$0.text.isEmpty }[...]
        for line in lines {
            while let caption = pending.first, caption.line < line.number {
                steps.append(.caption(caption.text, line: caption.line))
                pending = pending.dropFirst()
            }
            steps.append(.line(line))
        }
        steps += pending.map { .caption($0.text, line: $0.line) }
        return (DemoScript(steps: steps), errors)
    }

    /// The command-language lines alone, as `termccp script` runs them.
    public var lines: [ScriptLine] {
        steps.compactMap { if case .line(let l) = $0 { return l } else { return nil } }
    }
}

extension DemoScript {
    /// The agents the story is about, in the order it first names them: those it acts as or
    /// through (`as`, `name:`, `manual`, and `first` for verbs before any `as`) and those its
    /// expectations look at. Names as written; the caller resolves them against the scenario.
    public func agentsNamed(actingFirstAs first: String?) -> [String] {
        var current = first
        var names: [String] = []
        func add(_ name: String?) {
            guard let name, !names.contains(where: { $0.lowercased() == name.lowercased() }) else { return }
            names.append(name)
        }
        for line in lines {
            switch line.statement {
            case .actAs(let name):
                current = name
                add(name)
            case .agent(let name, let command):
                add(name ?? current)
                if case .monitor(let target?) = command { add(target) }
            case .world(.takeControl(let name)): add(name)
            case .expect(let e), .waitUntil(let e, _): Self.agents(in: e, current: current).forEach(add)
            default: break
            }
        }
        return names
    }

    /// The agents an expectation looks at; one without a name looks at the current agent.
    private static func agents(in e: Expectation, current: String?) -> [String?] {
        func listener(_ l: Expectation.Listener) -> String? {
            switch l {
            case .agent(let name): return name
            case .currentAgent: return current
            case .customer, .number: return nil
            }
        }
        switch e {
        case .banner(let a, _), .noContact(let a), .status(let a, _), .nextStatus(let a, _), .party(let a, _, _),
             .control(let a, _, _, _):
            return [a ?? current]
        case .heard(let l, _, _, _, _): return [listener(l)]
        case .hears(let a, let b, _): return [listener(a), listener(b)]
        case .caller, .record, .recordCount: return []
        }
    }
}
