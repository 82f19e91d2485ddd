import Foundation
import Scenario
import Telephony
import Testing

/// The next caller (`i`) finds a number whose flow queues the caller where the agent works (docs §6
/// rule 7) whichever way the flow names the queue: written literally, as a queue ARN or ID, or through
/// a contact or flow attribute the flows set to a written value first. A queue known only at run time
/// (a Lambda's answer) is not followed (README, "Next caller").
@Suite struct NextCallerFlowFormsTests {
    /// Two numbers: +18005550100 runs Sample inbound (BasicQueue, John's); +18005550101 runs a flow made of
    /// `actions` then Transfer to queue. Maria's routing profile serves PasswordReset only.
    private func engine(_ actions: [[String: Any]]) throws -> Engine {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("next-caller-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var all = actions
        for i in all.indices {
            let next = i + 1 < all.count ? all[i + 1]["Identifier"] as! String : "transfer"
            all[i]["Transitions"] = ["NextAction": next, "Errors": [["ErrorType": "NoMatchingError", "NextAction": "end"]]]
        }
        all.append(["Identifier": "transfer", "Type": "TransferContactToQueue", "Parameters": [String: Any](),
                    "Transitions": ["NextAction": "end", "Errors": [["ErrorType": "QueueAtCapacity", "NextAction": "end"],
                                                                   ["ErrorType": "NoMatchingError", "NextAction": "end"]]]])
        all.append(["Identifier": "end", "Type": "DisconnectParticipant", "Parameters": [String: Any](), "Transitions": [String: Any]()])
        let flow: [String: Any] = ["Version": "2019-10-30", "StartAction": all[0]["Identifier"] as! String,
                                   "Metadata": ["name": "Reset", "type": "CONTACT_FLOW"], "Actions": all]
        try JSONSerialization.data(withJSONObject: flow, options: [.sortedKeys]).write(to: folder.appendingPathComponent("reset.json"))
        try """
        queues:
          - { name: BasicQueue }
          - { name: PasswordReset }
        routingProfiles:
          - { name: Support, queues: [BasicQueue], defaultOutboundQueue: BasicQueue }
          - { name: PasswordResetTeam, queues: [PasswordReset], defaultOutboundQueue: PasswordReset }
        agents:
          - { username: john, routingProfile: Support, status: Available }
          - { username: maria, routingProfile: PasswordResetTeam, status: Available }
        phoneNumbers:
          - { number: "+18005550100", flow: Sample inbound }
          - { number: "+18005550101", flow: Reset }
        flows:
          - { name: Reset, file: reset.json, type: CONTACT_FLOW }
        """.write(to: folder.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
        return try EngineBuilder.build(ScenarioLoader.load(file: folder.appendingPathComponent("scenario.yaml").path))
    }

    private static func setQueue(_ queue: String) -> [String: Any] {
        ["Identifier": "set-queue", "Type": "UpdateContactTargetQueue", "Parameters": ["QueueId": queue]]
    }

    @Test("a queue written literally")
    func literalQueue() throws {
        #expect(try engine([Self.setQueue("PasswordReset")]).numbersReaching("maria") == ["+18005550101"])
    }

    @Test("a queue given by its ARN (termccp's queue ID, the ARN's last part, is the queue's name)")
    func queueByARN() throws {
        let arn = "arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-0000-0000-000000000000/queue/PasswordReset"
        let engine = try engine([Self.setQueue(arn)])
        #expect(engine.numbersReaching("maria") == ["+18005550101"])
        #expect(engine.numbersReaching("john") == ["+18005550100"])
    }

    @Test("a queue read from a contact attribute the flow set to a written value earlier")
    func queueFromAContactAttributeSetInTheFlow() throws {
        let engine = try engine([
            ["Identifier": "remember", "Type": "UpdateContactAttributes", "Parameters": ["Attributes": ["team": "PasswordReset"]]],
            Self.setQueue("$.Attributes.team"),
        ])
        #expect(engine.numbersReaching("maria") == ["+18005550101"])
        #expect(engine.numbersReaching("john") == ["+18005550100"])
    }

    @Test("a queue read from a flow attribute the flow set to a written value earlier")
    func queueFromAFlowAttributeSetInTheFlow() throws {
        let engine = try engine([
            ["Identifier": "remember", "Type": "UpdateFlowAttributes",
             "Parameters": ["FlowAttributes": ["team": ["Value": "PasswordReset"]]]],
            Self.setQueue("$.FlowAttributes.team"),
        ])
        #expect(engine.numbersReaching("maria") == ["+18005550101"])
    }

    @Test("a queue known only at run time (an attribute from a Lambda, one set from another reference) is not followed")
    func dynamicQueuesAreNotFollowed() throws {
        #expect(try engine([Self.setQueue("$.External.queue")]).numbersReaching("maria").isEmpty)
        #expect(try engine([Self.setQueue("$.Attributes.team")]).numbersReaching("maria").isEmpty)
        let copied = try engine([
            ["Identifier": "remember", "Type": "UpdateContactAttributes", "Parameters": ["Attributes": ["team": "$.External.queue"]]],
            Self.setQueue("$.Attributes.team"),
        ])
        #expect(copied.numbersReaching("maria").isEmpty)
    }
}
