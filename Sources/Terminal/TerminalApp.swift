import CCP
import CNcurses
import Foundation
import Telephony

/// The CCP on a real terminal: start-up checks, the ncurses screen, and the loop that advances the
/// session's virtual time from the wall clock and feeds keys, clicks and resizes to the controller.
public enum TerminalApp {
    /// Exit status: 0 after quitting, 2 when the terminal cannot host the CCP (the reason is
    /// printed on stderr), 128 + n after signal n from outside (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1,
    /// SIGPIPE, SIGALRM and every other signal whose default action would end the process).
    ///
    /// `record` receives an asciicast v2 of the frames shown (`CastRecorder`), header first.
    /// `lastWords` runs in a signal handler when a signal ends the process without returning here
    /// (a crash, a second stop request): only async-signal-safe calls (unlink) belong in it.
    /// `supervisor` adds a supervisor panel for that agent (`run --supervisor`).
    public static func run(session: CCPSession, agents: [String], showCustomer: Bool, supervisor: String? = nil,
                           theme: Theme, speed: Double, record: ((Data) -> Void)? = nil,
                           lastWords: (@convention(c) () -> Void)? = nil) -> Int32 {
        withTerminal(theme: theme, lastWords: lastWords) { terminal in
            var loop = Loop(session: session, agents: agents, showCustomer: showCustomer, supervisor: supervisor, speed: speed,
                            display: CursesDisplay(palette: terminal.palette), glyphs: terminal.glyphs)
            if let record {
                loop.recorder = CastRecorder(theme: terminal.shownTheme, environment: terminal.environment, write: record)
            }
            return loop.run()
        }
    }

    /// What the screen was set up with, for the loops that draw on it.
    struct Setup {
        let palette: Palette
        let shownTheme: Theme
        let glyphs: Glyphs
        let environment: [String: String]
    }

    /// Checks the terminal, takes it with ncurses for `body`, and gives it back however `body` ends;
    /// returns `body`'s status, or 2 when the terminal cannot host the CCP (the reason on stderr).
    static func withTerminal(theme: Theme, lastWords: (@convention(c) () -> Void)?, _ body: (Setup) -> Int32) -> Int32 {
        setlocale(LC_ALL, "")
        let environment = ProcessInfo.processInfo.environment
        let term: String
        switch StartupCheck.terminal(environment: environment) {
        case .failure(let problem):
            StartupCheck.report(problem.description)
            return 2
        case .success(let t):
            term = t
        }
        // Without a UTF-8 locale ncurses mangles box drawing and bullets; ASCII stand-ins keep it legible.
        let glyphs: Glyphs = shim_locale_is_utf8() == 1 ? .unicode : .ascii
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        // Before ncurses starts, so no signal finds the terminal taken and no handler to give it back.
        Signals.install(lastWords: lastWords)
        guard let screen = shim_newterm(term) else {
            Signals.restoreDefaults()
            StartupCheck.report(StartupProblem.newtermFailed(term).description)
            return 2
        }
        defer {
            endwin()
            delscreen(screen)
            Signals.restoreDefaults()
        }
        configureInput()
        let (palette, shownTheme) = makePalette(theme)
        leaveInitialState()
        return body(Setup(palette: palette, shownTheme: shownTheme, glyphs: glyphs, environment: environment))
    }

    /// ncurses 6.4 flushes its output at every cursor move until the screen has once been left with
    /// endwin (`_nc_mvcur` flushes while the screen is in its initial state, and only the return from
    /// endwin ends that state): a help overlay went out as ~80 writes, each a wake-up for the terminal,
    /// instead of one. Leaving before the first frame, which comes back exactly as after Ctrl-Z, makes
    /// every frame one write (a few when it outgrows ncurses' buffer of about a screenful).
    private static func leaveInitialState() {
        endwin()
    }

    private static func configureInput() {
        // raw, not cbreak: Ctrl-C arrives as a key (the keymap's quit) instead of killing the process mid-frame.
        raw()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        intrflush(shim_stdscr(), false)
        curs_set(0)
        var old: mmask_t = 0
        mousemask(shim_mouse_mask(), &old)
        mouseinterval(0)
    }

    /// The palette, and the theme it shows (monochrome on a terminal without enough colours).
    private static func makePalette(_ theme: Theme) -> (Palette, Theme) {
        let monochrome = (try? ThemeLibrary.load("monochrome")) ?? theme
        let hasColors = has_colors()
        var defaultColors = false
        if hasColors {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        let palette = Palette(theme: theme, monochrome: monochrome, hasColors: hasColors, colors: Int(shim_colors()),
                              colorPairs: Int(shim_color_pairs()), defaultColors: defaultColors)
        return (palette, Palette.usesColors(hasColors: hasColors, colorPairs: Int(shim_color_pairs())) ? theme : monochrome)
    }
}
