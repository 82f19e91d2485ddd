import Flows
import Foundation
import Telephony

/// The benchmark's contact centre: an intake queue whose agents hand every call to a specialist
/// queue with a queue quick connect. Built in code so the figures do not depend on YAML parsing.
enum BenchInstance {
    static let intake = "Intake"
    static let specialists = "Specialists"
    static let quickConnect = "To specialists"
    static let claimedNumber = "+18005550100"
    static let inboundFlow = "Bench inbound"

    static func intakeAgent(_ i: Int) -> String { "intake\(i)" }
    static func specialist(_ i: Int) -> String { "spec\(i)" }

    static func config(intakeAgents: Int, specialists count: Int) -> InstanceConfig {
        var agents: [AgentConfig] = []
        // Intake bots only accept and clear; the driver makes their transfers, as a person would.
        for i in 0..<intakeAgents {
            agents.append(AgentConfig(username: intakeAgent(i), firstName: "Intake \(i)", routingProfile: "IntakeTeam",
                                      bot: BotBehaviour(offer: .accept(after: 1000), clearAfter: 2000)))
        }
        for i in 0..<count {
            agents.append(AgentConfig(username: specialist(i), firstName: "Specialist \(i)", routingProfile: "SpecialistTeam",
                                      bot: BotBehaviour(offer: .accept(after: 1000), hangUpAfter: 3000, clearAfter: 2000)))
        }
        return InstanceConfig(
            name: "bench", seed: 1,
            queues: [QueueConfig(name: intake), QueueConfig(name: specialists)],
            routingProfiles: [
                RoutingProfileConfig(name: "IntakeTeam", queues: [intake], defaultOutboundQueue: intake),
                RoutingProfileConfig(name: "SpecialistTeam", queues: [specialists], defaultOutboundQueue: specialists),
            ],
            agents: agents,
            quickConnects: [QuickConnectConfig(name: quickConnect, target: .queue(specialists), queues: [intake])],
            phoneNumbers: [PhoneNumberConfig(number: claimedNumber, flow: inboundFlow)],
            prompts: [
                "beep": RecordedPrompt(text: "beep", duration: 500),
                "hold-music": RecordedPrompt(text: "♪ hold music ♪", duration: 20_000),
            ])
    }

    /// Straight into the intake queue: no greeting, so the figures measure routing and transfers.
    static let inboundJSON = """
        {
          "Version": "2019-10-30",
          "StartAction": "set-queue",
          "Metadata": { "name": "Bench inbound", "type": "CONTACT_FLOW" },
          "Actions": [
            { "Identifier": "set-queue", "Type": "UpdateContactTargetQueue", "Parameters": { "QueueId": "Intake" },
              "Transitions": { "NextAction": "to-queue", "Errors": [ { "ErrorType": "NoMatchingError", "NextAction": "bye" } ] } },
            { "Identifier": "to-queue", "Type": "TransferContactToQueue",
              "Transitions": { "NextAction": "bye", "Errors": [ { "ErrorType": "QueueAtCapacity", "NextAction": "bye" },
                                                               { "ErrorType": "NoMatchingError", "NextAction": "bye" } ] } },
            { "Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {} }
          ]
        }
        """

    static func interpreter() throws -> FlowLibrary {
        let inbound = try FlowLoader.load(data: Data(inboundJSON.utf8), source: "bench inbound", name: inboundFlow)
        return FlowLibrary(BuiltInFlows.all + [inbound])
    }
}
