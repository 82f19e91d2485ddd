@testable import Telephony
import Testing

/// The ARNs a record names for its agent are made once per agent and found by agent number (issue 9); each
/// segment names its own agent's, `<instance ARN>/agent/<username>` and `<instance ARN>/routing-profile/<name>`
/// (docs §2 Agent, RoutingProfile).
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
    }
}
