import Foundation
import Flows

/// Builds a scenario from the AWS CLI output of an Amazon Connect instance (`termccp import DIR -o FILE`).
/// Everything the scenario format can hold is mapped; everything else becomes a `Note` saying what to add
/// by hand. Flow contents are rewritten so that the ARNs and ids they name (flows, queues, hours, users,
/// modules) end in the imported names, which is how termccp resolves references (docs/scenario-format.md).
public enum InstanceImport {
    /// Something the import could not map, and what to add to the scenario by hand.
    public struct Note: Sendable, Equatable, CustomStringConvertible {
        public var subject: String
        public var message: String
        public var fix: String
        public var description: String { "\(subject): \(message) — \(fix)" }
    }

    public struct Result: Sendable {
        /// The scenario YAML.
        public var yaml: String
        /// Flow files to write, by path relative to the scenario's folder.
        public var flowFiles: [(path: String, content: String)]
        public var notes: [Note]
        /// What was imported, e.g. ("queues", 3), in scenario order.
        public var counts: [(section: String, count: Int)]
    }

    /// Reads `folder` and builds the scenario; flow files go in `flowsFolder` (relative to the scenario).
    /// `start` is the instant hours of operation's time zones are turned into UTC offsets at.
    /// Throws the problems of unreadable or malformed files (each with its file and line).
    public static func build(folder: String, flowsFolder: String, start: Date) throws(ProblemsError) -> Result {
        var export = try ExportFolder(path: folder)
        var builder = ScenarioBuilder(flowsFolder: flowsFolder, start: start)
        builder.read(&export)
        if !export.problems.isEmpty { throw ProblemsError(export.problems) }
        return builder.result()
    }
}
