@testable import Telephony
import Testing

/// Whether a run's actions are traced follows whoever reads them (`Engine.readsFlowActions`, kept as the readers
/// change, issue 9): a trace callback, or an event callback that lets flow action events through.
@Suite struct FlowActionReadersTests {
    @Test func flowActionsAreReadOnlyWhileSomeoneTakesThem() throws {
        let engine = try Desk().engine
        #expect(engine.readsFlowActions, "every event reaches onEvent")
        engine.eventNames = [.callEnded]
        #expect(!engine.readsFlowActions, "the filter lets no flow action event through")
        engine.onTrace = { _ in }
        #expect(engine.readsFlowActions, "a trace callback reads them")
        engine.onTrace = nil
        #expect(!engine.readsFlowActions)
        engine.eventNames = [.flowActionCompleted]
        #expect(engine.readsFlowActions, "completed actions pass the filter")
        engine.onEvent = nil
        #expect(!engine.readsFlowActions, "no one receives the events the filter lets through")
    }

    @Test func aTraceCallbackSetAfterEventsWereFilteredGetsTheFlowsActions() throws {
        let desk = try Desk()
        desk.engine.eventNames = [.callEnded]
        var traced: [FlowTraceEvent] = []
        desk.engine.onTrace = { traced.append($0) }
        desk.run("call +15555550123 -> +18005550100")
        #expect(!traced.isEmpty)
    }
}
