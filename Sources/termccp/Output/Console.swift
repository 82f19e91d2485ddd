import Foundation

/// Standard error for every message of the command line.
enum Console {
    /// Writes `text` and a newline to standard error. Buffered standard output (`print`) is flushed first:
    /// when both go to one file or pipe (a CI log made with `2>&1`), the message then follows the results
    /// printed before it, instead of landing inside a line when the output buffer fills.
    static func error(_ text: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
