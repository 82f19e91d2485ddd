import Foundation
import Telephony

/// A lesson's result for a trainer collecting a class's results: JSON (one object) or CSV (one row
/// for the lesson, then one per goal). Times in seconds, as the contact records keep them.
public struct LessonReport: Sendable, Equatable, Encodable {
    public struct GoalResult: Sendable, Equatable, Encodable {
        public var number: Int
        public var id: String
        public var goal: String
        public var met: Bool
        /// Lesson seconds when it was met.
        public var metAt: Double?
    }

    /// One forbidden event that happened: its rule (the lesson's `event:` text and its number in
    /// `forbidden:`, from 1) and when.
    public struct ForbiddenResult: Sendable, Equatable, Encodable {
        public var event: String
        /// The rule's number in the lesson's `forbidden:` list, from 1.
        public var rule: Int
        /// Lesson seconds.
        public var at: Double
    }

    /// One refused move of the trainee's: what the CCP said of it (the move and why it was refused), and when.
    public struct RefusedResult: Sendable, Equatable, Encodable {
        public var move: String
        /// Lesson seconds.
        public var at: Double
    }

    public var lesson: String
    /// Where the lesson came from: `built-in:NAME` or the lesson file's path as given.
    public var source: String
    /// The trainee's agent (username), so a trainer collecting a class's reports knows whose each is.
    public var agent: String
    /// The trainee as the trainer named them (`termccp learn --trainee NAME`): every trainee plays the same
    /// agent, so without it a class's reports are told apart only by their file names. Nil when not given.
    public var trainee: String?
    /// When the lesson closed on the wall clock, ISO 8601 in UTC (`2026-12-02T14:31:04Z`), given by the command
    /// that ran it: the lesson itself runs on virtual time, so this is the one wall-clock value of a report.
    public var finishedAt: String?
    /// passed, timed_out, stopped, or not_started (quit before the start: no score and no measures).
    public var result: String
    /// Lesson seconds from start to end.
    public var duration: Double
    /// Nil when the lesson was not started: there was no attempt to score.
    public var score: Score?
    /// Nil when the lesson was not started.
    public var measures: Measures?
    /// Seconds; nil when the lesson was not started.
    public var handleTime: Int?
    public var goals: [GoalResult]
    public var forbidden: [ForbiddenResult]
    public var refused: [RefusedResult]

    private enum CodingKeys: String, CodingKey {
        case lesson, source, agent, trainee, finishedAt, result, duration, score, measures, handleTime, goals, forbidden, refused
    }

    /// Every key is written, a lesson not started with `score`, `measures` and `handleTime` null, so a
    /// class's reports have one shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lesson, forKey: .lesson)
        try c.encode(source, forKey: .source)
        try c.encode(agent, forKey: .agent)
        try c.encode(trainee, forKey: .trainee)
        try c.encode(finishedAt, forKey: .finishedAt)
        try c.encode(result, forKey: .result)
        try c.encode(duration, forKey: .duration)
        try c.encode(score, forKey: .score)
        try c.encode(measures, forKey: .measures)
        try c.encode(handleTime, forKey: .handleTime)
        try c.encode(goals, forKey: .goals)
        try c.encode(forbidden, forKey: .forbidden)
        try c.encode(refused, forKey: .refused)
    }

    public init(_ run: LessonRun, trainee: String? = nil, finishedAt: String? = nil) {
        lesson = run.lesson.title
        source = run.lesson.source
        agent = run.agent
        self.trainee = trainee
        self.finishedAt = finishedAt
        result = run.phase.rawValue
        duration = Double(run.elapsed) / 1000
        score = run.scored ? run.score : nil
        measures = run.scored ? run.measures : nil
        handleTime = measures?.handle
        goals = run.lesson.goals.enumerated().map { i, goal in
            GoalResult(number: i + 1, id: goal.id, goal: goal.title, met: run.goals[i].metAt != nil,
                       metAt: run.goals[i].metAt.map { Double($0) / 1000 })
        }
        forbidden = run.occurrences.map { ForbiddenResult(event: $0.title, rule: $0.forbidden + 1, at: Double($0.at) / 1000) }
        refused = run.refusals.map { RefusedResult(move: $0.what, at: Double($0.at) / 1000) }
    }

    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Encoding plain values and strings cannot fail.
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// Several lessons (played one after another from the menu): a JSON array in the order played.
    public static func json(_ reports: [LessonReport]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return ((try? encoder.encode(reports)) ?? Data()) + Data("\n".utf8)
    }

    /// Several lessons: each one's rows under a single header, in the order played.
    public static func csv(_ reports: [LessonReport]) -> String {
        let header = csvHeader.joined(separator: ",") + "\r\n"
        return header + reports.map { String($0.csv().dropFirst(header.count)) }.joined()
    }

    public static let csvHeader = rowColumns + ["trainee", "finished_at"]

    /// The columns each kind of row fills; `trainee` and `finished_at`, on every row, follow them.
    private static let rowColumns = ["lesson", "row", "goal_number", "goal_id", "goal", "met", "met_at_s", "result", "score",
                                   "time_to_answer_s", "handle_time_s", "customer_hold_s", "holds", "transfers_completed",
                                   "refused_moves", "forbidden_events", "missed_offers", "forbidden_rule", "forbidden_event",
                                   "forbidden_at_s", "asked_misses", "agent", "source", "refused_move", "refused_at_s"]

    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. A `lesson` row, a
    /// `goal` row per goal, a `forbidden` row per forbidden event that happened (its rule's number,
    /// text and lesson time), then a `refused` row per refused move (what and when); each row fills the columns of its kind and leaves the others empty, except
    /// `agent`, `source`, `trainee` and `finished_at`, on every row, so a class's files concatenated still say whose
    /// row it is.
    public func csv() -> String {
        func field(_ s: String) -> String {
            s.contains(where: { ",\"\r\n".contains($0) }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        func seconds(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "" }
        var rows = [Self.csvHeader]
        // A lesson not started leaves its score and measures empty, as a goal row does.
        let m = measures
        func n(_ v: Int?) -> String { v.map(String.init) ?? "" }
        rows.append([lesson, "lesson", "", "", "", "\(goals.allSatisfy(\.met))", seconds(duration), result, n(score?.total),
                     seconds(m?.timeToAnswer.map { Double($0) / 1000 }), n(m?.handle), n(m?.customerHold), n(m?.holds),
                     n(m?.transfersCompleted), n(m?.refusedMoves), n(m?.forbiddenEvents), n(m?.missedOffers), "", "", "",
                     n(m?.askedMisses), agent, source, "", ""])
        for g in goals {
            rows.append([lesson, "goal", "\(g.number)", g.id, g.goal, "\(g.met)", seconds(g.metAt)]
                + Array(repeating: "", count: Self.rowColumns.count - 12) + ["", agent, source, "", ""])
        }
        for f in forbidden {
            rows.append([lesson, "forbidden"] + Array(repeating: "", count: Self.rowColumns.count - 10)
                + ["\(f.rule)", f.event, seconds(f.at), "", agent, source, "", ""])
        }
        for r in refused {
            rows.append([lesson, "refused"] + Array(repeating: "", count: Self.rowColumns.count - 6)
                + [agent, source, r.move, seconds(r.at)])
        }
        let whose = [trainee ?? "", finishedAt ?? ""]
        return rows.enumerated().map { i, row in (i == 0 ? row : row + whose).map(field).joined(separator: ",") }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// How the lesson ended, with its score: `Passed, score 85/100`, `Not started (quit before the start), no score`.
    public var outcome: String {
        guard let score else { return "Not started (quit before the start), no score" }
        let said = result.replacingOccurrences(of: "_", with: " ")
        return said.prefix(1).uppercased() + said.dropFirst() + ", score \(score.total)/100"
    }

    /// The summary printed when the lesson's CCP closes.
    public func text() -> String {
        var lines = ["\(lesson): \(outcome.prefix(1).lowercased() + outcome.dropFirst())"]
        for g in goals {
            lines.append("  \(g.met ? "met" : "not met")  \(g.number). \(g.goal)" + (g.metAt.map { String(format: " (%.0f s)", $0) } ?? ""))
        }
        guard let m = measures else { return lines.joined(separator: "\n") }
        lines.append("  time to answer \(m.timeToAnswer.map { MeasureText.secondsTenths($0) } ?? "none")"
            + ", handle time \(m.handle) s (talk \(m.talk), hold \(m.customerHold), after contact work \(m.afterContactWork))"
            + ", customer hold \(m.customerHold) s in \(m.holds) hold\(m.holds == 1 ? "" : "s")")
        lines.append("  transfers completed \(m.transfersCompleted), missed offers \(m.missedOffers)"
            + (m.askedMisses > 0 ? " (\(m.askedMisses) asked for by the lesson)" : "") + ", refused moves \(m.refusedMoves)"
            + ", forbidden events \(m.forbiddenEvents)")
        for f in forbidden { lines.append(String(format: "  forbidden at %.0f s: ", f.at) + f.event + " (forbidden rule \(f.rule))") }
        for r in refused { lines.append(String(format: "  refused at %.0f s: ", r.at) + r.move) }
        return lines.joined(separator: "\n")
    }
}
