@testable import Telephony
import Testing

/// A whisper or hold loop plays the flow its contact's event hook names, else the instance's default for the role
/// (docs §6 rule 28). Starting one by its hook hands the default's name on from the configuration (issue 9); the flow
/// it starts must be the one `flowName(for:contact:)` names, with a hook set and without.
@Suite struct RoleFlowTests {
    @Test func aRunStartedByItsHookPlaysTheHookedFlowElseTheDefault_docs6_rule28() throws {
        let desk = try Desk()
        desk.connected(then: "")
        let engine = desk.engine
        let contact = try #require(engine.contacts.keys.first)
        for hook in EventHook.allCases {
            let expected = engine.flowName(for: hook, contact: contact)
            let id = engine.startRun(hook: hook, role: .agentHold, contact: contact, listener: .agent("john"))
            #expect(engine.runs[id]?.flow == expected, "\(hook), no hook set")
            engine.stopRuns(on: engine.runs[id]?.callId ?? 0) { $0.id == id }
        }
        engine.updateContact(contact) { $0.hooks[.agentHold] = "Default customer hold" }
        let id = engine.startRun(hook: .agentHold, role: .agentHold, contact: contact, listener: .agent("john"))
        #expect(engine.runs[id]?.flow == "Default customer hold")
        #expect(engine.flowName(for: .agentHold, contact: contact) == "Default customer hold")
    }
}
