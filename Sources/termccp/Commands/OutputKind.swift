import Flows
import OutputFiles
import Training

/// The files termccp writes (README "Output files"), recognised when one is given back where an input is
/// read: `termccp run x.mmd` would otherwise be read as YAML and reported line by line. Each is named with the
/// command that writes it and what reads it. Recognised by what the file holds; the extension alone decides
/// only for the kinds whose name is theirs (`.mmd`, `.svg`, `.cast`).
enum OutputKind: Equatable {
    case mermaidDiagram, svgDiagram, recording, contactRecords, recordLines, events, junit, testResults, lessonReport, lessonReportCSV

    var name: String {
        switch self {
        case .mermaidDiagram: "a sequence diagram (Mermaid)"
        case .svgDiagram: "a sequence diagram (SVG picture)"
        case .recording: "a recording (asciicast)"
        case .contactRecords: "a contact record file (JSON)"
        case .recordLines: "a contact record file (JSON Lines)"
        case .events: "an engine event log (JSON Lines)"
        case .junit: "a JUnit XML report"
        case .testResults: "a test case results file (JSON)"
        case .lessonReport: "a lesson report (JSON)"
        case .lessonReportCSV: "a lesson report (CSV)"
        }
    }

    /// The command that writes a file of this kind as `path`, and what reads it.
    func madeBy(_ path: String) -> String {
        switch self {
        case .mermaidDiagram:
            "termccp script SCRIPT.ccp --diagram \(path) writes it; GitHub, GitLab and most wikis draw it"
        case .svgDiagram:
            "termccp script SCRIPT.ccp --diagram \(path) writes it; open it in a web browser"
        case .recording:
            "termccp run --record \(path) (or termccp demo SCRIPT.ccp --record \(path)) writes it; play it with asciinema play \(path)"
        case .contactRecords:
            "termccp script SCRIPT.ccp --records \(path) writes it; read it with any JSON tool"
        case .recordLines:
            "termccp-bench --records \(path) writes it; read it with any JSON tool"
        case .events:
            "termccp script SCRIPT.ccp --events \(path) (or termccp test --events) writes it; read it with any JSON tool"
        case .junit:
            "termccp script SCRIPT.ccp --junit \(path) (or termccp test --junit) writes it; CI servers read it"
        case .testResults:
            "termccp test CASE.json --results \(path) writes it; read it with any JSON tool"
        case .lessonReport, .lessonReportCSV:
            "termccp learn LESSON --report \(path) writes it; open it in a spreadsheet or any JSON tool"
        }
    }

    /// The kind whose name `path` has: `.mmd`, `.svg` and `.cast` name their kind whatever the file holds, so
    /// termccp takes such a file for that kind when it is given back.
    static func named(_ path: String) -> OutputKind? {
        let lower = path.lowercased()
        if lower.hasSuffix(".mmd") { return .mermaidDiagram }
        if lower.hasSuffix(".svg") { return .svgDiagram }
        if lower.hasSuffix(".cast") { return .recording }
        return nil
    }

    /// What each output option writes: the kinds, what to call it, and the names a file of it takes.
    static let written: [String: (kinds: [OutputKind], what: String, names: String)] = [
        "--events": ([.events], "an engine event log", ".jsonl"), "--records": ([.contactRecords], "a contact record file", ".json"),
        "--junit": ([.junit], "a JUnit report", ".xml"), "--results": ([.testResults], "a test results file", ".json"),
        "--report": ([.lessonReport, .lessonReportCSV], "a lesson report", ".json or .csv"),
        "--record": ([.recording], "a recording", ".cast"), "--diagram": ([.mermaidDiagram, .svgDiagram], "a diagram", ".mmd or .svg"),
        "-o": ([], "a scenario", ".yaml"),
    ]

    /// `flag` would write its file under a name that is another kind's (`--events x.mmd`): given back, the
    /// file would be taken for that kind, so it is refused before anything runs, as every output path is.
    static func misnamed(flag: String, path: String) -> OutputFileError? {
        guard let named = named(path), let option = written[flag], !option.kinds.contains(named) else { return nil }
        let ext = path.split(separator: ".").last.map { ".\($0)" } ?? ""
        return OutputFileError(description: "\(flag) \(path): \(ext) names \(named.name), so termccp would take the file "
            + "for one; give \(option.what) a name ending in \(option.names)")
    }

    /// The kind of output `text` (the file at `path`) is, or nil when it is none of them.
    static func of(_ text: String, path: String) -> OutputKind? {
        let start = text.drop { $0.isWhitespace }
        if named(path) == .mermaidDiagram || start.hasPrefix("sequenceDiagram") { return .mermaidDiagram }
        if start.hasPrefix("<") {
            let head = start.prefix(4096)
            if head.contains("<svg") || named(path) == .svgDiagram { return .svgDiagram }
            if head.contains("<testsuites") || head.contains("<testsuite ") { return .junit }
            return nil
        }
        if named(path) == .svgDiagram { return .svgDiagram }
        let firstLine = start.prefix { !$0.isNewline }
        // Its first columns name it; later ones are added as reports grow (docs/lesson-format.md, Reports).
        if firstLine.hasPrefix(LessonReport.csvHeader.prefix(3).joined(separator: ",") + ",") { return .lessonReportCSV }
        let whole = json(Substring(text))
        if let whole, let kind = ofJSON(whole) { return kind }
        // JSON Lines (a recording, events, the benchmark's records): the first line is a whole JSON object.
        guard let first = whole ?? json(firstLine), first.isObject else { return named(path) == .recording ? .recording : nil }
        if first["version"]?.numberValue == 2, first["width"] != nil, first["height"] != nil { return .recording }
        if first["ContactId"] != nil { return .recordLines }
        if first["type"] != nil, first["at"] != nil { return .events }
        return named(path) == .recording ? .recording : nil
    }

    private static func ofJSON(_ root: JSONValue) -> OutputKind? {
        if root["TestCaseExecutions"] != nil { return .testResults }
        let first: JSONValue
        if let items = root.arrayValue {
            guard let item = items.first else { return nil }
            first = item
        } else {
            first = root
        }
        if first["ContactId"] != nil, first["AWSContactTraceRecordFormatVersion"] != nil { return .contactRecords }
        if first["lesson"] != nil, first["goals"] != nil, first["result"] != nil { return .lessonReport }
        return nil
    }

    private static func json(_ text: Substring) -> JSONValue? {
        try? JSONText.Document(bytes: Array(text.utf8), depth: 0).root
    }
}
