#if canImport(Glibc)
import Glibc
#endif
import Terminal

/// The partial output files of this run, removed when a signal ends the process, so that an interrupted
/// `termccp script` leaves nothing half-written beside its targets.
///
/// The handler may run at any instruction, so it touches only a fixed table of C strings allocated up front and
/// calls only async-signal-safe functions (unlink, signal, sigaction, raise). After removing the files it lets the
/// signal end the process as it would have: the default action for a stop request (the shell sees 128 + n), the
/// previous handler (Swift's crash reporter) for a real fault.
public enum PartialFiles {
    private static let capacity = 8
    private nonisolated(unsafe) static let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let t = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        t.initialize(repeating: nil, count: capacity)
        return t
    }()
    private nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let p = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
        p.initialize(repeating: sigaction(), count: Int(NSIG))
        return p
    }()

    /// Signals whose default action ends the process; each removes the partial files first.
    public static let stopping: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2,
                                    SIGVTALRM, SIGPROF, SIGXCPU, SIGPWR]
    /// Faults and traps (a Swift runtime trap is SIGILL or SIGTRAP): files removed, then the previous handler.
    public static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGSYS]

    /// Installs the handlers, and removes at exit whatever partial file was not committed. A file grown past the size limit then fails its write (EFBIG) instead of the process
    /// being killed by SIGXFSZ, so the write error is reported.
    public static func install() {
        atexit { PartialFiles.removeAll() }
        _ = table
        _ = previous
        signal(SIGXFSZ, SIG_IGN)
        SignalInstallation.installAlternateStack()
        SignalInstallation.install(stopping + crashing, saving: previous) { _ in
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { received, info, _ in
                PartialFiles.removeAll()
                PartialFiles.end(received, sentByProcess: (info?.pointee.si_code ?? 0) <= 0)
            }
            action.sa_flags = SA_ONSTACK | SA_SIGINFO
            sigemptyset(&action.sa_mask)
            return action
        }
    }

    /// Ends the process the way the signal would have: a stop request or a crash signal sent by another
    /// process (kill) by its default action now; a real fault by returning to the faulting instruction, which
    /// faults again into the previous handler (Swift's crash reporter).
    private static func end(_ sig: Int32, sentByProcess: Bool) {
        if sentByProcess || stopping.contains(sig) {
            signal(sig, SIG_DFL)
            raise(sig)
        } else {
            sigaction(sig, previous + Int(sig), nil)
        }
    }

    public static func add(_ path: String) {
        for i in 0..<capacity where table[i] == nil {
            table[i] = strdup(path)
            return
        }
    }

    public static func forget(_ path: String) {
        for i in 0..<capacity {
            guard let p = table[i], String(cString: p) == path else { continue }
            table[i] = nil
            free(p)
        }
    }

    /// Removes every partial file now; async-signal-safe (unlink only).
    public static func removeAll() {
        for i in 0..<capacity {
            if let p = table[i] { unlink(p) }
        }
    }
}
