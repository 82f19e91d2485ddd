@testable import Telephony
import Testing

/// Queues numbered at load (issue 9) answer as the name-keyed tables they replace did.
@Suite struct QueueTables {
    private let table = QueueTable(
        [QueueConfig(name: "Sales", hours: "Office", maxContacts: 3), QueueConfig(name: "Support"),
         QueueConfig(name: "Sales", hours: "Night", maxContacts: 9)],
        profileQueues: [["Sales"], ["Support", "Unconfigured"], ["Sales", "Unconfigured"]])

    /// Transfer to queue compares capacity with "Maximum contacts in queue" (docs §3.2 TransferContactToQueue); a
    /// queue configured twice keeps its first configuration.
    @Test func aQueueConfiguredTwiceKeepsItsFirstHoursAndCapacity() throws {
        let sales = try #require(table.number(of: "Sales"))
        #expect(table.maxContacts(sales) == 3)
        #expect(table.hours(sales) == "Office")
        #expect(table["Sales"]?.hours == "Office")
        let support = try #require(table.number(of: "Support"))
        #expect(table.maxContacts(support) == nil && table.hours(support) == nil)
    }

    /// Check staffing counts the agents whose routing profile serves the queue (docs §3.2 CheckMetricData), also
    /// for a queue only a routing profile names.
    @Test func aQueueCountsTheAgentsWhoseProfileServesItConfiguredOrNot() throws {
        #expect(try table.agents(serving: #require(table.number(of: "Sales"))) == [0, 2])
        #expect(try table.agents(serving: #require(table.number(of: "Support"))) == [1])
        let unconfigured = try #require(table.number(of: "Unconfigured"))
        #expect(table.agents(serving: unconfigured) == [1, 2])
        #expect(!table.isConfigured(unconfigured) && table["Unconfigured"] == nil)
        #expect(table.maxContacts(unconfigured) == nil && table.hours(unconfigured) == nil)
        #expect(table.number(of: "Nowhere") == nil)
    }

    /// Set working queue takes a queue's name or ARN (docs §3.2 UpdateContactTargetQueue); only a configured queue
    /// resolves, however often and in whatever order the names are looked up.
    @Test func onlyConfiguredQueuesResolveByNameOrARNWhateverWasLookedUpBefore() {
        let engine = Engine(config: InstanceConfig(
            name: "t", seed: 1, queues: ["A", "B", "C", "D", "E", "F"].map { QueueConfig(name: $0) },
            routingProfiles: [RoutingProfileConfig(name: "P", queues: ["A", "Ghost"], defaultOutboundQueue: "A")]),
                            flows: NoFlows())
        let arn = "arn:aws:connect:us-east-1:111122223333:instance/x/queue/"
        for _ in 0..<3 {
            for name in ["F", "A", "E", "B", "D", "C", "A", "F"] {
                #expect(engine.resolveQueue(name) == name)
                #expect(engine.resolveQueue(arn + name) == name)
            }
            #expect(engine.resolveQueue("Ghost") == nil)
            #expect(engine.resolveQueue("G") == nil)
        }
    }
}

private struct NoFlows: FlowRuntime {
    func hasFlow(_ name: String) -> Bool { false }
    func run(_ cursor: inout FlowCursor, input: FlowInput, host: any FlowHost) -> FlowStep { .end(.finished) }
}
