import CCP
import CNcurses
import Telephony

/// One iteration: stop on a signal, advance virtual time, draw what changed, wait for input no
/// longer than until the next visible second (or the engine's next timer).
struct Loop {
    let controller: CCPController
    var display: CursesDisplay
    let glyphs: Glyphs
    var virtualTime: Double
    var lastWall = ContinuousClock.now
    var lastFrame: Frame?
    var recorder: CastRecorder?

    init(session: CCPSession, agents: [String], showCustomer: Bool, supervisor: String?, speed: Double,
         display: CursesDisplay, glyphs: Glyphs) {
        controller = CCPController(session: session, agents: agents, showCustomer: showCustomer, supervisor: supervisor,
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
            if pendingSuspend.exchange(false, ordering: .relaxed) { suspend() }
            if pendingRedraw.exchange(false, ordering: .relaxed) { redrawWhole() }
            advanceTime()
            let frame = controller.render(glyphs: glyphs)
            display.show(frame.screen)
            recorder?.record(frame.screen)
            lastFrame = frame
            wtimeout(shim_stdscr(), Int32(waitMillis()))
            if !handle(KeyDecoder.read()) { return 0 }
        }
    }

    mutating func advanceTime() {
        let wall = ContinuousClock.now
        let elapsed = wall - lastWall
        lastWall = wall
        guard !controller.ui.timeStopped else { return }
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        virtualTime += ms * controller.ui.speed
        controller.session.advance(to: Millis(virtualTime))
    }

    /// Timers on screen show whole seconds, so waking at the next virtual second is enough to keep
    /// them true; paused, only input and signals matter.
    func waitMillis() -> Int {
        guard !controller.ui.timeStopped else { return 500 }
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
                redrawWhole()
            case .suspend:
                suspend()
            default: break
            }
        }
        return true
    }

    /// Ctrl-Z or SIGTSTP: the terminal as it was before the CCP (line settings, normal screen, cursor,
    /// mouse and keypad modes), then stopped until `fg`. Virtual time stands still meanwhile; the next
    /// frame puts the CCP's terminal modes back (ncurses does on the first refresh after endwin) and is
    /// drawn whole.
    mutating func suspend() {
        endwin()
        Signals.stopProcess()
        lastWall = ContinuousClock.now
        redrawWhole()
    }

    mutating func redrawWhole() {
        clearok(shim_stdscr(), true)
        display.invalidate()
    }

    func panelIndex(under x: Int, _ y: Int) -> Int? {
        for hit in lastFrame?.hits ?? [] where hit.rect.contains(x: x, y: y) {
            if case .panel(let i) = hit.target { return i }
        }
        return nil
    }
}
