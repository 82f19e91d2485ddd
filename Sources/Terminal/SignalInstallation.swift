import Glibc

/// Installing signal handlers, shared by the CCP (whose handlers give the terminal back) and the headless
/// commands (whose handlers remove partial output files), so both keep the same rules.
public enum SignalInstallation {
    /// Installs `action(sig)` for each signal and keeps the disposition found at `previous + sig` (so
    /// `previous` holds at least NSIG entries). A signal the parent set to be ignored (nohup) stays ignored
    /// and is left out. Returns the signals installed.
    @discardableResult
    public static func install(_ signals: [Int32], saving previous: UnsafeMutablePointer<sigaction>,
                               _ action: (Int32) -> sigaction) -> [Int32] {
        var installed: [Int32] = []
        for sig in signals {
            var inherited = sigaction()
            sigaction(sig, nil, &inherited)
            if unsafeBitCast(inherited.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                continue
            }
            var chosen = action(sig)
            sigaction(sig, &chosen, previous + Int(sig))
            installed.append(sig)
        }
        return installed
    }

    /// A 64 KiB stack of the handlers' own, so that a handler still runs when the fault was a stack
    /// overflow; a stack already installed is kept.
    public static func installAlternateStack() {
        var current = stack_t()
        sigaltstack(nil, &current)
        if current.ss_sp != nil, current.ss_flags & Int32(SS_DISABLE) == 0 { return }
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
    }
}
