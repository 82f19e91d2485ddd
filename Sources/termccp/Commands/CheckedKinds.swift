import CCP
import Flows
import Foundation

/// What `termccp check` recognises besides scenarios, lessons, flows, test cases and scripts: folders of them,
/// CCP themes, and what it says about anything else.
enum CheckedKinds {
    static let extensions = ["yaml", "yml", "json", "ccp"]

    static let accepted = "check takes scenarios and lessons (.yaml, .yml), flows, test cases and themes (.json), scripts (.ccp), or a folder of them"

    /// A folder becomes the files of a known kind directly inside it, in name order (a problem when it holds
    /// none); anything else is itself. A folder named like a file of a known kind (`x.yaml/`) stays itself, so
    /// that reading it says it is a folder.
    static func expand(_ path: String) -> (files: [String], problem: Problem?) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
              !hasKnownExtension(path.hasSuffix("/") ? String(path.dropLast()) : path) else { return ([path], nil) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            return ([], Problem(file: path, message: "is a folder that cannot be listed", fix: "check its files by name"))
        }
        let known = names.filter { !$0.hasPrefix(".") && hasKnownExtension($0) }.sorted()
        guard !known.isEmpty else {
            return ([], Problem(file: path, message: "is a folder with no .yaml, .yml, .json or .ccp file directly inside it", fix: accepted))
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        return (known.map { base + $0 }, nil)
    }

    private static func hasKnownExtension(_ name: String) -> Bool {
        extensions.contains { name.lowercased().hasSuffix(".\($0)") }
    }

    /// A CCP theme (themes/README.md): a JSON object with a `roles` object and no flow or test-case members.
    static func isTheme(_ bytes: [UInt8]) -> Bool {
        guard let root = try? JSONText.Document(bytes: bytes, depth: 0).root else { return false }
        return root["roles"]?.isObject == true && root["Actions"] == nil && root["Observations"] == nil
    }

    /// The theme's first problem (theme parsing is strict and stops at the first), or none.
    static func themeProblems(_ bytes: [UInt8], file: String) -> [Problem] {
        do {
            _ = try Theme.parse(Data(bytes), source: file)
            return []
        } catch {
            return [Problem(file: file, line: error.line, column: error.column, message: "theme: \(error.message)",
                            fix: "see themes/README.md for the roles, colours and attributes a theme may use")]
        }
    }

    /// A file of no kind check knows; one that cannot be read says why first.
    static func unknown(_ file: String) -> Problem {
        if !FileManager.default.fileExists(atPath: file), case .failure(let failure) = TextFile.read(file) { return failure.problem(file: file) }
        let ext = file.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }
        let what = ext.map { "a .\($0) file is not a kind termccp knows" } ?? "a file with no extension is not a kind termccp knows"
        return Problem(file: file, message: what, fix: accepted)
    }
}
