import CNcurses
import Glibc

/// Reasons the CCP refuses to start, each with what to do instead. They are checked before
/// ncurses takes the screen, because ncurses itself would exit or draw garbage.
enum StartupProblem: Error, CustomStringConvertible {
    case notATerminal
    case noTerm
    case unknownTerm(String)
    case cannotAddressCursor(String)
    case newtermFailed(String)

    var description: String {
        switch self {
        case .notATerminal:
            return "termccp: the CCP needs a terminal on stdin and stdout; for runs without one use `termccp script FILE`"
        case .noTerm:
            return "termccp: TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
        case .unknownTerm(let term):
            return "termccp: unknown terminal type TERM=\(term) (no terminfo entry); try TERM=xterm-256color"
        case .cannotAddressCursor(let term):
            return "termccp: TERM=\(term) cannot move the cursor, so the CCP cannot be drawn; use a full terminal "
                + "(e.g. TERM=xterm-256color) or `termccp script FILE`"
        case .newtermFailed(let term):
            return "termccp: ncurses could not start on TERM=\(term)"
        }
    }
}

enum StartupCheck {
    /// Returns the TERM to use, or the problem to report with exit status 2.
    static func terminal(environment: [String: String]) -> Result<String, StartupProblem> {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return .failure(.notATerminal) }
        guard let term = environment["TERM"], !term.isEmpty else { return .failure(.noTerm) }
        switch shim_terminal_can_address(term) {
        case -1: return .failure(.unknownTerm(term))
        case 0: return .failure(.cannotAddressCursor(term))
        default: return .success(term)
        }
    }

    static func report(_ text: String) {
        let line = text + "\n"
        _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    }
}
