@testable import Telephony
import Testing

/// Records keep their ARNs as the names they are written from and write them out when read (issue 9); each segment
/// names its own agent's, `<instance ARN>/agent/<username>` and `<instance ARN>/routing-profile/<name>`, and its
/// queue's, `<instance ARN>/queue/<name>` (docs §2 InstanceARN, Agent, RoutingProfile, Queue).
@Suite struct RecordARNTests {
    @Test func eachSegmentNamesItsOwnAgentsARNs_docs2_issue9() throws {
        let desk = try Desk()
        desk.connected(then: Desk.transferThenCallerHangsUp)
        let instance = desk.engine.config.instanceARN
        let john = try #require(desk.record(1).Agent)
        let maria = try #require(desk.record(2).Agent)
        #expect(john.ARN == "\(instance)/agent/john")
        #expect(john.RoutingProfile.ARN == "\(instance)/routing-profile/\(john.RoutingProfile.Name)")
        #expect(maria.ARN == "\(instance)/agent/maria")
        #expect(maria.RoutingProfile.ARN == "\(instance)/routing-profile/\(maria.RoutingProfile.Name)")
        #expect(john.RoutingProfile.Name != maria.RoutingProfile.Name)
        #expect(desk.record(1).Queue?.ARN == "\(instance)/queue/\(desk.record(1).Queue?.Name ?? "")")
        #expect(desk.record(1).InstanceARN == "arn:aws:connect:us-east-1:123456789012:instance/\(desk.engine.config.name)")
        #expect(desk.record(1).InstanceARN == instance)
    }

    /// An ARN kept as names reads, writes and compares as its text: a record with the text given whole is the same
    /// record, and setting the text keeps it as given (docs §2: an ARN is its text).
    @Test func anARNKeptAsNamesIsItsText_docs2_issue9() throws {
        let desk = try Desk()
        desk.connected(then: Desk.transferThenCallerHangsUp)
        let built = desk.record(1)
        var given = built
        given.InstanceARN = built.InstanceARN
        given.Agent?.ARN = built.Agent?.ARN ?? ""
        given.Agent?.RoutingProfile.ARN = built.Agent?.RoutingProfile.ARN ?? ""
        given.Queue?.ARN = built.Queue?.ARN ?? ""
        #expect(given == built)
        var givenJSON: [UInt8] = [], builtJSON: [UInt8] = []
        given.appendJSON(to: &givenJSON)
        built.appendJSON(to: &builtJSON)
        #expect(givenJSON == builtJSON)
        given.Queue?.ARN = "arn:other"
        #expect(given.Queue?.ARN == "arn:other")
        #expect(given != built)
    }
}
