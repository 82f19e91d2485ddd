import Flows
import Telephony
import Testing

/// Issue 14 point 17: InvokeFlowModule runs the module from its start and, at EndFlowModuleExecution, comes back to
/// the invoking action's Success branch, even when the module waited for a prompt in between.
@Suite struct ModuleRunTests {
    private func module(_ name: String, _ actions: [FlowAction]) -> FlowDocument {
        FlowDocument(name: name, type: nil, startAction: actions[0].identifier, actions: actions, source: "test", isModule: true)
    }

    private func flows(_ documents: [FlowDocument]) -> FlowLibrary { FlowLibrary(documents) }

    private let caller = FlowDocument(
        name: "f", type: .contactFlow, startAction: "m",
        actions: [action("m", "InvokeFlowModule", ["FlowModuleId": .string("arn:aws:connect:us-east-1:1:instance/i/flow-module/greet")],
                         next: "after", errors: [("NoMatchingError", "err")]),
                  say("after", "back"), say("err", "error")],
        source: "test")

    @Test("the module plays, returns, and the flow goes on down Success")
    func runsAndReturns() {
        let lib = flows([caller, module("greet", [say("hello", "hello from the module", next: "end"),
                                                   action("end", "EndFlowModuleExecution")])])
        let host = FakeHost()
        #expect(play(lib, host: host).0 == ["hello from the module", "back"])
        #expect(host.traces.contains { $0.flow == "greet" && $0.action == "hello" })
        #expect(host.traces.contains { $0.flow == "f" && $0.action == "m" && $0.branch == "Success" && $0.next == "after" })
    }

    @Test("modules nest: each EndFlowModuleExecution returns one level")
    func nestedModules() {
        let outer = module("greet", [
            action("inner", "InvokeFlowModule", ["FlowModuleId": .string("inner")], next: "bye"),
            say("bye", "outer done", next: "end"), action("end", "EndFlowModuleExecution"),
        ])
        let inner = module("inner", [say("hi", "inner", next: "end"), action("end", "EndFlowModuleExecution")])
        #expect(play(flows([caller, outer, inner]), host: FakeHost()).0 == ["inner", "outer done", "back"])
    }

    @Test("an undeclared module takes the error branch with the reason in the trace")
    func undeclaredModule() {
        let host = FakeHost()
        #expect(play(flows([caller]), host: host).0 == ["error"])
        #expect(host.traces.first?.note?.contains("not declared in the scenario (modules:)") == true)
    }

    @Test("a flow is not a module and a module is not a flow")
    func namespacesStayApart() {
        let notModule = FlowDocument(name: "greet", type: .contactFlow, startAction: "x", actions: [say("x", "flow")], source: "test")
        #expect(play(flows([caller, notModule]), host: FakeHost()).0 == ["error"])
        let lib = flows([module("greet", [say("x", "module")])])
        #expect(lib.resolve("greet") == nil)
        #expect(lib.resolveModule("greet") == "greet")
    }

    @Test("EndFlowModuleExecution outside a module ends the flow")
    func endOutsideAModule() {
        let lib = flows([FlowDocument(name: "f", type: .contactFlow, startAction: "e",
                                      actions: [action("e", "EndFlowModuleExecution"), say("x", "never")], source: "test")])
        #expect(play(lib, host: FakeHost()) == ([], .end(.finished)))
    }
}
