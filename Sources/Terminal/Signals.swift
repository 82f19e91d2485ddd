import CNcurses
import Glibc
import Synchronization

/// The signal that asked the CCP to stop, 0 while none did. The handler only records it; the loop
/// notices within one tick and leaves through the path that restores the terminal.
let pendingSignal = Atomic<Int32>(0)
/// A stop request from the terminal (SIGTSTP: `kill -TSTP`, or the job-control Ctrl-Z of a program
/// that reads keys cooked) waits for the loop, which gives the terminal back before stopping.
let pendingSuspend = Atomic<Bool>(false)
/// Set when the process continues after any stop (SIGCONT, also after an uncatchable SIGSTOP): the
/// shell wrote over the screen meanwhile, so the loop draws it whole.
let pendingRedraw = Atomic<Bool>(false)

/// Every signal whose default action ends the process gives the terminal back first: a stop request
/// (SIGTERM, SIGQUIT, SIGUSR1, SIGPIPE, SIGALRM…) ends the loop, which restores the terminal and exits
/// with 128 + n; a crash (a Swift trap is SIGILL or SIGTRAP) restores the terminal in the handler and
/// then lets the previous handler (Swift's crash reporter) write on the normal screen.
enum Signals {
    static let stopping: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2,
                                    SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPWR, SIGIO, SIGSTKFLT]
                                    + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
    static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGSYS]

    /// The dispositions found at start, put back on the way out; read by the crash handler.
    private nonisolated(unsafe) static let previous: UnsafeMutablePointer<sigaction> = {
        let p = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG) + 1)
        p.initialize(repeating: sigaction(), count: Int(NSIG) + 1)
        return p
    }()
    private nonisolated(unsafe) static var installed: [Int32] = []
    /// Run before the process dies in a handler (partial output files removed); nil when none is needed.
    private nonisolated(unsafe) static var lastWords: (@convention(c) () -> Void)?

    static func install(lastWords: (@convention(c) () -> Void)? = nil) {
        self.lastWords = lastWords
        _ = previous
        SignalInstallation.installAlternateStack()
        installed = SignalInstallation.install(stopping + crashing, saving: previous) { sig in
            var action = sigaction()
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_ONSTACK
            if crashing.contains(sig) {
                action.sa_flags |= SA_SIGINFO
                action.__sigaction_handler.sa_sigaction = { received, info, _ in
                    Signals.lastWords?()
                    endwin()
                    Signals.endCrash(received, sentByProcess: (info?.pointee.si_code ?? 0) <= 0)
                }
            } else {
                action.__sigaction_handler.sa_handler = { received in
                    // A second request while the first is not yet served (the loop is busy) ends the process now.
                    if pendingSignal.exchange(received, ordering: .relaxed) != 0 {
                        Signals.lastWords?()
                        endwin()
                        signal(received, SIG_DFL)
                        raise(received)
                    }
                }
            }
            return action
        }
        installJobControl()
    }

    /// SIGTSTP only asks the loop to suspend (a signal ignored at start, as under a shell without job
    /// control, stays ignored); SIGCONT asks for a whole redraw.
    private static func installJobControl() {
        installed += SignalInstallation.install([SIGTSTP], saving: previous) { _ in
            var action = sigaction()
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_ONSTACK
            action.__sigaction_handler.sa_handler = { _ in pendingSuspend.store(true, ordering: .relaxed) }
            return action
        }
        var cont = sigaction()
        sigemptyset(&cont.sa_mask)
        cont.sa_flags = SA_ONSTACK
        cont.__sigaction_handler.sa_handler = { _ in pendingRedraw.store(true, ordering: .relaxed) }
        sigaction(SIGCONT, &cont, previous + Int(SIGCONT))
        installed.append(SIGCONT)
    }

    /// Stops the process as SIGTSTP's default action would (the caller has given the terminal back);
    /// returns once it is continued, with the handler in place again.
    static func stopProcess() {
        guard installed.contains(SIGTSTP) else {
            raise(SIGSTOP)
            return
        }
        var ours = sigaction()
        sigaction(SIGTSTP, previous + Int(SIGTSTP), &ours)
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(SIGTSTP, &defaultAction, nil)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &ours, nil)
    }

    /// A real fault returns to the faulting instruction, which faults again into the previous
    /// handler (Swift's crash reporter, on the restored screen); a crash signal sent by another
    /// process (kill) has no instruction to repeat, so it takes the default action now.
    private static func endCrash(_ sig: Int32, sentByProcess: Bool) {
        if sentByProcess {
            signal(sig, SIG_DFL)
            raise(sig)
        } else {
            sigaction(sig, previous + Int(sig), nil)
        }
    }

    static func restoreDefaults() {
        for sig in installed { sigaction(sig, previous + Int(sig), nil) }
        installed = []
    }
}
