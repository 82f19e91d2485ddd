import ConnectTests
import Telephony
import Testing

/// Every test case under Cases/run passes or fails as its name says (pass-… / fail-…), and each execution
/// rule of docs/connect-testing-language.md §1 is pinned by the case written for it.
@Suite struct RunRulesTests {
    static let files = Cases.names(in: "run")

    @Test(arguments: files)
    func eachCaseEndsAsItsNameSays(_ name: String) throws {
        let (result, _) = try Runs.run("run/\(name)")
        #expect(result.status == (name.hasPrefix("pass-") ? .passed : .failed), "\(name): \(result.failure ?? "passed")")
        #expect(result.total == result.passed + result.failed)
    }

    @Test("A failing check stops the run and reports attribute, expected, actual and operator (rule 6)")
    func failingCheckReportsItsParts() throws {
        let (result, _) = try Runs.run("run/fail-assert-reports-the-check.json")
        let done = try #require(Runs.record("done", in: result))
        let check = try #require(done.failedCheck)
        #expect(check.attribute == "$.External.tier")
        #expect(check.comparison == "Equals")
        #expect(check.expected == "platinum")
        #expect(check.actual == "silver")
        #expect(!done.actions.contains("end the test"), "the actions after the failing check do not run")
        #expect(Runs.record("never-reached", in: result)?.happened.hasPrefix("never became active") == true)
        #expect(result.failure == "done: check failed: $.External.tier Equals \"platinum\": actual \"silver\" (it is not equal)")
    }

    @Test("$.External reads nothing before a completion observation matched (§1 result data)")
    func resultDataIsEmptyBeforeCompletion() throws {
        let (result, _) = try Runs.run("run/fail-result-data-before-completion-is-empty.json")
        #expect(Runs.record("started", in: result)?.failedCheck?.actual == nil)
    }

    @Test("Every operator over user-defined, system and result-data values; nested LoadedData read by dotted path")
    func everyOperatorPasses() throws {
        let (result, _) = try Runs.run("run/pass-assert-operators.json")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        let checks = try #require(Runs.record("done", in: result)).actions
        #expect(checks.count == 13)
        #expect(checks.allSatisfy { $0.hasSuffix(")") && $0.contains(": passed") })
    }

    @Test("Overrides are single-use and FIFO per resource: the AWS Active/Suspended example (§1)")
    func overridesAreFIFO() throws {
        let (result, engine) = try Runs.run("run/pass-overrides-fifo-single-use.json")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        #expect(result.records.map(\.observationId) == ["start", "first-start", "first-done", "second-start", "second-done", "said"])
        let call = try #require(engine.latestCallId)
        let contact = try #require(engine.contactIds(ofCall: call).first)
        #expect(engine.value(of: "$.Attributes.first", forContact: contact) == "active")
        #expect(engine.value(of: "$.Attributes.second", forContact: contact) == "suspended")
    }

    @Test("A substituted queue is where the contact waits; checking for the original fails")
    func substitutedQueue() throws {
        #expect(try Runs.run("run/pass-queue-substitute.json").result.status == .passed)
        let (result, _) = try Runs.run("run/fail-queue-substitute-checked.json")
        #expect(Runs.record("queued", in: result)?.failedCheck?.actual == "Overflow")
    }

    @Test("Usage AtLeast 2 activates its successor at the second match; AtMost 1 fails on the second")
    func usageCounts() throws {
        let (atLeast, _) = try Runs.run("run/pass-usage-atleast-queue-loop.json")
        #expect(Runs.record("queue-message", in: atLeast)?.matches ?? 0 >= 2)
        #expect(atLeast.logs.map(\.label) == ["queue", "line"])
        #expect(atLeast.logs.first?.value == "Sales")
        #expect(atLeast.logs.last?.value.hasPrefix("Contact 00000000-") == true && atLeast.logs.last?.value.hasSuffix(" waits in Sales.") == true)
        let (atMost, _) = try Runs.run("run/fail-usage-atmost-exceeded.json")
        #expect(atMost.failure?.hasSuffix("2 times; Usage AtMost 1") == true)
    }

    @Test("An open observation (named by no NextObservations) matches whenever its event occurs (rule 4)")
    func openObservationFiresOutOfOrder() throws {
        let (result, _) = try Runs.run("run/pass-ssml-and-open-observations.json")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        #expect(result.records.map(\.observationId) == ["welcome", "menu", "transfer-seen"])
    }

    @Test("Without EndTest the run fails at the 5-minute limit even when every observation matched (rule 7)")
    func noEndTestTimesOut() throws {
        let (result, _) = try Runs.run("run/fail-no-endtest-times-out.json")
        #expect(result.passed == result.total)
        #expect(result.status == .failed)
        #expect(result.failure == "no EndTest ran: the run timed out after 5 minutes of virtual time")
    }

    @Test("The customer's hang-up before EndTest is carried out; TestCompleted runs its checks and logs")
    func hangUpAndTestCompleted() throws {
        let (result, engine) = try Runs.run("run/pass-customer-hangs-up-then-test-completed.json")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        let call = try #require(engine.latestCallId)
        #expect(engine.isCallerConnected(call) == false)
        #expect(result.logs.map(\.label) == ["contact", "caller"])
        #expect(Runs.record("open-never", in: result)?.happened == "did not occur, which Usage ANY allows")
    }

    @Test("An instruction with no call to carry it fails the observation, naming why")
    func instructionBeforeTheCall() throws {
        let (result, _) = try Runs.run("run/fail-instruction-before-the-call.json")
        #expect(result.failure == "start: could not press 1: no call has been placed yet")
    }

    @Test("Lex: started when the bot action begins, completed with $.Lex.IntentName and slots; mock and error overrides")
    func lex() throws {
        let (result, _) = try Runs.run("run/pass-lex-utterance.json")
        #expect(result.status == .passed, "\(result.failure ?? "")")
        #expect(result.records.map(\.observationId) == ["bot", "ask", "understood", "answer"])
        #expect(try Runs.run("run/pass-lex-mock-and-utterance-spelling.json").result.status == .passed)
        #expect(try Runs.run("run/pass-lex-error-mock.json").result.status == .passed)
    }

    @Test("A recorded prompt matched by its PromptId ARN; the API shapes' entry points pick the flow")
    func promptIdAndEntryPoints() throws {
        #expect(try Runs.run("run/pass-prompt-id.json").result.status == .passed)
        #expect(try Runs.run("run/pass-lambda-substitute.json").result.status == .passed, "DescribeTestCase shape, DestinationPhoneNumber")
    }
}
