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

    /// Routing and Check queue status read a queue's line by its table number (issue 9): every queue of the table,
    /// configured or only named by a routing profile, has the line of the same number from the start; agents' own
    /// queues and names first used later come after.
    @Test func everyQueueOfTheTableWaitsInTheLineOfItsNumber() {
        let engine = Engine(config: InstanceConfig(
            name: "t", seed: 1, queues: ["A", "B", "Unserved"].map { QueueConfig(name: $0) },
            routingProfiles: [RoutingProfileConfig(name: "P", queues: ["B", "Ghost", "A"], defaultOutboundQueue: "A")],
            agents: [AgentConfig(username: "ann", firstName: "Ann", routingProfile: "P")]),
                            flows: NoFlows())
        let names = engine.queueTable.names
        #expect(names == ["A", "B", "Unserved", "Ghost"])
        for (n, name) in names.enumerated() {
            #expect(engine.queueTable.number(of: name) == n)
            #expect(engine.waiting.number(of: .queue(name)) == n)
            #expect(engine.waiting[.queue(name)]?.isEmpty == true)
        }
        #expect(engine.agentLines == [[1, 3, 0, names.count]])
        #expect(engine.waiting.number(of: .queue("Later")) == nil)
        #expect(engine.waiting.number(for: .queue("Later")) == names.count + 1)
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

/// A segment keeps its working queue's number once read (issue 9); a new working queue is read afresh.
@Suite struct WorkingQueueNumbers {
    /// Check hours of operation with no hours named checks the working queue's (docs §3.2 CheckHoursOfOperation),
    /// and Set working queue changes that queue (docs §3.2 UpdateContactTargetQueue): the second check reads the
    /// second queue's hours, not the first's, and so does Check staffing its agents.
    @Test func aWorkingQueueSetAgainIsTheOneLaterChecksRead() throws {
        func check(_ n: Int, then next: String) -> String {
            """
            {"Identifier": "hours\(n)", "Type": "CheckHoursOfOperation", "Parameters": {},
             "Transitions": {"NextAction": "closed\(n)", "Conditions": [
               {"NextAction": "open\(n)", "Condition": {"Operator": "Equals", "Operands": ["True"]}}],
               "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "closed\(n)"}]}},
            {"Identifier": "open\(n)", "Type": "UpdateContactAttributes", "Parameters": {"Attributes": {"hours\(n)": "open"}},
             "Transitions": {"NextAction": "staff\(n)"}},
            {"Identifier": "closed\(n)", "Type": "UpdateContactAttributes", "Parameters": {"Attributes": {"hours\(n)": "closed"}},
             "Transitions": {"NextAction": "staff\(n)"}},
            {"Identifier": "staff\(n)", "Type": "CheckMetricData", "Parameters": {"MetricType": "NumberOfAgentsStaffed"},
             "Transitions": {"NextAction": "none\(n)", "Conditions": [
               {"NextAction": "some\(n)", "Condition": {"Operator": "NumberGreaterThan", "Operands": ["0"]}}],
               "Errors": [{"ErrorType": "NoMatchingCondition", "NextAction": "none\(n)"}, {"ErrorType": "NoMatchingError", "NextAction": "none\(n)"}]}},
            {"Identifier": "some\(n)", "Type": "UpdateContactAttributes", "Parameters": {"Attributes": {"staff\(n)": "some"}},
             "Transitions": {"NextAction": "\(next)"}},
            {"Identifier": "none\(n)", "Type": "UpdateContactAttributes", "Parameters": {"Attributes": {"staff\(n)": "none"}},
             "Transitions": {"NextAction": "\(next)"}}
            """
        }
        let flow = """
            {"Version": "2019-10-30", "StartAction": "to-closed", "Actions": [
            {"Identifier": "to-closed", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "Night"},
             "Transitions": {"NextAction": "hours1", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
            \(check(1, then: "to-open")),
            {"Identifier": "to-open", "Type": "UpdateContactTargetQueue", "Parameters": {"QueueId": "BasicQueue"},
             "Transitions": {"NextAction": "hours2", "Errors": [{"ErrorType": "NoMatchingError", "NextAction": "bye"}]}},
            \(check(2, then: "wait")),
            {"Identifier": "wait", "Type": "MessageParticipant", "Parameters": {"Text": "Please hold."}, "Transitions": {"NextAction": "bye"}},
            {"Identifier": "bye", "Type": "DisconnectParticipant", "Parameters": {}, "Transitions": {}}
            ]}
            """
        let desk = try Desk(flows: ["Two queues": flow]) {
            $0.hours.append(HoursOfOperationConfig(name: "Never", ranges: []))
            $0.queues.append(QueueConfig(name: "Night", hours: "Never"))
            $0.phoneNumbers = [PhoneNumberConfig(number: "+18005550100", flow: "Two queues")]
        }
        desk.run("status Available\ncall +15555550123 -> +18005550100")
        let call = try #require(desk.engine.latestCallId)
        let contact = try #require(desk.engine.contactIds(ofCall: call).first)
        func attribute(_ key: String) -> String? { desk.engine.value(of: "$.Attributes.\(key)", forContact: contact) }
        #expect(attribute("hours1") == "closed" && attribute("staff1") == "none")
        #expect(attribute("hours2") == "open" && attribute("staff2") == "some")
        #expect(desk.engine.value(of: "$.Queue.Name", forContact: contact) == "BasicQueue")
        // A quick connect or a callback sets the target queue directly: the number kept for the old one goes.
        let segment = try #require(desk.engine.contacts[contact])
        #expect(desk.engine.targetQueueNumber(of: segment) == desk.engine.queueTable.number(of: "BasicQueue"))
        segment.targetQueue = .queue("Night")
        #expect(desk.engine.targetQueueNumber(of: segment) == desk.engine.queueTable.number(of: "Night"))
        segment.targetQueue = .agent("john")
        #expect(desk.engine.targetQueueNumber(of: segment) == nil)
    }
}

private struct NoFlows: FlowRuntime {
    func hasFlow(_ name: String) -> Bool { false }
    func run(_ cursor: inout FlowCursor, input: FlowInput, host: any FlowHost) -> FlowStep { .end(.finished) }
}
