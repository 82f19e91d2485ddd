import Script
import Telephony

/// Runs the reducer against a live session: reads the world, reduces an event, carries out the
/// intents and turns refusals into messages. No terminal and no clock, so tests drive it as the
/// Terminal loop does.
public final class CCPController {
    public let session: CCPSession
    public private(set) var ui: UIState
    public let showCustomer: Bool
    /// The agents' own moves and contact starts, merged into their transcripts.
    private var log = ActionLog()
    /// The demo script's moves already in the log.
    private var demoMovesLogged = 0
    /// The agent the demo last moved the focus to (followDemoAgent).
    private var demoFocusedOn: String?
    /// The world as last read, and the session's `worldVersion` then: kept while the version has not
    /// moved, so a key that changes only UI state (the `:` line, the number pad, help) reads nothing.
    private var lastRead: (version: Int, world: WorldSnapshot)?
    /// How many times the world was read from the session (each agent's view, transcript, call map,
    /// the flows and records): what `lastRead` saves, counted for the tests that pin it.
    public private(set) var worldReads = 0
    /// Keeps the side panels' drawing while their inputs stay the same (`SidePanelCache`).
    public let sidePanelCache = SidePanelCache()

    /// Agents shown in panels are driven by the person at the keyboard, so their simulated
    /// behaviour is switched off (WorldCommand.takeControl).
    /// `supervisor` adds a supervisor panel for that agent (`run --supervisor`).
    public init(session: CCPSession, agents: [String], showCustomer: Bool, supervisor: String? = nil, size: Size,
                speed: Double = 1) {
        self.session = session
        self.showCustomer = showCustomer
        ui = UIState(agents: agents, showCustomer: showCustomer, supervisor: supervisor, size: size)
        // --speed is honoured as given (the command line bounds it); only + and - move along the ladder.
        ui.speed = speed > 0 ? speed : 1
        ui.storyOpen = session.lesson != nil
        for agent in agents + (supervisor.map { [$0] } ?? []) {
            if let refusal = session.perform(.takeControl(agent: agent)) {
                ui.message = Message(refusal.reason, kind: .error)
            }
        }
    }

    public var agents: [String] { ui.panels.compactMap(\.agentName) }

    /// An agent's name as the CCP shows it, from a handle commands use (other handles stay as typed).
    private func displayName(_ handle: String) -> String { session.agentView(handle)?.displayName ?? handle }
    public var supervisors: [String] { ui.panels.compactMap(\.supervisorName) }

    /// The world as the session shows it now; read again only when its `worldVersion` moved (or
    /// the session cannot tell), otherwise the last reading at the session's current time.
    public func snapshot() -> WorldSnapshot {
        let version = session.worldVersion
        if let version, let last = lastRead, last.version == version {
            var world = last.world
            world.now = session.now
            world.lesson = session.lesson?.progress
            world.demo = session.demo?.progress
            // The log notes when each agent was last seen free, so it looks on every frame as before.
            for view in world.agents.values { log.look(at: view, now: world.now) }
            followDemoAgent()
            return world
        }
        let world = read()
        lastRead = version.map { ($0, world) }
        return world
    }

    private func read() -> WorldSnapshot {
        worldReads += 1
        var world = WorldSnapshot.capture(session, agents: agents + supervisors, customer: showCustomer)
        world.version = session.worldVersion
        if !supervisors.isEmpty {
            world.liveContacts = session.liveContacts
            for name in supervisors { world.supervisors[name] = session.supervisorView(of: name) }
        }
        for view in world.agents.values { log.look(at: view, now: world.now) }
        // After the look: a contact the script accepted since the last frame starts before the accept.
        followDemoAgent()
        if let moves = session.demo?.moves, moves.count > demoMovesLogged {
            for move in moves[demoMovesLogged...] {
                log.performed(move.command, by: move.agent, at: move.at, heardAtInstant: move.heardAtInstant,
                              supervising: move.supervising, name: displayName)
            }
            demoMovesLogged = moves.count
        }
        for name in world.agents.keys {
            world.agentTranscripts[name] = log.merged(world.agentTranscripts[name] ?? [], for: name)
        }
        return world
    }

    /// What the UI state shows of the world as it is now (a number pad whose call ended is gone).
    public func render(glyphs: Glyphs = .unicode) -> Frame {
        let world = snapshot()
        return CCPRenderer.render(world, Reducer.follow(ui, world: world), glyphs: glyphs, sidePanels: sidePanelCache)
    }

    /// Applies one input event; returns the intents that concern the loop (quit, redraw, suspend).
    @discardableResult
    public func handle(_ event: InputEvent) -> [Intent] {
        let (next, intents) = Reducer.reduce(ui, event, world: snapshot())
        if next.refusals > ui.refusals, let lesson = session.lesson, ui.commandAgent == lesson.agent {
            let said = next.panels.indices.contains(next.focus) ? next.panels[next.focus].message : next.message
            lesson.noteRefusal(said?.text ?? "A move the CCP refused")
        }
        // Closing the story starts the lesson: quitting before that is no attempt (LessonRun.Phase.notStarted).
        if ui.storyOpen, !next.storyOpen { session.lesson?.begin() }
        ui = next
        var forLoop: [Intent] = []
        for intent in intents {
            switch intent {
            case .agent(let name, let command):
                if let refusal = perform(command, as: name) {
                    if supervisors.contains(name) {
                        show(refusal.reason, on: .supervisor(name))
                    } else {
                        show(KeyAdvice.onCCP(refusal.reason), on: .agent(name))
                    }
                }
            case .world(let command):
                if let refusal = session.perform(command) { show(refusal.reason, on: .customer) }
            case .commandLine(let line, let agent):
                // An agent verb typed on the `:` line is a move as a key's is, and leaves its line in the transcript.
                if case .agent(let name, let command)? = try? ScriptParser.parseLine(line),
                   let username = session.agentView(name ?? agent)?.username {
                    let refusal = perform(command, as: username)
                    ui.message = Message(refusal.map { "Refused: \($0.reason)" } ?? "ok: \(line)", kind: .info)
                } else if let output = session.runCommandLine(line, as: agent) {
                    ui.message = Message(output, kind: .info)
                }
            case .showHint:
                guard let lesson = session.lesson else {
                    ui.message = Message("Hints come with lessons: termccp learn", kind: .info)
                    continue
                }
                lesson.showHint()
            case .stopLesson:
                session.lesson?.stop()
            case .demo(let control):
                guard let demo = session.demo else {
                    ui.message = Message("Steps come with demos: termccp demo SCRIPT.ccp", kind: .info)
                    continue
                }
                switch control {
                case .nextStep: demo.next()
                case .toggleStepMode: demo.toggleMode()
                }
            case .redraw, .suspend, .quit:
                forLoop.append(intent)
            }
        }
        return forLoop
    }

    /// Carries out an agent's move and notes it in the agent's transcript; why not, when refused.
    private func perform(_ command: AgentCommand, as name: String) -> Refusal? {
        let heard = ActionLog.heardAtInstant(session.transcript(of: .agent(name)), now: session.now)
        let supervising = supervisors.contains(name) && session.supervisorView(of: name)?.mode != nil
        if let refusal = session.perform(command, as: name) { return refusal }
        log.performed(command, by: name, at: session.now, heardAtInstant: heard, supervising: supervising, name: displayName)
        return nil
    }

    /// A demo's focus follows the agent the script acts as, so with more panels than fit side by
    /// side the one where things happen is on screen. It moves only when that agent changes, so a
    /// panel the presenter Tabbed to stays focused until the script acts as someone else.
    private func followDemoAgent() {
        guard let acting = session.demo?.actingAs, acting != demoFocusedOn else { return }
        demoFocusedOn = acting
        if let i = ui.panels.firstIndex(where: { $0.agentName == acting || $0.supervisorName == acting }) { ui.focus = i }
    }

    private func show(_ text: String, on kind: PanelKind) {
        if let i = ui.panels.firstIndex(where: { $0.kind == kind }) {
            ui.panels[i].message = Message(text, kind: .error)
        } else {
            ui.message = Message(text, kind: .error)
        }
    }
}
