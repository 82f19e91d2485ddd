import ConnectTests
import Telephony
import Testing

/// A mocked `DelaySeconds` (docs/connect-testing-language.md §2.4, OverrideSystemBehavior `ExecutionResult` and
/// `Error`) holds the flow's answer back by that much virtual time: timestamps move, the Lambda block's time limit
/// (admin guide, Invoke AWS Lambda function: Timeout 3 s by default, at most 8; past it the Error branch) and the
/// run's 5-minute limit (§1 rule 7) count it.
@Suite struct MockDelayTests {
    @Test("a Lambda answer 2.5 s late: its completion is observed 2.5 virtual seconds after the call starts the flow")
    func lambdaDelayMovesTheCompletion() throws {
        let (result, _) = try Runs.run("run/pass-lambda-delay-within-time-limit.json")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        #expect(Runs.record("done", in: result)?.at == 2500)
        #expect(Runs.record("start", in: result)?.actions.first?.hasSuffix("after 2.5 s (DelaySeconds)") == true, "the report says the answer is late")
        let instant = try Runs.run("run/pass-lambda-silver-mock.json").result
        #expect(Runs.record("done", in: instant)?.at == 0, "the same mock with DelaySeconds 0 answers at once")
        #expect(Runs.record("msg", in: result)?.at == (Runs.record("msg", in: instant)?.at ?? 0) + 2500)
    }

    @Test("a Lambda answer later than its 3 s time limit takes the Error branch at 3 s: the completion never matches")
    func lambdaDelayOverTheTimeLimitErrs() throws {
        let (result, _) = try Runs.run("run/fail-lambda-delay-over-time-limit.json")
        #expect(result.status == .failed)
        #expect(Runs.record("done", in: result)?.status == .failed)
        let sorry = try #require(Runs.record("sorry", in: result))
        #expect(sorry.status == .passed && sorry.at == 3000, "the flow's apology at the time limit, not at 5 s")
    }

    @Test("a Lex answer 400 s late: the run times out at 5 virtual minutes, still waiting for the completion")
    func lexDelayPastTheRunLimitTimesOut() throws {
        let (result, engine) = try Runs.run("run/fail-lex-delay-past-the-run-limit.json")
        #expect(result.status == .failed)
        #expect(result.duration == EngineTestRun.timeLimit && engine.now == EngineTestRun.timeLimit)
        #expect(Runs.record("understood", in: result)?.status == .failed)
        #expect(result.failingObservation == "understood")
        let instant = try Runs.run("run/pass-lex-mock-and-utterance-spelling.json").result
        #expect(instant.status == .passed, "the same mock with DelaySeconds 0 passes")
    }

    @Test("DelaySeconds in virtual ms, for Lambda and Lex answers and errors only")
    func delayOfEachStrategy() {
        #expect(Override.Strategy.executionResult(.loadedData(delaySeconds: 1.25, json: nil)).delay == 1250)
        #expect(Override.Strategy.error(.timeLimitExceeded, delaySeconds: 2).delay == 2000)
        #expect(Override.Strategy.executionResult(.hours(.inHours)).delay == 0)
        #expect(Override.Strategy.substituteResource(arn: "x").delay == 0)
        #expect(Override.Strategy.executionResult(.loadedData(delaySeconds: 1e300, json: nil)).delay == 86_400_000)
    }
}
