import Foundation
import Telephony

/// Parses the command language: one command a line, `#` starts a comment line. The same words
/// run in script files and on the CCP's `:` line (README, "The command language").
public enum ScriptParser {
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Every line of a script; all syntax errors are collected before anything runs.
    public static func parse(_ text: String) -> (lines: [ScriptLine], errors: [ParseError]) {
        var lines: [ScriptLine] = []
        var errors: [ParseError] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if stripComment(line).isEmpty { continue }
            do {
                lines.append(ScriptLine(number: i + 1, text: line, statement: try parseLine(line)))
            } catch {
                errors.append(ParseError(line: i + 1, message: error.message))
            }
        }
        return (lines, errors)
    }

    public struct Failure: Error, Sendable { public var message: String }

    /// A `#` at the start or after a space, outside quotes, starts a comment; `dtmf 1#` keeps its `#`.
    static func stripComment(_ line: String) -> String {
        var quoted = false
        var previous: Character = " "
        for i in line.indices {
            let c = line[i]
            if c == "\"" { quoted.toggle() }
            if c == "#", !quoted, previous == " " || previous == "\t" {
                return String(line[..<i]).trimmingCharacters(in: .whitespaces)
            }
            previous = c
        }
        return line
    }

    public static func parseLine(_ text: String) throws(Failure) -> Statement {
        let line = stripComment(text)
        let words: [String]
        do { words = try Tokenizer.words(line) } catch { throw Failure(message: error.message) }
        guard let first = words.first else { throw Failure(message: "empty command") }
        let verb = first.lowercased()
        if verb.hasSuffix(":"), verb.count > 1 {
            let rest = Tokenizer.rest(of: line, after: 1)
            guard case .agent(_, let command) = try parseLine(rest) else {
                throw Failure(message: "only agent verbs take a `name:` prefix")
            }
            return .agent(String(first.dropLast()), command)
        }
        switch verb {
        case "as":
            guard words.count == 2 else { throw Failure(message: "as takes one agent name, like `as maria`") }
            return .actAs(words[1])
        case "manual":
            guard words.count == 2 else { throw Failure(message: "manual takes one agent name, like `manual maria`") }
            return .world(.takeControl(agent: words[1]))
        case "wait": return try parseWait(words, line: line)
        case "call": return try parseCall(words)
        case "customer", "caller": return try parseCustomer(words, line: line)
        case "external": return try parseExternal(words, line: line)
        case "expect": return try parseExpect(Array(words.dropFirst()), line: line)
        default: return .agent(nil, try parseAgentVerb(words, line: line))
        }
    }

    static let agentVerbs = ["status", "accept", "reject", "quick-connect", "qc", "dial", "dtmf", "hold", "resume",
                             "swap", "join", "leave", "end", "hangup", "clear", "mute", "unmute", "say"]

    static func parseAgentVerb(_ words: [String], line: String) throws(Failure) -> AgentCommand {
        let verb = words[0].lowercased()
        let rest = Tokenizer.rest(of: line, after: 1)
        func needs(_ what: String) throws(Failure) -> String {
            guard !rest.isEmpty else { throw Failure(message: "\(verb) needs \(what)") }
            return rest
        }
        func bare() throws(Failure) {
            guard words.count == 1 else { throw Failure(message: "\(verb) takes no arguments") }
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
        case "mute": try bare(); return .mute
        case "unmute": try bare(); return .unmute
        case "say": return .say(try needs("the words to say"))
        default:
            throw Failure(message: "unknown command \"\(words[0])\"\(suggestion(for: verb))")
        }
    }

    static func suggestion(for word: String) -> String {
        let all = agentVerbs + ["as", "manual", "wait", "call", "customer", "external", "expect"]
        guard let best = all.min(by: { distance($0, word) < distance($1, word) }), distance(best, word) <= 2 else {
            return "; commands: \(all.joined(separator: ", "))"
        }
        return "; did you mean \"\(best)\"?"
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        var row = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (x[i - 1] == y[j - 1] ? 0 : 1))
                prev = old
            }
        }
        return x.isEmpty ? y.count : row[y.count]
    }

    static func parseWait(_ words: [String], line: String) throws(Failure) -> Statement {
        guard words.count >= 2 else { throw Failure(message: "wait needs a duration, like `wait 5s`, or `wait until …`") }
        if words[1].lowercased() == "until" {
            var body = Array(words.dropFirst(2))
            var limit: Millis = 600_000
            if body.count >= 2, body[body.count - 2].lowercased() == "within" {
                guard let d = TimeText.parseDuration(body[body.count - 1]) else {
                    throw Failure(message: "\"\(body[body.count - 1])\" is not a duration (try 30s, 2m)")
                }
                limit = d
                body.removeLast(2)
            }
            let text = body.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
            guard case .expect(let e) = try parseExpect(body, line: "expect " + text) else {
                throw Failure(message: "wait until takes an expectation, like `wait until maria banner Connected`")
            }
            return .waitUntil(e, limit: limit)
        }
        guard words.count == 2, let d = TimeText.parseDuration(words[1]) else {
            throw Failure(message: "\"\(Tokenizer.rest(of: line, after: 1))\" is not a duration (try 5s, 1m30s, 500ms)")
        }
        return .wait(d)
    }

    static func parseCall(_ words: [String]) throws(Failure) -> Statement {
        let parts = words.dropFirst().filter { $0 != "->" && $0.lowercased() != "to" }
        guard parts.count == 2 else { throw Failure(message: "call needs a caller and a number, like `call +15555550123 -> +18005550100`") }
        return .world(.call(from: parts[parts.startIndex], to: parts[parts.startIndex + 1]))
    }

    static func parseCustomer(_ words: [String], line: String) throws(Failure) -> Statement {
        var i = 1
        var number: String?
        if words.count > 1, words[1].hasPrefix("+") { number = words[1]; i = 2 }
        guard words.count > i else { throw Failure(message: "customer needs says, presses or hangs up") }
        switch words[i].lowercased() {
        case "says": return .world(.customerSays(customer: number, text: Tokenizer.rest(of: line, after: i + 1)))
        case "presses": return .world(.customerPresses(customer: number, digits: Tokenizer.rest(of: line, after: i + 1).replacingOccurrences(of: " ", with: "")))
        case "hangs" where words.count == i + 2 && words[i + 1].lowercased() == "up", "hangup":
            return .world(.customerHangsUp(customer: number))
        default: throw Failure(message: "customer can say, press or hang up: `customer says …`, `customer presses 1`, `customer hangs up`")
        }
    }

    static func parseExternal(_ words: [String], line: String) throws(Failure) -> Statement {
        guard words.count >= 3 else { throw Failure(message: "external needs a number and answers, says or hangs up") }
        let number = words[1]
        switch words[2].lowercased() {
        case "answers": return .world(.externalAnswers(number))
        case "says": return .world(.externalSays(number: number, text: Tokenizer.rest(of: line, after: 3)))
        case "hangs" where words.count == 4 && words[3].lowercased() == "up", "hangup": return .world(.externalHangsUp(number))
        default: throw Failure(message: "external can answer, say or hang up: `external +18005550199 answers`")
        }
    }
}
