import CCP
import Telephony
import Testing
import Training

/// Help and the footer say what Q does in each mode (issue 11 review 2, point 10e: in a lesson help
/// said "Quit", but Q asks first and Q Q stops the lesson and shows its summary, where Q quits or, from
/// `termccp learn`'s menu, goes back to the menu), at 80×24 where the overlay is scrolled to its end.
@Suite struct QuitHelpTests {
    static let size = Size(columns: 80, rows: 24)

    /// The help overlay scrolled to its last rows, where the Everywhere keys end with Q.
    static func helpEnd(_ t: Trainee) -> String {
        t.press("?")
        for _ in 0..<40 { t.ccp.handle(.key(.pageDown)) }
        let screen = t.screen
        t.press("?")
        return screen
    }

    @Test func aRunningLessonsHelpSaysQStopsItAndQAgainDoesIt() throws {
        let t = try Trainee("take-a-call", size: Self.size)
        let help = Self.helpEnd(t)
        #expect(help.contains("Q / Ctrl-C  Stop the lesson (asks first) and show its summary"), "\(help)")
        #expect(!help.contains("Q / Ctrl-C  Quit"))
        #expect(t.screen.contains("Q stop lesson"))
        // What it says is what Q does: the first asks, the second stops and shows the summary, whose own
        // line names the next Q, which quits.
        #expect(t.ccp.handle(.key(.char("Q"))).isEmpty)
        #expect(t.ccp.ui.message?.text.hasPrefix("Stop the lesson?") == true)
        #expect(t.ccp.handle(.key(.char("Q"))).isEmpty)
        #expect(t.run.phase == .stopped)
        #expect(t.screen.contains("Summary below · Q quits"), "\(t.screen)")
        #expect(Self.helpEnd(t).contains("Q / Ctrl-C  Quit"))
        #expect(t.ccp.handle(.key(.char("Q"))) == [.quit])
    }

    @Test func aLessonFromTheMenuSaysItGoesBackToTheMenu() throws {
        let t = try Trainee("take-a-call", size: Self.size, returnsToMenu: true)
        #expect(Self.helpEnd(t).contains("Q / Ctrl-C  Stop the lesson (asks first) and show its summary"))
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.waitForGoal(3).press("e").waitForBanner(.afterContactWork).wait(2000).press("c")
        #expect(t.run.phase == .passed)
        #expect(Self.helpEnd(t).contains("Q / Ctrl-C  Back to the lesson menu"))
        #expect(t.screen.contains("Q menu"))
        #expect(t.screen.contains("Summary below · Q back to the menu"), "\(t.screen)")
    }

    /// The story before the lesson says it too: from the menu, Q goes back to it.
    @Test func theStorySaysWhereQGoes() throws {
        let fromMenu = try Trainee("take-a-call", size: Self.size, startsAtOnce: false, returnsToMenu: true)
        #expect(fromMenu.screen.contains("Enter starts the lesson (the clock starts then) · Q back to the menu"),
                "\(fromMenu.screen)")
        let fromFile = try Trainee("take-a-call", size: Self.size, startsAtOnce: false)
        #expect(fromFile.screen.contains("Enter starts the lesson (the clock starts then) · Q quits"))
        #expect(fromFile.ccp.handle(.key(.char("Q"))).contains(.quit))
    }

    @Test func outsideALessonHelpSaysQuit() throws {
        let t = try Trainee("take-a-call", size: Self.size)
        t.waitForBanner(.incoming).wait(1000).press("a").waitForBanner(.connected)
        t.waitForGoal(3).press("e").waitForBanner(.afterContactWork).wait(2000).press("c")
        // A lesson run from its file: once it has ended, Q quits.
        #expect(Self.helpEnd(t).contains("Q / Ctrl-C  Quit"))
        #expect(t.screen.contains("Summary below · Q quits"))
    }
}
