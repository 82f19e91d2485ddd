import Foundation
import Telephony

/// `--records FILE`: every contact record as one line of JSON (the fields and values of
/// `termccp script --records`, keys sorted, compact), written as its segment completes. Lines
/// gather in a buffer and reach the file a megabyte at a time; the file appears under its name only once the run is over.
final class RecordStream {
    private let path: String
    private let partial: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var written = 0

    /// Refuses a path that exists and is not a regular file, and one whose folder cannot be written.
    init(path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            let type = (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
            guard !isFolder.boolValue, type == .typeRegular else {
                throw RecordStreamError("--records \(path): exists and is not a regular file; give a file path")
            }
        }
        self.path = path
        partial = path + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: partial, contents: nil),
              let handle = FileHandle(forWritingAtPath: partial) else {
            throw RecordStreamError("--records \(path): cannot create the file (is the folder there and writable?)")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 20 + 4096)
    }

    func write(_ record: ContactRecord) throws {
        record.appendJSON(to: &buffer)
        buffer.append(0x0A)
        written += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and puts the file in place.
    func finish() throws {
        try flush()
        try handle.close()
        // rename(2) replaces an existing file in one step.
        guard rename(partial, path) == 0 else {
            throw RecordStreamError("--records \(path): cannot put the file in place: \(String(cString: strerror(errno)))")
        }
    }

    /// A failed run leaves nothing behind.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: partial)
    }
}

struct RecordStreamError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
