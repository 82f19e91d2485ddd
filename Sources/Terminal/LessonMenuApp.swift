import CCP
import CNcurses

/// A lesson ready to play in the CCP: its session and the panels to show.
public struct LessonPlay {
    public let session: CCPSession
    public let agents: [String]
    public let supervisor: String?

    public init(session: CCPSession, agents: [String], supervisor: String?) {
        self.session = session
        self.agents = agents
        self.supervisor = supervisor
    }
}

extension TerminalApp {
    /// `termccp learn` without a lesson: the lesson menu, and each lesson chosen played in the CCP on
    /// the same screen; when the trainee quits a lesson (after its summary, or before) the menu comes
    /// back with `closed`'s line under the list. `open` makes a lesson ready or throws why it cannot
    /// start (shown in the menu). Exit status as `run`: 0 after q in the menu, 2 when the terminal
    /// cannot host the CCP, 128 + n after signal n (`closed` still hears of the lesson then).
    public static func learn(menu: LessonMenu, theme: Theme, speed: Double, open: (String) throws -> LessonPlay,
                             closed: (LessonPlay, Int32) -> String) -> Int32 {
        withTerminal(theme: theme, lastWords: nil) { terminal in
            var menu = menu
            while true {
                var screen = MenuLoop(menu: menu, display: CursesDisplay(palette: terminal.palette), glyphs: terminal.glyphs)
                let choice = screen.run()
                menu = screen.menu
                let name: String
                switch choice {
                case .quit: return 0
                case .signal(let status): return status
                case .start(let chosen): name = chosen
                }
                let play: LessonPlay
                do {
                    play = try open(name)
                } catch {
                    menu.note = "\(name): \(error)"
                    menu.noteIsProblem = true
                    continue
                }
                var loop = Loop(session: play.session, agents: play.agents, showCustomer: false, supervisor: play.supervisor,
                                speed: speed, display: CursesDisplay(palette: terminal.palette), glyphs: terminal.glyphs)
                loop.redrawWhole()
                let status = loop.run()
                menu.note = closed(play, status)
                menu.noteIsProblem = false
                if status != 0 { return status }
            }
        }
    }
}

/// The menu on the terminal until a lesson is chosen, q, or a signal; sizes and keys go to the
/// menu, Ctrl-L redraws and Ctrl-Z suspends as in the CCP.
struct MenuLoop {
    enum Choice { case start(String), quit, signal(Int32) }

    var menu: LessonMenu
    var display: CursesDisplay
    let glyphs: Glyphs

    init(menu: LessonMenu, display: CursesDisplay, glyphs: Glyphs) {
        self.menu = menu
        self.display = display
        self.glyphs = glyphs
        self.menu.size = Loop.terminalSize()
        clearok(shim_stdscr(), true)
        self.display.invalidate()
    }

    mutating func run() -> Choice {
        while true {
            let signal = pendingSignal.load(ordering: .relaxed)
            if signal != 0 { return .signal(128 + signal) }
            if pendingSuspend.exchange(false, ordering: .relaxed) { suspend() }
            if pendingRedraw.exchange(false, ordering: .relaxed) { redrawWhole() }
            display.show(menu.render(glyphs: glyphs).screen)
            // Nothing moves on the menu by itself: the wait only bounds how late a signal is noticed.
            wtimeout(shim_stdscr(), 500)
            switch KeyDecoder.read() {
            case .none, .mouse:
                continue
            case .resize:
                menu.size = Loop.terminalSize()
                display.invalidate()
            case .key(.ctrl("l")):
                redrawWhole()
            case .key(.ctrl("z")):
                suspend()
            case .key(let key):
                switch menu.handle(key) {
                case .stay: continue
                case .quit: return .quit
                case .start(let name): return .start(name)
                }
            }
        }
    }

    mutating func suspend() {
        endwin()
        Signals.stopProcess()
        redrawWhole()
    }

    mutating func redrawWhole() {
        clearok(shim_stdscr(), true)
        display.invalidate()
    }
}
