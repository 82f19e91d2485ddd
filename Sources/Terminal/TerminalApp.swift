import CCP
import CNcurses
import Foundation
import Telephony

/// The CCP on a real terminal: start-up checks, the ncurses screen, and the loop that advances the
/// session's virtual time from the wall clock and feeds keys, clicks and resizes to the controller.
public enum TerminalApp {
    /// Exit status: 0 after quitting, 2 when the terminal cannot host the CCP (the reason is
    /// printed on stderr), 128 + n after signal n (SIGTERM, SIGHUP, SIGINT from outside).
    public static func run(session: CCPSession, agents: [String], showCustomer: Bool, theme: Theme,
                           speed: Double) -> Int32 {
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
        guard let screen = shim_newterm(term) else {
            StartupCheck.report(StartupProblem.newtermFailed(term).description)
            return 2
        }
        Signals.install()
        defer {
            endwin()
            delscreen(screen)
            Signals.restoreDefaults()
        }
        configureInput()
        let palette = makePalette(theme)
        var loop = Loop(session: session, agents: agents, showCustomer: showCustomer, speed: speed,
                        display: CursesDisplay(palette: palette), glyphs: glyphs)
        return loop.run()
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

    private static func makePalette(_ theme: Theme) -> Palette {
        let monochrome = (try? ThemeLibrary.load("monochrome")) ?? theme
        let hasColors = has_colors()
        var defaultColors = false
        if hasColors {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        return Palette(theme: theme, monochrome: monochrome, hasColors: hasColors, colors: Int(shim_colors()),
                       colorPairs: Int(shim_color_pairs()), defaultColors: defaultColors)
    }
}

/// One iteration: stop on a signal, advance virtual time, draw what changed, wait for input no
/// longer than until the next visible second (or the engine's next timer).
struct Loop {
    let controller: CCPController
    var display: CursesDisplay
    let glyphs: Glyphs
    var virtualTime: Double
    var lastWall = ContinuousClock.now
    var lastFrame: Frame?

    init(session: CCPSession, agents: [String], showCustomer: Bool, speed: Double, display: CursesDisplay,
         glyphs: Glyphs) {
        controller = CCPController(session: session, agents: agents, showCustomer: showCustomer,
                                   size: Self.terminalSize(), speed: speed)
        self.display = display
        self.glyphs = glyphs
        virtualTime = Double(session.now)
    }

    static func terminalSize() -> Size {
        Size(columns: Int(getmaxx(shim_stdscr())), rows: Int(getmaxy(shim_stdscr())))
    }

    mutating func run() -> Int32 {
        while true {
            let signal = pendingSignal.load(ordering: .relaxed)
            if signal != 0 { return 128 + signal }
            advanceTime()
            let frame = controller.render(glyphs: glyphs)
            display.show(frame.screen)
            lastFrame = frame
            wtimeout(shim_stdscr(), Int32(waitMillis()))
            if !handle(KeyDecoder.read()) { return 0 }
        }
    }

    mutating func advanceTime() {
        let wall = ContinuousClock.now
        let elapsed = wall - lastWall
        lastWall = wall
        guard !controller.ui.paused else { return }
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        virtualTime += ms * controller.ui.speed
        controller.session.advance(to: Millis(virtualTime))
    }

    /// Timers on screen show whole seconds, so waking at the next virtual second is enough to keep
    /// them true; paused, only input and signals matter.
    func waitMillis() -> Int {
        guard !controller.ui.paused else { return 500 }
        let speed = controller.ui.speed
        var virtualWait = 1000 - virtualTime.truncatingRemainder(dividingBy: 1000)
        if let next = controller.session.nextWakeUp { virtualWait = min(virtualWait, Double(next) - virtualTime) }
        return min(1000, max(5, Int((virtualWait / speed).rounded(.up))))
    }

    /// Returns false to quit.
    mutating func handle(_ input: TerminalInput) -> Bool {
        let event: InputEvent
        switch input {
        case .none:
            return true
        case .resize:
            display.invalidate()
            event = .resize(Self.terminalSize())
        case .key(let key):
            event = .key(key)
        case .mouse(let x, let y, let button):
            guard let target = lastFrame?.target(x: x, y: y) else { return true }
            switch button {
            case .left:
                event = .click(target)
            case .wheelUp, .wheelDown:
                guard let panel = panelIndex(under: x, y) else { return true }
                event = .wheel(panel: panel, up: button == .wheelUp)
            }
        }
        let intents = controller.handle(event)
        // A `:wait 30s` moves the engine's clock itself; the wall clock carries on from there.
        virtualTime = max(virtualTime, Double(controller.session.now))
        for intent in intents {
            switch intent {
            case .quit: return false
            case .redraw:
                clearok(shim_stdscr(), true)
                display.invalidate()
            default: break
            }
        }
        return true
    }

    func panelIndex(under x: Int, _ y: Int) -> Int? {
        for hit in lastFrame?.hits ?? [] where hit.rect.contains(x: x, y: y) {
            if case .panel(let i) = hit.target { return i }
        }
        return nil
    }
}
