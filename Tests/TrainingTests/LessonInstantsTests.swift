import Telephony
import Testing
import Training

/// A lesson's own instants (a world step's `at:`, a goal's `hintAfter:`) happen when they are due, however
/// far one `advance` goes and whichever timers the engine holds: before, checks ran only at engine timers, so a
/// step or a hint waited for whatever timer came next (docs/lesson-format.md: `at:` is lesson time, `hintAfter:`
/// the time since the goal became current).
@Suite struct LessonInstantsTests {
    static let yaml = """
    title: Instants
    story: Wait.
    agent: john
    timeLimit: 5m
    world:
      - at: 30s
        do: call +15555550123 -> +18005550100
    goals:
      - goal: Wait for a hint
        check: expect banner Connected
        hint: Press a
        hintAfter: 7s
    """

    func start() throws -> LessonRun {
        let lesson = try LessonLoader.load(yaml: Self.yaml, source: "instants.yaml", baseDirectory: "/")
        return try LessonSetup.start(lesson)
    }

    /// Lesson time of each contact the world creates, heard through the engine's typed events.
    func contactTimes(_ run: LessonRun) -> () -> [Millis] {
        var times: [Millis] = []
        let previous = run.engine.onEvent
        run.engine.onEvent = { event in
            previous?(event)
            if case .contactCreated = event.kind { times.append(event.at - run.startedAt) }
        }
        return { times }
    }

    @Test func aWorldStepAtThirtySecondsPlacesItsCallAtThirtySecondsInOneLongAdvance() throws {
        let run = try start()
        let times = contactTimes(run)
        run.advance(to: run.startedAt + 120_000)
        #expect(times().first == 30_000)
    }

    @Test func aHintAfterSevenSecondsShowsAtSevenSecondsInOneLongAdvance() throws {
        let run = try start()
        run.advance(to: run.startedAt + 20_000)
        #expect(run.goals[0].hintShownAt == 7000)
    }

    @Test func oneLongAdvanceAndSmallStepsAgree() throws {
        let long = try start()
        let longTimes = contactTimes(long)
        long.advance(to: long.startedAt + 120_000)
        let stepped = try start()
        let steppedTimes = contactTimes(stepped)
        for t in stride(from: 500, through: 120_000, by: 500) { stepped.advance(to: stepped.startedAt + t) }
        #expect(longTimes() == steppedTimes())
        #expect(long.goals == stepped.goals)
    }
}
