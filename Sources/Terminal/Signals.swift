import CNcurses
import Glibc
import Synchronization

/// The signal that asked the CCP to stop, 0 while none did. The handler only records it; the loop
/// notices within one tick and leaves through the path that restores the terminal.
let pendingSignal = Atomic<Int32>(0)

enum Signals {
    static let stopping: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// A Swift trap (SIGILL/SIGTRAP) or a crash would otherwise leave the shell in raw mode with no echo.
    static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    static func install() {
        for sig in stopping {
            signal(sig) { received in pendingSignal.store(received, ordering: .relaxed) }
        }
        for sig in crashing {
            signal(sig) { received in
                endwin()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func restoreDefaults() {
        for sig in stopping + crashing { signal(sig, SIG_DFL) }
    }
}
