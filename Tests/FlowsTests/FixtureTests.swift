import Foundation
import Testing
@testable import Flows

/// Every saved real export must load and pass validation against its own type: real Connect accepted them.
@Suite struct FixtureTests {
    static let expectedTypes: [String: FlowType] = [
        "real/cresta__VA_PSTN_Transfer.json": .contactFlow,
        "real/gitlab-cicd__acme_customer_queue_AUTO.json": .customerQueue,
        "real/gitlab-cicd__acme_hold_AUTO.json": .agentHold,
        "real/gitlab-cicd__acme_queue_transfer_AUTO.json": .queueTransfer,
        "real/scv__AWSSCVAgentWhisper.json": .agentWhisper,
        "real/scv__AWS_Sample_SCV_Agent_Transfer.json": .agentTransfer,
        "real/scv__AWS_Sample_SCV_Queue_Transfer.json": .queueTransfer,
        "legacy/chat-ui-examples__Basic_Chat.json": .contactFlow,
        "legacy/chat-ui-examples__InteractiveMessagingContactFlow.json": .contactFlow,
        "legacy/realtime-transcription__kvStreamingSampleFlow.json": .contactFlow,
    ]

    @Test func everyFixtureIsCovered() {
        let files = Fixtures.files(in: "real") + Fixtures.files(in: "legacy")
        #expect(files.count == 10)
        #expect(Set(files) == Set(Self.expectedTypes.keys))
    }

    @Test(arguments: expectedTypes.keys.sorted())
    func loadsWithItsTypeAndValidatesWithoutErrors(file: String) throws {
        let flow = try Fixtures.load(file)
        #expect(flow.type == Self.expectedTypes[file])
        #expect(!flow.actions.isEmpty)
        #expect(flow.action(flow.startAction) != nil)
        let problems = FlowValidator.validate(flow, as: nil)
        #expect(errors(problems).isEmpty, "\(problems)")
    }

    @Test(arguments: Fixtures.files(in: "real"))
    func realExportsHaveNoWarningsEither(file: String) throws {
        let flow = try Fixtures.load(file)
        #expect(FlowValidator.validate(flow, as: nil).isEmpty)
    }

    @Test(arguments: Fixtures.files(in: "legacy"))
    func legacyExportsMapOnlyToKnownActions(file: String) throws {
        let flow = try Fixtures.load(file)
        #expect(flow.shape == .legacyModules)
        for action in flow.actions { #expect(ActionCatalog.facts(for: action.type) != nil, "\(action.type)") }
    }

    @Test(arguments: Fixtures.files(in: "real") + Fixtures.files(in: "legacy"))
    func everyActionHasALine(file: String) throws {
        let flow = try Fixtures.load(file)
        for action in flow.actions { #expect(action.line != nil, "\(action.identifier)") }
    }
}
