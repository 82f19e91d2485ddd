import Foundation
import Flows

/// The folder `scripts/export-instance.sh` fills: one JSON file per AWS CLI call, named after the call
/// (`list-queues.json`, `describe-queue-<QueueId>.json`, …; the README's QA section lists them all).
/// Reading never stops at the first problem: a malformed or misshapen file is a `Problem` with its line.
struct ExportFolder {
    let path: String
    private(set) var problems: [Problem] = []
    private let files: Set<String>

    init(path: String) throws(ProblemsError) {
        self.path = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw ProblemsError([Problem(file: path, message: "not a folder of AWS CLI output",
                                         fix: "run scripts/export-instance.sh INSTANCE_ID \(path) first")])
        }
        files = Set(names.filter { $0.hasSuffix(".json") })
        guard !files.isEmpty else {
            throw ProblemsError([Problem(file: path, message: "the folder holds no .json files",
                                         fix: "run scripts/export-instance.sh INSTANCE_ID \(path) first")])
        }
    }

    func has(_ name: String) -> Bool { files.contains(name) }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// The items of a list call's output (`key` is e.g. `QueueSummaryList`); nil when the file was not exported.
    mutating func list(_ name: String, key: String) -> [JSONValue]? {
        guard let (document, root) = read(name) else { return has(name) ? [] : nil }
        guard let items = root[key]?.arrayValue else {
            problems.append(Problem(file: file(name), line: document.line(of: "$"), location: "$.\(key)",
                                    message: "the output has no \(key) list", fix: "export it again with `aws connect \(name.dropLast(5)) --output json`"))
            return []
        }
        return items
    }

    /// The object a describe call returns under `key` (e.g. `Queue`); nil when the file was not exported.
    mutating func describe(_ name: String, key: String) -> JSONValue? {
        guard let (document, root) = read(name) else { return nil }
        guard let object = root[key], object.isObject else {
            problems.append(Problem(file: file(name), line: document.line(of: "$"), location: "$.\(key)",
                                    message: "the output has no \(key) object", fix: "export it again with the describe call it is named after"))
            return nil
        }
        return object
    }

    private mutating func read(_ name: String) -> (JSONText.Document, JSONValue)? {
        guard has(name) else { return nil }
        let full = file(name)
        let text: String
        switch TextFile.read(full) {
        case .success(let read): text = read
        case .failure(let failure):
            problems.append(failure.problem(file: full))
            return nil
        }
        do {
            let document = try JSONText.Document(bytes: Array(text.utf8), depth: 2)
            guard document.root.isObject else {
                problems.append(Problem(file: full, line: 1, message: "expected the JSON object the AWS CLI prints",
                                        fix: "export it again with --output json"))
                return nil
            }
            return (document, document.root)
        } catch {
            problems.append(Problem(file: full, line: error.line, column: error.column, message: "malformed JSON: \(error.message)",
                                    fix: "export it again with --output json"))
            return nil
        }
    }
}

extension JSONValue {
    /// A string member, or nil when absent, not a string, or empty.
    func text(_ key: String) -> String? {
        guard case .string(let s)? = self[key], !s.isEmpty else { return nil }
        return s
    }

    func integer(_ key: String) -> Int? {
        guard let n = self[key]?.numberValue, n.rounded() == n, abs(n) < 1e9 else { return nil }
        return Int(n)
    }
}
