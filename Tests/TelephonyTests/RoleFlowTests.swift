@testable import Telephony
import Testing

/// A whisper or hold loop plays the flow its contact's event hook names, else the instance's default for the role
/// (docs §6 rule 28). Starting one by its hook hands the default's name on from the configuration (issue 9); the flow
/// it starts must be the configured default for the hook when none is set, and the hooked flow once one is.
@Suite struct RoleFlowTests {
    @Test func aRunStartedByItsHookPlaysTheHookedFlowElseTheDefault_docs6_rule28() throws {
        let desk = try Desk()
        desk.connected(then: "")
        let engine = desk.engine
        let contact = try #require(engine.contacts.keys.first)
        let d = engine.config.defaultFlows
        // CustomerRemaining names no default of its own (a disconnect flow runs only where a flow set the hook, Leave):
        // a start by it falls back to the customer queue flow.
        let defaults: [EventHook: String] = [
            .customerQueue: d.customerQueue, .customerRemaining: d.customerQueue, .customerHold: d.customerHold,
            .customerWhisper: d.customerWhisper, .agentHold: d.agentHold, .agentWhisper: d.agentWhisper,
        ]
        #expect(Set(defaults.keys) == Set(EventHook.allCases))
        for hook in EventHook.allCases {
            let expected = defaults[hook]
            let id = engine.startRun(hook: hook, role: .agentHold, contact: contact, listener: .agent("john"))
            #expect(engine.runs[id]?.flow == expected, "\(hook), no hook set")
            engine.stopRuns(on: engine.runs[id]?.callId ?? 0) { $0.id == id }
        }
        engine.updateContact(contact) { $0.hooks[.agentHold] = "Default customer hold" }
        let id = engine.startRun(hook: .agentHold, role: .agentHold, contact: contact, listener: .agent("john"))
        #expect(engine.runs[id]?.flow == "Default customer hold")
    }
}
