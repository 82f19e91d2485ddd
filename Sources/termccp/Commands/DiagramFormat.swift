import OutputFiles
import Reports
import Telephony

/// What `termccp script --diagram OUT` writes, chosen by OUT's extension: `.mmd`, a Mermaid sequenceDiagram;
/// `.svg`, the same diagram drawn as SVG by the program (no Mermaid renderer runs here).
enum DiagramFormat: Equatable {
    case mermaid
    case svg

    /// Throws, before anything runs or is written, for any other extension (exit status 2, reported as every
    /// output path is); a folder or another path no file can be written at is refused as such first, whatever
    /// its name.
    init(path: String) throws(OutputFileError) {
        if let refusal = OutputFile.refusal(flag: "--diagram", path: path) { throw refusal }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
        switch ext {
        case "mmd": self = .mermaid
        case "svg": self = .svg
        default:
            throw OutputFileError(description: "--diagram \(path): the file's extension chooses the format, .mmd (Mermaid) or .svg; "
                + (ext.isEmpty ? "it has none" : "found .\(ext)"))
        }
    }

    func draw(_ events: [EngineEvent]) -> String {
        switch self {
        case .mermaid: return SequenceDiagram().text(events)
        case .svg: return SequenceDiagram().svg(events)
        }
    }
}
