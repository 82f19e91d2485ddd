import Glibc
import Synchronization

/// The signal that asked the CCP to stop, 0 while none did. The handler only records it; the loop
/// notices within one tick and leaves through the path that restores the terminal.
let pendingSignal = Atomic<Int32>(0)

enum Signals {
    static let stopping: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        for sig in stopping {
            signal(sig) { received in pendingSignal.store(received, ordering: .relaxed) }
        }
    }

    static func restoreDefaults() {
        for sig in stopping { signal(sig, SIG_DFL) }
    }
}
