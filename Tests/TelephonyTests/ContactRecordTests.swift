import Foundation
import Telephony
import Testing

@Suite struct ContactRecordFields {
    @Test func holdsCountAgainstTheAgentConnectedAtTheTime_docs2_2() throws {
        let desk = try Desk()
        desk.connected(then: """
        wait 10s
        hold customer
        wait 5s
        resume customer
        wait 3s
        hold customer
        wait 20s
        resume customer
        wait 2s
        end
        wait 7s
        clear
        """)
        let agent = try #require(desk.record(1).Agent)
        #expect(agent.NumberOfHolds == 2)
        #expect(agent.CustomerHoldDuration == 25)
        #expect(agent.LongestHoldDuration == 20)
        // Connected 40 s in all, 25 of them with the caller on hold.
        #expect(agent.AgentInteractionDuration == 15)
        #expect(agent.AfterContactWorkDuration == 7)
        #expect(desk.record(1).DisconnectReason == "AGENT_DISCONNECT")
    }

    @Test func queueTimesAndAMissedOfferAreRecorded_docs2_1() throws {
        let desk = try Desk()
        desk.run("""
        call +15555550123 -> +18005550100
        wait until banner "Incoming call"
        wait 20s
        expect status Missed
        clear
        wait until banner "Incoming call"
        accept
        wait until banner Connected
        customer hangs up
        clear
        """)
        let r = desk.record(1)
        #expect(r.AgentConnectionAttempts == 2)
        let queue = try #require(r.Queue)
        #expect(queue.Name == "BasicQueue")
        #expect(queue.EnqueueTimestamp == "2026-11-23T14:00:02Z")
        // Offered at 2.4 s, missed at 22.4 s, offered again, accepted, agent whisper 1 s: dequeued at 23.4 s.
        #expect(queue.DequeueTimestamp == "2026-11-23T14:00:23Z")
        #expect(queue.Duration == 21)
        #expect(r.DisconnectReason == "CUSTOMER_DISCONNECT")
        #expect(r.InitiationTimestamp == "2026-11-23T14:00:00Z")
    }

    @Test func recordsAreWrittenInAmazonConnectFieldNamesWithNulls_docs2() throws {
        let desk = try Desk()
        desk.connected(then: """
        end
        clear
        """)
        let data = try JSONEncoder().encode(desk.engine.completedRecords)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let r = try #require(json.first)
        for key in ["AWSAccountId", "AWSContactTraceRecordFormatVersion", "Agent", "AgentConnectionAttempts", "Attributes",
                    "Channel", "ContactId", "CustomerEndpoint", "DisconnectReason", "InitialContactId", "InitiationMethod",
                    "InitiationTimestamp", "InstanceARN", "NextContactId", "PreviousContactId", "Queue", "SystemEndpoint",
                    "TransferredToEndpoint"] {
            #expect(r[key] != nil, "missing \(key)")
        }
        #expect(r["NextContactId"] is NSNull)
        #expect(r["Channel"] as? String == "VOICE")
        #expect((r["CustomerEndpoint"] as? [String: String]) == ["Address": "+15555550123", "Type": "TELEPHONE_NUMBER"])
        #expect((r["Agent"] as? [String: Any])?["Username"] as? String == "john")
    }

    @Test func aTransferChainLinksInitialPreviousAndNext_docs6_rule21() throws {
        let desk = try Desk()
        desk.connected(then: """
        quick-connect PasswordReset
        wait until maria banner Connected
        leave
        clear
        maria: end
        wait 3s
        """)
        let (a, b) = (desk.record(1), desk.record(2))
        #expect(a.InitiationMethod == "INBOUND" && b.InitiationMethod == "TRANSFER")
        #expect(a.NextContactId == b.ContactId && b.PreviousContactId == a.ContactId)
        #expect(a.InitialContactId == a.ContactId && b.InitialContactId == a.ContactId)
        #expect(b.Queue?.Name == "PasswordReset")
        #expect(desk.engine.completedRecords.count == 2)
    }
}
