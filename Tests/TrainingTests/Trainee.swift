import CCP
import Telephony
import Testing
import Training

/// A trainee at the CCP of a lesson: keys go through the pure CCP layer (keymap, reducer,
/// controller) exactly as the terminal would send them; time moves on virtual time in steps.
final class Trainee {
    let run: LessonRun
    let session: LessonSession
    let ccp: CCPController

    /// `startsAtOnce`: the trainee closes the story with Enter, as the lesson opens with it.
    /// `returnsToMenu`: opened from `termccp learn`'s menu.
    convenience init(_ name: String, size: Size = Size(columns: 100, rows: 30), startsAtOnce: Bool = true,
                     returnsToMenu: Bool = false) throws {
        try self.init(lesson: try #require(try BuiltInLessons.load(name)), size: size, startsAtOnce: startsAtOnce,
                      returnsToMenu: returnsToMenu)
    }

    init(lesson: Lesson, size: Size = Size(columns: 100, rows: 30), startsAtOnce: Bool = true,
         returnsToMenu: Bool = false) throws {
        run = try LessonSetup.start(lesson)
        session = LessonSession(run: run, returnsToMenu: returnsToMenu)
        // As `termccp learn` does: a lesson's supervisor gets a panel beside the trainee's CCP.
        ccp = CCPController(session: session, agents: [run.agent], showCustomer: false, supervisor: run.supervisor, size: size)
        if startsAtOnce { ccp.handle(.key(.enter)) }
    }

    var view: AgentView? { session.agentView(run.agent) }
    var banner: Banner? { view?.contact?.banner }

    /// Types keys: letters as themselves, `⏎` Enter, `⎋` Escape, `↑` `↓` the arrows, `⇥` Tab.
    @discardableResult
    func press(_ keys: String) -> Trainee {
        for c in keys {
            switch c {
            case "⏎": ccp.handle(.key(.enter))
            case "↑": ccp.handle(.key(.up))
            case "↓": ccp.handle(.key(.down))
            case "⎋": ccp.handle(.key(.escape))
            case "⇥": ccp.handle(.key(.tab))
            default: ccp.handle(.key(.char(c)))
            }
        }
        return self
    }

    @discardableResult
    func wait(_ ms: Millis) -> Trainee {
        session.advance(to: session.now + ms)
        return self
    }

    /// Lets time pass in steps of half a second at most, stopping at each engine timer, until the
    /// condition holds: the trainee reacts from the moment it shows.
    @discardableResult
    func waitUntil(_ what: String, within limit: Millis = 120_000, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: (Trainee) -> Bool) -> Trainee {
        let deadline = session.now + limit
        while !condition(self), session.now < deadline {
            let next = min(session.now + 500, session.nextWakeUp.map { max($0, session.now + 1) } ?? Int.max)
            session.advance(to: next)
        }
        #expect(condition(self), "waited \(limit / 1000) s for \(what)", sourceLocation: sourceLocation)
        return self
    }

    @discardableResult
    func waitForBanner(_ banner: Banner, sourceLocation: SourceLocation = #_sourceLocation) -> Trainee {
        waitUntil("banner \(banner.rawValue)", sourceLocation: sourceLocation) { $0.banner == banner }
    }

    @discardableResult
    func waitForGoal(_ n: Int, sourceLocation: SourceLocation = #_sourceLocation) -> Trainee {
        waitUntil("goal \(n) to be the current one", sourceLocation: sourceLocation) { ($0.run.currentGoal ?? Int.max) >= n - 1 }
    }

    func hears(_ party: String) -> Bool {
        run.engine.hears(.agent(run.agent), party == "maria" ? .agent("maria") : .customer(1))
    }

    /// The rendered screen as text rows.
    var screen: String { ccp.render().screen.glyphText }
}
