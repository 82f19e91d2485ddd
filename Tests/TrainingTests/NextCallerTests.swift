import CCP
import Foundation
import Scenario
import Telephony
import Testing
import Training

/// The next-caller key `i` brings a caller who reaches the trainee: to a claimed number whose flow
/// queues callers where the trainee's routing profile takes them (docs §6 rule 7), not always to the
/// scenario's first number (issue 11: a lesson for Maria sent its caller to BasicQueue).
@Suite struct NextCallerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func lesson(_ name: String) throws -> Lesson {
        try LessonLoader.load(file: fixtures.appendingPathComponent(name).path)
    }

    static func twoTeams() throws -> Engine {
        try EngineBuilder.build(ScenarioLoader.load(file: fixtures.appendingPathComponent("two-teams.yaml").path))
    }

    @Test func aClaimedNumberReachesAnAgentWhenItsFlowQueuesCallersOnTheAgentsQueues() throws {
        let engine = try Self.twoTeams()
        #expect(engine.numbersReaching("john") == ["+18005550100"])
        #expect(engine.numbersReaching("maria") == ["+18005550101"])
        #expect(engine.numbersReaching("Maria") == ["+18005550101"])
        #expect(engine.numbersReaching("nobody").isEmpty)
        let builtIn = try EngineBuilder.build(BuiltInScenario.load())
        #expect(builtIn.numbersReaching("john") == ["+18005550100"])
        #expect(builtIn.numbersReaching("maria").isEmpty)
    }

    @Test func aLessonForMariaIsCompletedByKeysWithTheNextCallerKey() throws {
        let t = try Trainee(lesson: Self.lesson("maria-takes-a-call.yaml"))
        #expect(t.run.agent == "maria")
        t.wait(3000)
        #expect(t.banner == nil)
        t.press("i").waitForBanner(.incoming)
        #expect(t.session.callerView()?.dialled == "+18005550101")
        t.press("a").waitForBanner(.connected).wait(2000).press("e").waitForBanner(.afterContactWork).press("c")
        t.waitUntil("the lesson to end") { $0.run.phase == .passed }
        #expect(t.run.goals.allSatisfy { $0.metAt != nil })
        // John, who works the other queue, was never offered the caller.
        #expect(t.run.engine.view(of: "john")?.contact == nil)
    }

    @Test func withNoNumberReachingTheTraineeTheKeyRefusesAndSaysWhy() throws {
        let lesson = try LessonLoader.load(yaml: """
            title: Maria on the built-in scenario
            story: Its only number queues callers on BasicQueue, which Maria does not work.
            scenario: built-in
            agent: maria
            goals:
              - goal: Accept the call
                check: banner Connected
            """, source: "maria.yaml", baseDirectory: "/")
        let t = try Trainee(lesson: lesson, size: Size(columns: 120, rows: 40))
        #expect(t.screen.contains("No number reaches PasswordReset"))
        #expect(!t.screen.contains("a caller phones in now"))
        t.press("i").wait(5000)
        #expect(t.banner == nil)
        #expect(t.session.callerView() == nil, "no caller was placed to a number that would not reach Maria")
        let message = try #require(t.ccp.ui.panels[0].message)
        #expect(message.kind == .error)
        #expect(message.text.hasPrefix("No number reaches PasswordReset: no claimed number's flow queues callers where Maria Garcia works"))
    }

    @Test func theDemoCallOfRunGoesToTheFirstAgentShown() throws {
        for (agent, number) in [("maria", "+18005550101"), ("john", "+18005550100")] {
            let engine = try Self.twoTeams()
            _ = engine.perform(.takeControl(agent: agent))
            let session = EngineSession(engine: engine, followsMissedCalls: true, firstCallAt: 2000, firstCallFor: agent)
            session.advance(to: 1999)
            #expect(session.callerView() == nil)
            session.advance(to: 2500)
            #expect(session.callerView()?.dialled == number)
            // Missed, the caller is followed by another who reaches the same agent.
            session.advance(to: 60_000)
            #expect(session.agentView(agent)?.contact != nil, "\(agent) is offered the next caller")
            #expect(engine.view(of: agent == "john" ? "maria" : "john")?.contact == nil)
        }
    }
}
