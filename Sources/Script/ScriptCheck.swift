import Flows
import Telephony

/// What `termccp check` reports for a script, as `file:line:column: message — fix`: syntax errors,
/// names the scenario does not know, expectations that can never hold (ExpectationReach, the same judgement
/// as a lesson's goals get), and lines the engine would refuse for their form alone (digits that are not
/// digits, numbers that are not phone numbers) unless the next line expects that refusal.
public enum ScriptCheck {
    /// Without an engine (its scenario did not load) the names are not checked.
    public static func problems(in text: String, file: String, engine: Engine?) -> [Problem] {
        let (lines, errors) = ScriptParser.parse(text)
        var problems = errors.map { Problem(file: file, line: $0.line, column: $0.column, message: $0.message) }
        let physical = ScriptParser.physicalLines(text)
        func reach(_ e: Expectation, line: Int, raw: String, consequence: String) -> [Problem] {
            ExpectationReach.findings(e, engine: engine, consequence: consequence).map {
                Problem(file: file, line: line, column: column(of: $0.word, in: raw), message: $0.message, fix: $0.fix)
            }
        }
        for (i, line) in lines.enumerated() {
            let raw = line.number - 1 < physical.count ? String(physical[line.number - 1]) : line.text
            if let engine, let name = ScriptNames.unknownAgent(in: line.statement, engine: engine) {
                problems.append(Problem(file: file, line: line.number, column: column(of: name, in: raw),
                                        message: "no agent named \"\(ScriptText.short(name))\"",
                                        fix: "agents: \(engine.agentUsernames.joined(separator: ", "))"))
            } else if case .expect(let e) = line.statement {
                problems += reach(e, line: line.number, raw: raw, consequence: "this expectation can never hold")
            } else if case .waitUntil(let e, _) = line.statement {
                problems += reach(e, line: line.number, raw: raw, consequence: "this wait always runs to its limit")
            }
            let refusalExpected = i + 1 < lines.count && { if case .expectRefused = lines[i + 1].statement { return true }; return false }()
            if !refusalExpected, let (word, reason) = formRefusal(line.statement) {
                problems.append(Problem(file: file, line: line.number, column: column(of: word, in: raw),
                                        message: "this line would be refused when it runs: \(reason)",
                                        fix: "fix it, or follow it with `expect refused` if the refusal is what it tests"))
            }
        }
        return problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    static let digitHint = "Digits are 0–9, * and #."

    /// The word at fault and the engine's reason, for a statement refused whatever the state.
    public static func formRefusal(_ statement: Statement) -> (String, String)? {
        func digits(_ d: String) -> (String, String)? {
            !d.isEmpty && d.allSatisfy({ "0123456789*#".contains($0) }) ? nil : (d, digitHint)
        }
        func phone(_ n: String) -> (String, String)? {
            Engine.isDiallable(n) ? nil : (n, "\"\(ScriptText.short(n))\" is not a phone number: use E.164, like +15555550123.")
        }
        switch statement {
        case .agent(_, .sendDigits(let d)): return digits(d)
        case .world(.customerPresses(let n, let d)): return n.flatMap(phone) ?? digits(d)
        case .agent(_, .dial(let n)), .world(.externalAnswers(let n)), .world(.externalHangsUp(let n)),
             .world(.externalSays(let n, _)):
            return phone(n)
        case .world(.customerSays(let n?, _)), .world(.customerHangsUp(let n?)): return phone(n)
        case .world(.call(let from, let to)): return phone(from) ?? phone(to)
        default: return nil
        }
    }

    /// 1-based column where `word` first starts in the line, else where the line's text starts.
    static func column(of word: String, in line: String) -> Int {
        if let tokens = try? Tokenizer.tokens(line), let t = tokens.first(where: { $0.text == word || $0.text == word + ":" }) {
            return t.column
        }
        return (line.prefix { $0 == " " || $0 == "\t" }.count) + 1
    }
}
