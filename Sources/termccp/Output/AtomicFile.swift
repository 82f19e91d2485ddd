import ArgumentParser
import Foundation

/// Output files appear whole or not at all: written beside the target, then renamed over it.
struct AtomicFile {
    let path: String
    private let temporary: String
    private let handle: FileHandle

    init(path: String) throws {
        self.path = path
        temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw ValidationError("cannot write \(path): the folder does not exist or is not writable")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
    }

    func write(_ data: Data) { handle.write(data) }

    func commit() throws {
        try handle.close()
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }

    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}

enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
