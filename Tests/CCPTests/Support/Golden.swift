import CCP
import Foundation
import Testing

/// Golden screens: the glyph layer, then the style-role layer (one legend character per cell, see
/// Golden/LEGEND.txt). Set CCP_UPDATE_GOLDEN=1 to rewrite them; otherwise a difference fails.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var updating: Bool { ProcessInfo.processInfo.environment["CCP_UPDATE_GOLDEN"] == "1" }

    static func text(_ screen: Screen) -> String {
        screen.glyphText + "\n--- roles ---\n" + screen.roleText + "\n"
    }

    static func check(_ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        checkFile(actual, at: url, sourceLocation: sourceLocation)
    }

    static func checkFile(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if updating {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(url.path); run with CCP_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
            let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            let want = line < e.count ? e[line] : "<end>", got = line < a.count ? a[line] : "<end>"
            Issue.record("""
                \(url.lastPathComponent) differs at line \(line + 1) (CCP_UPDATE_GOLDEN=1 rewrites it)
                expected: \(want)
                actual:   \(got)
                """, sourceLocation: sourceLocation)
        }
    }
}
