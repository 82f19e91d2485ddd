import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-line count of a long suite on standard error, redrawn in place while it runs ("[120/1000] 118
/// passed, 2 failed"), shown only when standard error is a terminal and the suite has more than one file;
/// it is wiped before any other output so that lines never mix with it.
struct ProgressLine {
    let total: Int
    let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    func show(done: Int, failed: Int) {
        guard enabled else { return }
        write("\r\u{1B}[K[\(done)/\(total)] \(done - failed) passed, \(failed) failed")
    }

    func clear() {
        guard enabled else { return }
        write("\r\u{1B}[K")
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
