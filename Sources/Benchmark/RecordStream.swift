import Foundation
import OutputFiles
import Telephony

/// `--records FILE`: every contact record as one line of JSON (the fields and values of
/// `termccp script --records`, keys sorted, compact), written as its segment completes. Lines
/// gather in a buffer and reach the file a megabyte at a time. The file is an `OutputFile`, as
/// `termccp script --records` writes it: the path is checked before the run, a replaced file keeps
/// its permissions, and the file appears under its name only once the run is over (a signal that
/// ends the run removes the partial file, once `PartialFiles.install()` has run).
final class RecordStream {
    private let file: OutputFile
    private var buffer: [UInt8] = []
    private(set) var written = 0

    /// Throws `OutputFileError` for a path that is not a regular file, or whose folder cannot take a new file.
    init(path: String) throws(OutputFileError) {
        file = try OutputFile(flag: "--records", path: path)
        buffer.reserveCapacity(1 << 20 + 4096)
    }

    func write(_ record: ContactRecord) {
        record.appendJSON(to: &buffer)
        buffer.append(0x0A)
        written += 1
        if buffer.count >= 1 << 20 { flush() }
    }

    private func flush() {
        file.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and puts the file in place; throws (leaving the target as it was) on a write error.
    func finish() throws(OutputFileError) {
        flush()
        try file.commit()
    }

    /// A failed run leaves nothing behind.
    func discard() {
        file.discard()
    }
}
