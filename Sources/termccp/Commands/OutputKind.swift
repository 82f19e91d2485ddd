import Flows
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

    /// The kind of output `text` (the file at `path`) is, or nil when it is none of them.
    static func of(_ text: String, path: String) -> OutputKind? {
        let lower = path.lowercased()
        let start = text.drop { $0.isWhitespace }
        if lower.hasSuffix(".mmd") || start.hasPrefix("sequenceDiagram") { return .mermaidDiagram }
        if start.hasPrefix("<") {
            let head = start.prefix(4096)
            if head.contains("<svg") || lower.hasSuffix(".svg") { return .svgDiagram }
            if head.contains("<testsuites") || head.contains("<testsuite ") { return .junit }
            return nil
        }
        if lower.hasSuffix(".svg") { return .svgDiagram }
        let firstLine = start.prefix { !$0.isNewline }
        // Its first columns name it; later ones are added as reports grow (docs/lesson-format.md, Reports).
        if firstLine.hasPrefix(LessonReport.csvHeader.prefix(3).joined(separator: ",") + ",") { return .lessonReportCSV }
        let whole = json(Substring(text))
        if let whole, let kind = ofJSON(whole) { return kind }
        // JSON Lines (a recording, events, the benchmark's records): the first line is a whole JSON object.
        guard let first = whole ?? json(firstLine), first.isObject else { return lower.hasSuffix(".cast") ? .recording : nil }
        if first["version"]?.numberValue == 2, first["width"] != nil, first["height"] != nil { return .recording }
        if first["ContactId"] != nil { return .recordLines }
        if first["type"] != nil, first["at"] != nil { return .events }
        return lower.hasSuffix(".cast") ? .recording : nil
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
