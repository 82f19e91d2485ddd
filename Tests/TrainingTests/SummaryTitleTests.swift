import CCP
import Testing
import Training

/// The summary's frame is as wide as its lesson's title where the terminal has room: at 100 columns
/// "Transfer to an agent with a consult (agent quick connect, Join, Leave)" was cut to "…(agent quick…"
/// in a 59-column box (issue 11 review 3).
@Suite struct SummaryTitleTests {
    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 100, rows: 30), Size(columns: 120, rows: 40)])
    func theSummaryShowsTheWholeTitleWhereItFits(_ size: Size) throws {
        let t = try Trainee("agent-quick-connect", size: size)
        t.wait(1000)
        t.run.stop()
        #expect(t.screen.contains(t.run.lesson.title), "\(t.screen)")
    }
}
