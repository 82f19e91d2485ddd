import Foundation
import Scenario
import Telephony

/// Parses the command language: one command a line (LF, CRLF or CR endings). The same words run in
/// script files and on the CCP's `:` line (README, "The command language").
public enum ScriptParser {
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        /// 1-based column of the word at fault (of the line's first word when no one word is).
        public var column: Int
        public var message: String
        public var description: String { "line \(line):\(column): \(message)" }
    }

    /// Every line of a script; all syntax errors are collected before anything runs.
    public static func parse(_ text: String) -> (lines: [ScriptLine], errors: [ParseError]) {
        var lines: [ScriptLine] = []
        var errors: [ParseError] = []
        var marks: Set<String> = []
        for (i, raw) in physicalLines(text).enumerated() {
            let indent = raw.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            let line = String(Tokenizer.trimmed(raw))
            if stripComment(line).isEmpty { continue }
            do {
                let statement = try parseLine(line)
                if case .mark(let name) = statement {
                    marks.insert(name.lowercased())
                    // Each mark keeps a count per line heard; a bound on names bounds that memory.
                    guard marks.count <= ScriptNumbers.mostMarks else {
                        errors.append(ParseError(line: i + 1, column: indent + 6,
                                                 message: "a script has at most \(ScriptNumbers.mostMarks) mark names; reuse one (a mark moves when set again)"))
                        continue
                    }
                }
                if let since = statement.markUsed, !marks.contains(since.lowercased()) {
                    let column = (try? Tokenizer.tokens(line))?.last(where: { $0.text == since })?.column ?? 1
                    errors.append(ParseError(line: i + 1, column: indent + column,
                                             message: "no `mark \(since)` before this line; `since` counts from a mark"))
                    continue
                }
                lines.append(ScriptLine(number: i + 1, text: line, statement: statement))
            } catch {
                errors.append(ParseError(line: i + 1, column: indent + (error.column ?? 1), message: error.message))
            }
        }
        return (lines, errors)
    }

    /// The file's lines, whichever ending each has: LF, CRLF or a lone CR; a leading byte order mark is dropped.
    static func physicalLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = Array(text.utf8), utf8 = text.utf8
        func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        // A byte order mark (EF BB BF), as Windows editors write, is not part of the first command.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            guard b == newline || b == cr else { i += 1; continue }
            lines.append(text[at(start)..<at(i)])
            i += 1
            if b == cr, i < bytes.count, bytes[i] == newline { i += 1 }
            start = i
        }
        lines.append(text[at(start)...])
        return lines
    }

    public struct Failure: Error, Sendable {
        public var message: String
        /// The word the message is about, to point at its column.
        var word: String?
        var column: Int?

        init(message: String, word: String? = nil, column: Int? = nil) {
            self.message = message
            self.word = word
            self.column = column
        }

        /// The column of the word at fault among the line's words, else of the first word.
        func located(in tokens: [Tokenizer.Token]) -> Failure {
            var f = self
            if f.column == nil {
                f.column = word.flatMap { w in tokens.first { $0.text == w }?.column } ?? tokens.first?.column ?? 1
            }
            return f
        }
    }

    /// A comment starts at a `#` that begins the line, or at a `#` outside quotes with whitespace
    /// on both sides. So `# note`, `dtmf 1#  # note` and `expect banner Connected # note` have
    /// comments, while `customer presses #`, `dtmf #1` and `dtmf 1#` keep their `#` as a digit.
    static func stripComment(_ line: String) -> String {
        let bytes = Array(line.utf8)
        let hash = UInt8(ascii: "#"), quote = UInt8(ascii: "\"")
        func blank(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        if bytes.first(where: { !blank($0) }) == hash { return "" }
        var quoted = false
        for i in bytes.indices {
            if bytes[i] == quote { quoted.toggle() }
            if bytes[i] == hash, !quoted, i > 0, blank(bytes[i - 1]), i + 1 < bytes.count, blank(bytes[i + 1]) {
                return String(Tokenizer.trimmed(line[..<line.utf8.index(line.utf8.startIndex, offsetBy: i)]))
            }
        }
        return line
    }

    /// One line, tokenised once: a `name:` prefix is a word, not a nested line, so parsing stays
    /// linear in the line whatever it holds.
    public static func parseLine(_ text: String) throws(Failure) -> Statement {
        let line = stripComment(text)
        let tokens: [Tokenizer.Token]
        do { tokens = try Tokenizer.tokens(line) } catch { throw Failure(message: error.message, column: error.column) }
        do { return try parse(line, tokens) } catch { throw error.located(in: tokens) }
    }

    private static func parse(_ line: String, _ all: [Tokenizer.Token]) throws(Failure) -> Statement {
        var tokens = all
        guard let first = tokens.first else { throw Failure(message: "empty command") }
        if first.text.hasSuffix(":"), first.text.count > 1, !first.quoted {
            let name = String(first.text.dropLast())
            tokens.removeFirst()
            guard let verb = tokens.first else { throw Failure(message: "\(ScriptText.short(first.text)) needs an agent verb after it, like `maria: accept`") }
            if verb.text.hasSuffix(":"), !verb.quoted {
                throw Failure(message: "one `name:` prefix a line; this line has another, \(ScriptText.short(verb.text))", column: verb.column)
            }
            let words = tokens.map(\.text)
            guard !nonAgentVerbs.contains(verb.text.lowercased()) else {
                throw Failure(message: "only agent verbs take a `name:` prefix; \"\(verb.text)\" is not one", column: verb.column)
            }
            return .agent(name, try parseAgentVerb(words) { Tokenizer.rest(of: line, tokens, from: $0) })
        }
        let words = tokens.map(\.text)
        let rest = { (index: Int) in Tokenizer.rest(of: line, tokens, from: index) }
        switch first.text.lowercased() {
        case "as":
            guard words.count == 2 else { throw Failure(message: "as takes one agent name, like `as maria`") }
            return .actAs(words[1])
        case "manual":
            guard words.count == 2 else { throw Failure(message: "manual takes one agent name, like `manual maria`") }
            return .world(.takeControl(agent: words[1]))
        case "mark":
            guard words.count == 2, !words[1].isEmpty else { throw Failure(message: "mark takes one name, like `mark transfer`") }
            return .mark(words[1])
        case "wait": return try parseWait(words)
        case "pause":
            guard words.count == 1 else { throw Failure(message: "pause takes no arguments; a caption goes on a `#` line before it", word: words[1]) }
            return .pause
        case "call": return try parseCall(words)
        case "customer", "caller": return try parseCustomer(words, rest)
        case "external": return try parseExternal(words, rest)
        case "expect": return try parseExpect(Array(words.dropFirst()))
        default: return .agent(nil, try parseAgentVerb(words, rest))
        }
    }

    static let nonAgentVerbs: Set<String> = ["as", "manual", "mark", "wait", "pause", "call", "customer", "caller", "external", "expect"]

    static let agentVerbs = ["status", "accept", "reject", "quick-connect", "qc", "dial", "dtmf", "hold", "resume",
                             "swap", "join", "leave", "end", "hangup", "clear", "mute", "unmute", "say", "monitor", "barge"]

    static func parseAgentVerb(_ words: [String], _ rest: (Int) -> String) throws(Failure) -> AgentCommand {
        let verb = words[0].lowercased()
        let text = rest(1)
        func needs(_ what: String) throws(Failure) -> String {
            guard !text.isEmpty else { throw Failure(message: "\(verb) needs \(what)") }
            return text
        }
        func bare() throws(Failure) {
            guard words.count == 1 else { throw Failure(message: "\(verb) takes no arguments", word: words[1]) }
        }
        switch verb {
        case "status": return .setStatus(try needs("a status, like `status Lunch`"))
        case "accept": try bare(); return .accept
        case "reject": try bare(); return .reject
        case "quick-connect", "qc": return .quickConnect(try needs("a quick connect name, like `quick-connect Maria`"))
        case "dial": return .dial(try needs("a number, like `dial +15555550123`").replacingOccurrences(of: " ", with: ""))
        case "dtmf": return .sendDigits(try needs("digits, like `dtmf 123#`").replacingOccurrences(of: " ", with: ""))
        case "hold": let t = try needs("a party or `all`"); return .hold(t.lowercased() == "all" ? .all : .party(t))
        case "resume": let t = try needs("a party or `all`"); return .resume(t.lowercased() == "all" ? .all : .party(t))
        case "swap": try bare(); return .swap
        case "join": try bare(); return .join
        case "leave": try bare(); return .leave
        case "end": try bare(); return .endCall
        case "hangup": return .hangUp(try needs("a party, like `hangup customer`"))
        case "clear": try bare(); return .clear
        // Bare, the agent's own microphone; with a party, a barged-in supervisor's move (docs/supervisor.md).
        case "mute": return text.isEmpty ? .mute : .muteParty(text)
        case "unmute": return text.isEmpty ? .unmute : .unmuteParty(text)
        case "say": return .say(try needs("the words to say"))
        case "monitor":
            guard words.count <= 2 else { throw Failure(message: "monitor takes one agent name, like `monitor john`", word: words[2]) }
            return .monitor(words.count == 2 ? words[1] : nil)
        case "barge": try bare(); return .barge
        default:
            throw Failure(message: "unknown command \"\(ScriptText.short(words[0]))\"\(suggestion(for: verb))", word: words[0])
        }
    }

    /// "; did you mean "X"?" when `word` is a likely typo of one of `keywords`, else nothing: used for every
    /// keyword list of the command and expectation languages, so a misspelt keyword is named, not misread.
    static func didYouMean(_ word: String?, among keywords: [String]) -> String {
        guard let word, !keywords.contains(word.lowercased()), let best = NameSuggestion.closest(to: word, among: keywords) else { return "" }
        return "; did you mean \"\(best)\"?"
    }

    static func suggestion(for word: String) -> String {
        let all = agentVerbs + ["as", "manual", "mark", "wait", "pause", "call", "customer", "external", "expect"]
        if let best = NameSuggestion.closest(to: word, among: all) { return "; did you mean \"\(best)\"?" }
        return "; commands: \(all.joined(separator: ", "))"
    }

    static func parseWait(_ words: [String]) throws(Failure) -> Statement {
        guard words.count >= 2 else { throw Failure(message: "wait needs a duration, like `wait 5s`, or `wait until …`") }
        if words[1].lowercased() == "until" {
            var body = Array(words.dropFirst(2))
            var limit: Millis = 600_000
            if body.count >= 2, body[body.count - 2].lowercased() == "within" {
                limit = try ScriptNumbers.duration(body[body.count - 1], what: "within", minimum: 1)
                body.removeLast(2)
            }
            guard case .expect(let e) = try parseExpect(body) else {
                throw Failure(message: "wait until takes an expectation, like `wait until maria banner Connected`")
            }
            return .waitUntil(e, limit: limit)
        }
        guard words.count == 2 else {
            throw Failure(message: "wait takes one duration, like `wait 5s` (\(ScriptNumbers.durationHint))", word: words[2])
        }
        return .wait(try ScriptNumbers.duration(words[1], what: "wait"))
    }

    static func parseCall(_ words: [String]) throws(Failure) -> Statement {
        let parts = words.dropFirst().filter { $0 != "->" && $0.lowercased() != "to" }
        guard parts.count == 2 else { throw Failure(message: "call needs a caller and a number, like `call +15555550123 -> +18005550100`") }
        return .world(.call(from: parts[parts.startIndex], to: parts[parts.startIndex + 1]))
    }

    static func parseCustomer(_ words: [String], _ rest: (Int) -> String) throws(Failure) -> Statement {
        var i = 1
        var number: String?
        if words.count > 1, words[1].hasPrefix("+") { number = words[1]; i = 2 }
        guard words.count > i else { throw Failure(message: "customer needs says, presses or hangs up") }
        switch words[i].lowercased() {
        case "says":
            guard words.count > i + 1 else { throw Failure(message: "customer says needs the words to say") }
            return .world(.customerSays(customer: number, text: rest(i + 1)))
        case "presses":
            guard words.count > i + 1 else {
                throw Failure(message: "customer presses needs digits, like `customer presses 1#`; a `#` alone before a comment is written \"#\"")
            }
            return .world(.customerPresses(customer: number, digits: rest(i + 1).replacingOccurrences(of: " ", with: "")))
        case "hangs" where words.count == i + 2 && words[i + 1].lowercased() == "up", "hangup":
            return .world(.customerHangsUp(customer: number))
        default:
            throw Failure(message: "customer can say, press or hang up: `customer says …`, `customer presses 1`, `customer hangs up`"
                          + didYouMean(words[i], among: ["says", "presses", "hangs"]), word: words[i])
        }
    }

    static func parseExternal(_ words: [String], _ rest: (Int) -> String) throws(Failure) -> Statement {
        guard words.count >= 3 else { throw Failure(message: "external needs a number and answers, says or hangs up") }
        let number = words[1]
        switch words[2].lowercased() {
        case "answers": return .world(.externalAnswers(number))
        case "says": return .world(.externalSays(number: number, text: rest(3)))
        case "hangs" where words.count == 4 && words[3].lowercased() == "up", "hangup": return .world(.externalHangsUp(number))
        default:
            throw Failure(message: "external can answer, say or hang up: `external +18005550199 answers`"
                          + didYouMean(words[2], among: ["answers", "says", "hangs"]), word: words[2])
        }
    }
}

extension Statement {
    /// The mark a `heard … since MARK` line counts from.
    var markUsed: String? {
        switch self {
        case .expect(.heard(_, _, _, _, let since?)), .waitUntil(.heard(_, _, _, _, let since?), _): return since
        default: return nil
        }
    }
}
