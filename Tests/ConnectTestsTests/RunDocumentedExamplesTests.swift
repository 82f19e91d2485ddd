import ConnectTests
import Telephony
import Testing

/// The three test cases of docs/connect-testing-language.md §5.3, run against the flows that section
/// describes (Cases/run/scenario.yaml), with the outcomes it states.
@Suite struct RunDocumentedExamplesTests {
    @Test("(a) welcome, menu, press 1, Sales transfer: PASSED, 3/3")
    func welcomeMenuQueuePasses() throws {
        let (result, _) = try Runs.run("good/doc-a-welcome-menu-queue.json")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        #expect(result.records.map(\.observationId) == ["welcome", "menu", "queued"])
        #expect(result.records.allSatisfy { $0.status == .passed })
        #expect(Runs.record("menu", in: result)?.actions == ["press 1"])
    }

    @Test("(a) pressing 2 instead: queued never matches a Sales transfer, the run times out at 5 virtual minutes")
    func pressingTwoTimesOut() throws {
        let (result, engine) = try Runs.run("run/fail-menu-press-2-times-out.json")
        #expect(result.status == .failed)
        #expect(result.duration == EngineTestRun.timeLimit)
        #expect(engine.now == EngineTestRun.timeLimit, "virtual time, not a wait")
        let queued = try #require(Runs.record("queued", in: result))
        #expect(queued.status == .failed)
        #expect(queued.happened.contains("never happened: still waiting when the run timed out after 5 minutes"))
        #expect(result.failure == "no EndTest ran: the run timed out after 5 minutes of virtual time, waiting for queued")
    }

    @Test("(b) the Lambda mock wins over the scenario's static response for that invocation: gold member")
    func lambdaMockPasses() throws {
        let (result, engine) = try Runs.run("good/doc-b-lambda-mock.json", to: "+18005550101")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        #expect(result.logs.map { "\($0.label)=\($0.value)" } == ["tier=gold"])
        #expect(engine.config.lambdas.first { $0.function == "lookup-customer" }?.response == ["tier": "silver"])
    }

    @Test("(b) variants: a silver mock hears Please hold; an error mock never completes (error branch ≠ completed)")
    func lambdaVariants() throws {
        #expect(try Runs.run("run/pass-lambda-silver-mock.json").result.status == .passed)
        let (error, _) = try Runs.run("run/fail-lambda-error-never-completes.json")
        #expect(error.status == .failed)
        #expect(Runs.record("done", in: error)?.status == .failed)
        #expect(Runs.record("sorry", in: error)?.status == .passed, "the error branch ran: the flow's apology was heard")
    }

    @Test("(c) OutOfHours mocked: the closed message at a start time inside business hours")
    func afterHoursOverridePasses() throws {
        let (result, engine) = try Runs.run("good/doc-c-after-hours.json", to: "+18005550102")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        #expect(engine.config.hours.first?.isOpen(at: Timestamp(start: engine.config.startEpochSeconds, at: 0)) == true,
                "the scenario's clock is inside Business hours: only the override closes it")
    }

    @Test("(c) InHours mocked instead: closed-msg times out")
    func inHoursMockTimesOut() throws {
        let (result, _) = try Runs.run("run/fail-hours-in-hours-mock.json")
        #expect(result.status == .failed)
        #expect(Runs.record("check", in: result)?.status == .passed)
        #expect(Runs.record("closed-msg", in: result)?.status == .failed)
    }
}
