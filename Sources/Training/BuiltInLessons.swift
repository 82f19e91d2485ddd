import Flows
import Foundation
import Scenario

/// The lessons that ship with termccp, one per documented workflow (issue 11 point 1), in menu order.
public enum BuiltInLessons {
    /// Names as `termccp learn NAME` takes them, with the resource each is read from.
    static let catalog: [(name: String, yaml: [UInt8])] = [
        ("take-a-call", PackageResources.take_a_call_yaml),
        ("agent-quick-connect", PackageResources.agent_quick_connect_yaml),
        ("agent-quick-connect-end-call", PackageResources.agent_quick_connect_end_call_yaml),
        ("queue-quick-connect", PackageResources.queue_quick_connect_yaml),
        ("phone-number-quick-connect", PackageResources.phone_number_quick_connect_yaml),
        ("hold-and-swap", PackageResources.hold_and_swap_yaml),
        ("missed-call-next-status", PackageResources.missed_call_next_status_yaml),
        ("rejected-transfer", PackageResources.rejected_transfer_yaml),
        ("caller-returned-to-flow", PackageResources.caller_returned_to_flow_yaml),
        ("supervised-call", PackageResources.supervised_call_yaml),
    ]

    public static var names: [String] { catalog.map(\.name) }

    /// The built-in lesson file's text, or nil when NAME is no built-in lesson.
    public static func yaml(_ name: String) -> String? {
        catalog.first { $0.name == name }.map { String(decoding: $0.yaml, as: UTF8.self) }
    }

    /// A built-in lesson, read like any lesson file (its source is `built-in:NAME`).
    public static func load(_ name: String) throws(ProblemsError) -> Lesson? {
        try checked(name)?.lesson
    }

    /// A built-in lesson with the engine its validation built, ready to start (`LessonSetup.start`).
    public static func checked(_ name: String) throws(ProblemsError) -> CheckedLesson? {
        guard let text = yaml(name) else { return nil }
        return try LessonLoader.checked(yaml: text, source: "built-in:\(name)", baseDirectory: "/")
    }

    /// What `termccp learn NAME` says when NAME reads as a built-in lesson's name (no folder, no
    /// `.yaml`/`.yml` ending, no such file) yet names none: the closest built-in name, instead of "the
    /// file does not exist". Nil when NAME is a built-in lesson or reads as a file path.
    public static func unknownNameProblem(_ name: String, fileExists: Bool) -> Problem? {
        guard yaml(name) == nil, !fileExists, !name.contains("/"),
              !name.lowercased().hasSuffix(".yaml"), !name.lowercased().hasSuffix(".yml") else { return nil }
        let guess = NameSuggestion.closest(to: name, among: names).map { "did you mean \($0)? " } ?? ""
        return Problem(file: name, message: "no built-in lesson of this name, and no file of this name",
                       fix: guess + "`termccp learn --list` lists the built-in lessons; a lesson file ends in .yaml")
    }

    /// Every built-in lesson; they ship inside the binary and a test loads each.
    public static func all() -> [(name: String, lesson: Lesson)] {
        catalog.compactMap { entry in
            guard let lesson = try? load(entry.name) else { return nil }
            return (entry.name, lesson)
        }
    }

    /// Scenarios bundled for built-in lessons (`scenario: built-in:NAME`), with the flow files they
    /// name, which live in the folder `bundleFolder` only in memory.
    static let scenarios: [String: (yaml: [UInt8], files: [String: [UInt8]])] = [
        "shipping-return": (PackageResources.shipping_return_scenario_yaml,
                            ["shipping_return_flow.json": PackageResources.shipping_return_flow_json]),
        "supervised": (PackageResources.supervised_scenario_yaml, [:]),
    ]

    /// Where bundled scenarios' flow files are said to be (nothing is read from there).
    static let bundleFolder = "/termccp-built-in"

    static func scenario(_ name: String) -> (yaml: String, files: [String: Data])? {
        guard let entry = scenarios[name] else { return nil }
        let files = Dictionary(uniqueKeysWithValues: entry.files.map { ("\(bundleFolder)/\($0.key)", Data($0.value)) })
        return (String(decoding: entry.yaml, as: UTF8.self), files)
    }
}
