import CCP
import Telephony
import Testing
import Training

/// A hint written for a ringing call goes stale once the trainee has answered, ended and cleared that
/// caller: with no contact and no call on its way, the bar says which key brings one (issue 11 review 3:
/// in missed-call-next-status, answering the first call left goal 1 "Let the call ring out" with the hint
/// "Wait: the accept window is 20 seconds." and nothing ringing).
@Suite struct NoCallComingHintTests {
    static let note = "No call is on its way: i brings a caller if this goal needs one."

    @Test func theCallerGoneTheHintSaysWhatBringsOne() throws {
        let t = try Trainee("missed-call-next-status", size: Size(columns: 120, rows: 40))
        t.waitForBanner(.incoming).press("a").waitForBanner(.connected).wait(1000).press("e").wait(500).press("c")
        #expect(t.run.goalsMet == 0)
        #expect(t.run.progress.noCallComing)
        t.press("g")
        #expect(t.screen.contains(Self.note), "\(t.screen)")
        // The key the note names brings a caller, and the note goes with the call on its way.
        t.press("i")
        #expect(!t.run.progress.noCallComing)
        #expect(!t.screen.contains("No call is on its way"), "\(t.screen)")
    }

    @Test func aCallStillToComeOrInTheFlowIsOnItsWay() throws {
        // Before the world's `at: 2s` call is placed.
        let t = try Trainee("take-a-call", size: Size(columns: 120, rows: 40))
        #expect(!t.run.progress.noCallComing)
        t.press("g")
        #expect(!t.screen.contains("No call is on its way"))
        // Placed, still in the flow: no contact yet, but it is on its way.
        t.wait(2500)
        #expect(t.view?.contact == nil)
        #expect(!t.run.progress.noCallComing)
    }
}
